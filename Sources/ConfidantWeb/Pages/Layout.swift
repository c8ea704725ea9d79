/// The frame of every page: a skip link, the site's name and its sections as landmarks, the
/// page's own content in `main`, and the Lock button, which ends the session.
enum Layout {
    /// The sections, in the order the navigation lists them.
    enum Section: String, CaseIterable {
        case today = "./"
        case people = "people"
        case check = "check"
        case names = "names"
        case plan = "plan"
        case checkIn = "checkin"
        case copies = "copies"

        var title: String {
            switch self {
            case .today: "Today"
            case .people: "People"
            case .check: "Check a message"
            case .names: "Protected names"
            case .plan: "Plan"
            case .checkIn: "Check-in"
            case .copies: "Copies"
            }
        }
    }

    /// A whole page titled `title`, in `section`, with `content` as its main part; its links are
    /// relative to the session's own path (`PageSession.base`).
    static func page(_ title: String, in section: Section?, session: PageSession, _ content: HTML) -> HTML {
        let links = Section.allCases.map { item -> HTML in
            item == section
                ? "<li><a href=\"\(item.rawValue)\" aria-current=\"page\">\(item.title)</a></li>"
                : "<li><a href=\"\(item.rawValue)\">\(item.title)</a></li>"
        }
        return document(
            title, base: session.base,
            """
            <a class="skip" href="#main">Skip to the page</a>
            <header>
            <p class="site">Confidant</p>
            <nav aria-label="Sections"><ul>\(links)</ul></nav>
            <form method="post" action="lock" class="lock">
            \(tokenField(session.formToken))
            <button type="submit">Lock</button>
            </form>
            </header>
            <main id="main" tabindex="-1">
            <h1>\(title)</h1>
            \(content)
            </main>
            """)
    }

    /// The hidden field every form carries: the session's form token.
    static func tokenField(_ formToken: String) -> HTML {
        "<input type=\"hidden\" name=\"token\" value=\"\(formToken)\">"
    }

    /// A page with only a short message, for refusals and the locked page: nothing of the vault.
    static func message(_ title: String, _ text: String) -> HTML {
        document(title, base: nil, "<main id=\"main\">\n<h1>\(title)</h1>\n<p>\(text)</p>\n</main>")
    }

    /// The page the secret's exchange answers with: it moves on to `base` at once.
    static func moving(to base: String) -> HTML {
        """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="refresh" content="0; url=\(base)">
        <title>Opening · Confidant</title>
        </head>
        <body><main><p><a href="\(base)">Open your vault</a></p></main></body>
        </html>

        """
    }

    /// An HTML document titled `title` with `body`, its relative links resolved against `base`.
    private static func document(_ title: String, base: String?, _ body: HTML) -> HTML {
        """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title) · Confidant</title>
        \(base.map { "<base href=\"\($0)\">" as HTML } ?? "")
        <link rel="stylesheet" href="/style.css">
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }
}

/// What every page of a session carries: its form token, and its own path, `/s/SECRET/`, under
/// which every page lives and to which the session cookie is restricted (so a server on another
/// port of 127.0.0.1, to which browsers send the cookies of this one, never receives it).
struct PageSession: Sendable {
    let formToken: String
    let base: String
}
