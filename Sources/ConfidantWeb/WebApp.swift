import Confidant
import Foundation

/// Answers every request: the access rules first (`WebAccess`), then the page asked for, each
/// made by the same `Confidant` calls the command line makes. Every response carries the same
/// security headers; nothing is logged.
struct WebApp: Sendable {
    let vault: WebVault
    let gate: WebGate
    /// Called when the page's Lock is pressed.
    let lock: @Sendable () -> Void

    func handleRequest(_ request: WebRequest) async -> WebResponse {
        // The stylesheet holds nothing of the vault: it loads on the refusal pages too; and there
        // is no icon (a browser asks for one).
        let expectedHost = await gate.hostExpected
        if request.method == "GET", request.header("host") == expectedHost {
            if request.path == "/style.css" { return Self.response(200, type: "text/css; charset=utf-8", Array(Stylesheet.css.utf8)) }
            if request.path == "/favicon.ico" { return Self.response(204, type: "image/x-icon", []) }
        }
        let (verdict, access) = await gate.judge(
            method: request.method, path: request.path, secretParameter: request.query["t"], host: request.header("host"),
            cookie: request.headers["cookie"]?.joined(separator: "; "), origin: request.header("origin"),
            fetchSite: request.header("sec-fetch-site"), bodySize: request.body.count)
        switch verdict {
        case .refuse(let status, let reason):
            return Self.page(status, Layout.message(Self.title(status), reason))
        case .exchange:
            // A page that moves on by itself, not a redirect: opened from the file xdg-open is
            // given, the exchange is a cross-site navigation, on whose redirect a SameSite=Strict
            // cookie is not sent; the page's own move to the session's path is same-site.
            var response = Self.page(200, Layout.moving(to: access!.base))
            response.headers["Set-Cookie"] = access!.setCookie
            return response
        case .serve:
            do {
                return try await serve(request, access!)
            } catch WebError.locked {
                return Self.page(401, Layout.message("Locked", "Confidant has locked the vault. To use the page again, run confidant web."))
            } catch let error where Problem(error) != nil {
                // The library's words, as the command line says them; never a secret.
                let problem = Problem(error)!
                return Self.page(500, Layout.message("Not available", problem.message + (problem.hint.map { " (\($0))" } ?? "")))
            } catch {
                return Self.page(500, Layout.message("Not available", "That could not be done; the vault is as it was."))
            }
        }
    }

    private func serve(_ request: WebRequest, _ access: WebAccess) async throws -> WebResponse {
        let session = PageSession(formToken: access.formToken, base: access.base)
        // The page's path within the session's own (`/s/SECRET/people` is `/people`).
        let inner = String(request.path.dropFirst(access.base.count - 1)), path = inner.isEmpty ? "/" : inner
        var form: FormBody?
        if request.method == "POST" {
            form = FormBody(request.body)
            guard let form, access.isFormToken(form["token"]) else {
                return Self.page(403, Layout.message("Refused", "That form is out of date or did not come from this page. Go back and try again."))
            }
        }
        switch (request.method, path) {
        case ("GET", "/"), ("HEAD", "/"):
            let (items, document) = (try await vault.review(), try await vault.document())
            return Self.page(
                200, Layout.page("Today", in: .today, session: session, TodayPage.render(items, whomToAsk: PlanLines.whomToAsk(document))))
        case ("GET", "/people"):
            return Self.page(200, Layout.page("People", in: .people, session: session, PeoplePage.render(try await vault.document().supporters)))
        case ("GET", "/people/new"):
            return Self.page(200, Layout.page("Add someone", in: .people, session: session, AddPersonPage.who(formToken: session.formToken)))
        case ("POST", "/people/new"):
            return try await addPerson(form!, session)
        case (let method, let path) where path.hasPrefix("/people/") && path.hasSuffix("/agree"):
            let id = String(path.dropFirst("/people/".count).dropLast("/agree".count))
            return try await agree(id, method == "POST" ? form : nil, session)
        case (let method, let path) where path.hasPrefix("/people/") && path.hasSuffix("/edit"):
            let id = String(path.dropFirst("/people/".count).dropLast("/edit".count))
            return try await edit(id, method == "POST" ? form : nil, session)
        case (let method, let path) where path.hasPrefix("/people/") && path.hasSuffix("/share"):
            let id = String(path.dropFirst("/people/".count).dropLast("/share".count))
            return try await share(id, method == "POST" ? form : nil, session)
        case ("POST", let path) where path.hasPrefix("/people/") && path.hasSuffix("/remove"):
            return try await remove(String(path.dropFirst("/people/".count).dropLast("/remove".count)), form!, session)
        case ("GET", let path) where path.hasPrefix("/people/") && path.hasSuffix("/agreement"):
            return try await agreement(String(path.dropFirst("/people/".count).dropLast("/agreement".count)), session)
        case ("GET", let path) where path.hasPrefix("/people/"):
            let document = try await vault.document()
            guard let supporter = Self.supporter(String(path.dropFirst("/people/".count)), in: document) else { return notFound(session) }
            let briefing = Briefing(for: supporter, in: document)
            return Self.page(200, Layout.page(supporter.name, in: .people, session: session, PersonPage.render(briefing, supporter)))
        case ("GET", "/names"):
            return Self.page(
                200,
                Layout.page(
                    "Protected names", in: .names, session: session, NamesPage.render(try await vault.document().terms, formToken: session.formToken))
            )
        case ("POST", let path) where path.hasPrefix("/names/"):
            guard let change = NamesChange(rawValue: String(path.dropFirst("/names/".count))) else { return notFound(session) }
            return try await changeNames(form!, change, session)
        case ("GET", "/plan"):
            let said: HTML? = request.query["saved"] != nil ? "<p role=\"status\">Your plan is saved.</p>" : nil
            return Self.page(
                200,
                Layout.page(
                    "Plan", in: .plan, session: session, PlanPage.render(try await vault.document(), formToken: session.formToken, said: said)))
        case ("POST", "/plan"):
            return try await changePlan(form!, session)
        case ("GET", "/checkin"):
            let history = CheckInPage.history(try await vault.document())
            return Self.page(
                200, Layout.page("Check-in", in: .checkIn, session: session, "\(CheckInPage.form(formToken: session.formToken))\(history)"))
        case ("POST", "/checkin"):
            return try await checkIn(form!, session)
        case ("GET", "/copies"):
            return try await copies(session)
        case ("POST", "/copies/export"):
            return try await export(form!, session)
        case ("POST", "/copies/backup"):
            return try await copies(session, made: try await vault.backup())
        case ("GET", "/check"):
            let document = try await vault.document()
            let chosen = request.query["to"]
            return Self.page(
                200,
                Layout.page(
                    "Check a message", in: .check, session: session,
                    CheckPage.form(document.supporters, chosen: chosen, draft: "", formToken: session.formToken))
            )
        case ("POST", "/check"):
            return try await check(form!, session)
        case ("POST", "/lock"):
            lock()
            return Self.page(
                200, Layout.message("Locked", "Confidant has locked the vault and stopped. Close this tab; to use the page again, run confidant web.")
            )
        default:
            return notFound(session)
        }
    }

    /// `check NAME --draft` on the pasted message: the draft is in this request only.
    func check(_ form: FormBody, _ session: PageSession) async throws -> WebResponse {
        let document = try await vault.document()
        let to = form["to"] ?? ""
        let supporter = Self.supporter(to, in: document)
        let draft = form["draft"] ?? ""
        let formHTML = CheckPage.form(document.supporters, chosen: to, draft: draft, formToken: session.formToken)
        guard supporter != nil || to == "clients" else {
            return Self.page(
                400,
                Layout.page("Check a message", in: .check, session: session, "<p class=\"warning\">Choose who the message is for.</p>\(formHTML)"))
        }
        guard DraftScanner.hasVisibleText(draft) else {
            return Self.page(
                400,
                Layout.page(
                    "Check a message", in: .check, session: session,
                    "<p class=\"warning\">The message is empty: there is nothing to check.</p>\(formHTML)"))
        }
        let scanner = DraftScanner(document: document, supporter: supporter)
        let verdict = scanner.check(draft)
        let result = CheckPage.verdict(verdict, draft: draft, coverage: scanner.coverage, for: supporter?.name ?? "the people you work with")
        return Self.page(200, Layout.page("Check a message", in: .check, session: session, "\(result)\(formHTML)"))
    }

    /// `confidant export --supporter NAME`, as a page to show them or print.
    func agreement(_ id: String, _ session: PageSession) async throws -> WebResponse {
        let document = try await vault.document()
        guard let supporter = Self.supporter(id, in: document), !supporter.isService else { return notFound(session) }
        let page = PersonPage.agreement(AgreementSummary(for: supporter, in: document), of: supporter)
        return Self.page(200, Layout.page("What \(supporter.name) and you agreed", in: .people, session: session, page))
    }

    /// The Copies page: the backups, each verified, after `made` when one was just made, with
    /// `exportProblem` beside the export form when an export was refused.
    func copies(_ session: PageSession, made: String? = nil, exportProblem: String? = nil) async throws -> WebResponse {
        let page = CopiesPage.render(try await vault.backups(), made: made, formToken: session.formToken, exportProblem: exportProblem)
        return Self.page(exportProblem == nil ? 200 : 400, Layout.page("Copies", in: .copies, session: session, page))
    }

    func notFound(_ session: PageSession) -> WebResponse {
        Self.page(404, Layout.page("Not found", in: nil, session: session, "<p>There is no such page. <a href=\"./\">Back to today</a>.</p>"))
    }

    /// The supporter whose id (lower-case) is `id`.
    static func supporter(_ id: String, in document: VaultDocument) -> Supporter? {
        document.supporters.first { $0.id.uuidString.lowercased() == id }
    }

    private static func title(_ status: Int) -> String {
        switch status {
        case 401: "Locked"
        case 403: "Refused"
        case 413: "Too large"
        case 421: "Wrong address"
        case 429: "Too many requests"
        case 431: "Too large"
        default: "Not available"
        }
    }

    static func page(_ status: Int, _ html: HTML) -> WebResponse {
        response(status, type: "text/html; charset=utf-8", Array(html.text.utf8))
    }

    /// The answer to a request refused before it was read whole (`WebRequest.Refusal`).
    static func refusal(_ status: Int) -> WebResponse {
        page(status, Layout.message(title(status), "The page could not read that request."))
    }

    /// A response with the headers every response carries: only this origin's resources, never
    /// in a frame, no referrer, nothing cached.
    static func response(_ status: Int, type: String, _ body: [UInt8]) -> WebResponse {
        WebResponse(
            status: status,
            headers: [
                "Content-Type": type,
                "Content-Security-Policy": "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'",
                "Referrer-Policy": "no-referrer",
                "Cache-Control": "no-store",
                "X-Content-Type-Options": "nosniff",
                "X-Frame-Options": "DENY",
                "Cross-Origin-Opener-Policy": "same-origin",
                "Cross-Origin-Resource-Policy": "same-origin",
            ],
            body: body)
    }
}
