import Foundation
import Sodium

/// Who may use the page, decided for each request before anything of the vault is read
/// (docs/WEB.md, SECURITY.md):
/// - the Host header must name this server as the address printed names it (a page on another
///   site whose name was pointed at 127.0.0.1, DNS rebinding, gets 421);
/// - the one-time secret in the printed address is exchanged, once, for a session cookie
///   (HttpOnly, SameSite=Strict) and a redirect that takes it out of the address bar;
/// - every other request needs that cookie (401 without it, and nothing of the vault);
/// - every change is a POST carrying the session's form token, from this page (403 otherwise);
/// - requests are bounded in size, and the session's in number a second (413, 429).
struct WebAccess: Sendable {
    /// The port the server listens on, 127.0.0.1 only.
    let port: Int
    /// The secret of the printed address: good once.
    private let secret: String
    private var secretUsed = false
    /// The session cookie's value and the form token, made at start.
    let session: String
    let formToken: String
    /// The session's own path, `/s/SECRET/`: every page lives under it and the cookie is sent only
    /// there. Browsers send 127.0.0.1's cookies to every port of it, so a server another local
    /// user runs on another port would otherwise receive the cookie.
    let base: String
    /// Requests answered in the current second, for the rate limit.
    private var second: Int64 = 0
    private var inSecond = 0

    /// The most a request body may hold: a long draft, with room to spare.
    static let largestBody = 256 * 1024
    /// The most requests answered in one second (`WebServer.requestsPerSecond`).
    private let perSecond: Int
    /// The session cookie's name.
    static let cookie = "confidant-session"

    /// New secrets for a server on `port`, answering at most `perSecond` requests a second.
    init(port: Int, perSecond: Int = WebServer.requestsPerSecond) throws {
        (self.port, self.perSecond) = (port, perSecond)
        (secret, session, formToken, base) = (try Self.token(), try Self.token(), try Self.token(), "/s/" + (try Self.token()) + "/")
    }

    /// The address to open, with the one-time secret: the first line `confidant web` prints.
    var address: String { "http://127.0.0.1:\(port)/?t=" + secret }

    /// What a request may do.
    enum Verdict: Equatable {
        /// Serve it.
        case serve
        /// The secret, exchanged: set the cookie and send the browser to `/` without it.
        case exchange
        /// Refused with this status and a short reason (never anything of the vault).
        case refuse(Int, String)
    }

    /// The verdict on a request, from the parts of it that decide: its method, path, query
    /// (`t` is the secret), Host, Cookie, Origin and Sec-Fetch-Site headers, and its declared
    /// body size.
    mutating func judge(
        method: String, path: String, secretParameter: String?, host: String?, cookie: String?, origin: String?, fetchSite: String? = nil,
        bodySize: Int, now: Date = Date()
    ) -> Verdict {
        guard host == "127.0.0.1:\(port)" else { return .refuse(421, "This page answers only at the address confidant web printed.") }
        guard bodySize <= Self.largestBody else { return .refuse(413, "That is more than the page takes at once.") }
        if let secretParameter, method == "GET", path == "/" {
            guard !secretUsed, Self.same(secretParameter, secret) else {
                return .refuse(401, "This address has been used already. Stop confidant web and start it again for a new one.")
            }
            secretUsed = true
            return .exchange
        }
        // The server hands paths over without a final slash: the session's own is "/s/SECRET".
        guard path.hasPrefix(base) || path + "/" == base, let cookie, Self.sessions(in: cookie).contains(where: { Self.same($0, session) }) else {
            return .refuse(401, "Open the address confidant web printed to use this page.")
        }
        // Only the session's own requests count: another local user's flood of requests without
        // the cookie is refused above, cheaply, and cannot use up the user's share.
        let tick = Int64(now.timeIntervalSince1970)
        if tick != second { (second, inSecond) = (tick, 0) }
        inSecond += 1
        guard inSecond <= perSecond else { return .refuse(429, "Too many requests; wait a moment.") }
        if method == "POST" {
            // A form from another site names that site in Origin and says "cross-site" in
            // Sec-Fetch-Site. This page's own forms send Origin "null" (its no-referrer policy) or
            // this origin, and "same-origin"; the form token is the check that cannot be forged.
            guard origin == nil || origin == "null" || origin == "http://127.0.0.1:\(port)", fetchSite == nil || fetchSite == "same-origin" else {
                return .refuse(403, "That form did not come from this page.")
            }
        } else if method != "GET" && method != "HEAD" {
            return .refuse(405, "Not something this page does.")
        }
        return .serve
    }

    /// Whether a form's token is this session's.
    func isFormToken(_ token: String?) -> Bool {
        token.map { Self.same($0, formToken) } ?? false
    }

    /// The `Set-Cookie` value the exchange sends.
    var setCookie: String { "\(Self.cookie)=\(session); Path=\(base); HttpOnly; SameSite=Strict" }

    /// 32 random bytes in hex.
    private static func token() throws -> String { Hex.lowercase(try Random.bytes(32)) }

    /// Whether two tokens are the same, in time that does not depend on where they differ.
    private static func same(_ given: String, _ token: String) -> Bool {
        ConstantTime.equals(Array(given.utf8), Array(token.utf8))
    }

    /// Every value of the session cookie in a Cookie header: a cookie of the same name planted
    /// for a path by a server on another port comes too, and must not hide the real one.
    private static func sessions(in header: String) -> [String] {
        header.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.hasPrefix(cookie + "=") }.map {
            String($0.dropFirst(cookie.count + 1))
        }
    }
}
