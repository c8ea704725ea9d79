import Foundation

/// The page's access rules (`WebAccess`), shared by every connection, noting each use in `activity`.
actor WebGate {
    private var access: WebAccess?
    private let activity: WebActivity

    init(activity: WebActivity) { self.activity = activity }

    /// The Host header a request must carry, once the port is known.
    var hostExpected: String? { access.map { "127.0.0.1:\($0.port)" } }

    /// Makes the secrets for a server listening on `port`; returns the address to open.
    func open(port: Int, perSecond: Int) throws -> String {
        let access = try WebAccess(port: port, perSecond: perSecond)
        self.access = access
        return access.address
    }

    /// The verdict on a request (`WebAccess.judge`), with the session's form token; a request
    /// before the secrets exist is refused.
    func judge(
        method: String, path: String, secretParameter: String?, host: String?, cookie: String?, origin: String?, fetchSite: String?,
        bodySize: Int
    ) -> (verdict: WebAccess.Verdict, access: WebAccess?) {
        guard var access else { return (.refuse(503, "Starting; try again in a moment."), nil) }
        let verdict = access.judge(
            method: method, path: path, secretParameter: secretParameter, host: host, cookie: cookie, origin: origin, fetchSite: fetchSite,
            bodySize: bodySize)
        self.access = access
        if verdict == .serve || verdict == .exchange { activity.touch() }
        return (verdict, access)
    }
}
