import Foundation
import Testing

@testable import ConfidantWeb

/// Who may use the page (`WebAccess`): the decisions, without a server.
@Suite struct WebAccessTests {
    static let host = "127.0.0.1:4242"

    static func secret(of access: WebAccess) -> String {
        String(access.address.split(separator: "=").last!)
    }

    static func judge(
        _ access: inout WebAccess, method: String = "GET", path: String? = nil, secret: String? = nil, host: String? = Self.host,
        cookie: String? = nil, origin: String? = nil, fetchSite: String? = nil, bodySize: Int = 0, now: Date = Date()
    ) -> WebAccess.Verdict {
        access.judge(
            method: method, path: path ?? (secret == nil ? access.base : "/"), secretParameter: secret, host: host, cookie: cookie,
            origin: origin, fetchSite: fetchSite,
            bodySize: bodySize, now: now)
    }

    @Test func theAddressIsLoopbackWithASecret() throws {
        let access = try WebAccess(port: 4242)
        #expect(access.address.hasPrefix("http://127.0.0.1:4242/?t="))
        #expect(Self.secret(of: access).count == 64)
        #expect(try WebAccess(port: 4242).address != access.address)
    }

    @Test func theSecretIsExchangedOnceForTheCookie() throws {
        var access = try WebAccess(port: 4242)
        let secret = Self.secret(of: access)
        #expect(Self.judge(&access, secret: secret) == .exchange)
        #expect(access.setCookie.contains("HttpOnly") && access.setCookie.contains("SameSite=Strict"))
        guard case .refuse(401, _) = Self.judge(&access, secret: secret) else { Issue.record("a used secret was taken"); return }
        #expect(Self.judge(&access, cookie: "other=1; \(WebAccess.cookie)=\(access.session)") == .serve)
        // A cookie of the same name planted by a server on another port comes first; it must not hide this one.
        #expect(Self.judge(&access, cookie: "\(WebAccess.cookie)=junk; \(WebAccess.cookie)=\(access.session)") == .serve)
        #expect(access.setCookie.contains("Path=\(access.base);"))
        #expect(access.base.hasPrefix("/s/") && access.base.count == 68)
    }

    @Test func onlyTheSessionsOwnPathIsServed() throws {
        var access = try WebAccess(port: 4242)
        let cookie = "\(WebAccess.cookie)=\(access.session)"
        #expect(Self.judge(&access, path: access.base + "people", cookie: cookie) == .serve)
        #expect(Self.judge(&access, path: String(access.base.dropLast()), cookie: cookie) == .serve)
        for path in ["/", "/people", "/s/" + String(repeating: "0", count: 64) + "/people", access.base.dropLast() + "x/people"] {
            guard case .refuse(401, _) = Self.judge(&access, path: path, cookie: cookie) else {
                Issue.record("\(path) was served")
                continue
            }
        }
    }

    @Test func withoutTheCookieNothingIsServed() throws {
        var access = try WebAccess(port: 4242)
        for cookie in [nil, "", "\(WebAccess.cookie)=", "\(WebAccess.cookie)=\(String(repeating: "0", count: 64))", "x=\(access.session)"] {
            guard case .refuse(401, _) = Self.judge(&access, path: access.base + "people", cookie: cookie) else {
                Issue.record("served with cookie \(cookie ?? "none")")
                continue
            }
        }
        // One hex digit changed (a secret starting with 0 is changed to 1: a one-in-sixteen flake, once).
        let secret = Self.secret(of: access)
        guard case .refuse(401, _) = Self.judge(&access, secret: (secret.hasPrefix("0") ? "1" : "0") + secret.dropFirst()) else {
            Issue.record("a wrong secret was taken")
            return
        }
    }

    @Test func anotherHostIsMisdirected() throws {
        var access = try WebAccess(port: 4242)
        let secret = Self.secret(of: access)
        for host in [nil, "evil.example:4242", "localhost:4242", "127.0.0.1:4243", "127.0.0.1", "127.0.0.1:4242.evil.example"] {
            guard case .refuse(421, _) = Self.judge(&access, secret: secret, host: host) else {
                Issue.record("host \(host ?? "none") was let in")
                continue
            }
        }
        #expect(Self.judge(&access, secret: secret) == .exchange)
    }

    @Test func aPostFromAnotherOriginIsRefused() throws {
        var access = try WebAccess(port: 4242)
        let cookie = "\(WebAccess.cookie)=\(access.session)"
        #expect(Self.judge(&access, method: "POST", path: access.base + "check", cookie: cookie, origin: "http://127.0.0.1:4242") == .serve)
        // The page's own forms, under its no-referrer policy.
        #expect(Self.judge(&access, method: "POST", path: access.base + "check", cookie: cookie, origin: "null", fetchSite: "same-origin") == .serve)
        for (origin, site) in [("https://evil.example", nil), ("null", "cross-site"), (nil, "same-site"), ("http://localhost:4242", nil)] {
            guard
                case .refuse(403, _) = Self.judge(
                    &access, method: "POST", path: access.base + "check", cookie: cookie, origin: origin, fetchSite: site)
            else {
                Issue.record("a post from \(origin ?? "no origin"), \(site ?? "no fetch site") was let in")
                continue
            }
        }
        guard case .refuse(405, _) = Self.judge(&access, method: "DELETE", cookie: cookie) else {
            Issue.record("DELETE was let in")
            return
        }
        #expect(access.isFormToken(access.formToken))
        #expect(!access.isFormToken(nil) && !access.isFormToken("") && !access.isFormToken(access.session))
    }

    @Test func requestsAreBounded() throws {
        var access = try WebAccess(port: 4242)
        let cookie = "\(WebAccess.cookie)=\(access.session)"
        guard case .refuse(413, _) = Self.judge(&access, method: "POST", cookie: cookie, bodySize: WebAccess.largestBody + 1) else {
            Issue.record("an oversized body was let in")
            return
        }
        let now = Date()
        var answered = 0
        for _ in 0..<(WebServer.requestsPerSecond * 2) where Self.judge(&access, cookie: cookie, now: now) == .serve { answered += 1 }
        #expect(answered == WebServer.requestsPerSecond)
        // Another user's requests without the cookie do not use up the session's share.
        let later = now.addingTimeInterval(5)
        for _ in 0..<(WebServer.requestsPerSecond * 2) { _ = Self.judge(&access, cookie: nil, now: later) }
        #expect(Self.judge(&access, cookie: cookie, now: later) == .serve)
        #expect(Self.judge(&access, cookie: cookie, now: now.addingTimeInterval(1)) == .serve)
    }
}
