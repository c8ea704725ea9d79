import Testing

@testable import ConfidantWeb

/// The page's own reading of HTTP (`WebRequest`): what it takes, and what it refuses before
/// reading any further.
@Suite struct WebRequestTests {
    static func head(_ text: String) throws -> (request: WebRequest, headLength: Int, bodyLength: Int)? {
        try WebRequest.head(in: Array(text.utf8))
    }

    static func refusal(_ text: String) -> Int? {
        do {
            _ = try head(text)
            return nil
        } catch let refusal as WebRequest.Refusal {
            return refusal.status
        } catch {
            return -1
        }
    }

    @Test func aRequestIsRead() throws {
        let text = "POST /s/ab/check?to=clients&t=x%21 HTTP/1.1\r\nHost: 127.0.0.1:1\r\nCookie: a=1\r\ncookie: b=2\r\nContent-Length: 5\r\n\r\nhello"
        let (request, headLength, bodyLength) = try #require(try Self.head(text))
        #expect(request.method == "POST" && request.path == "/s/ab/check")
        #expect(request.query == ["to": "clients", "t": "x!"])
        #expect(request.header("host") == "127.0.0.1:1" && request.headers["cookie"] == ["a=1", "b=2"])
        #expect(headLength == text.utf8.count - 5 && bodyLength == 5)
    }

    @Test func anUnfinishedHeadWaits() throws {
        #expect(try Self.head("GET / HTTP/1.1\r\nHost: x\r\n") == nil)
        #expect(try Self.head("") == nil)
    }

    @Test(arguments: [
        ("\u{0}\u{7F}\r\n\r\n", 400), ("GET\r\n\r\n", 400), ("GET / HTTP/1.1\r\nContent-Length: -5\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\n", 400), ("GET / HTTP/1.1\r\nContent-Length: +5\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n", 501), ("POST / HTTP/1.1\r\nContent-Length: 999999\r\n\r\n", 413),
        ("GET http://127.0.0.1/ HTTP/1.1\r\n\r\n", 400), ("GET / HTTP/2\r\n\r\n", 400), ("get / HTTP/1.1\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\n folded\r\n\r\n", 400), ("GET / HTTP/1.1\r\nbad name: x\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nX: " + String(repeating: "a", count: 20_000) + "\r\n\r\n", 431),
    ])
    func whatIsNotHTTPAsReadIsRefused(text: String, status: Int) {
        #expect(Self.refusal(text) == status, "\(text.prefix(60))")
    }

    @Test func aHeadWithoutItsEndIsRefusedOnceTooLarge() {
        #expect(Self.refusal("GET /" + String(repeating: "a", count: WebRequest.largestHead + 10)) == 431)
        #expect(Self.refusal("GET / HTTP/1.1\r\n" + String(repeating: "X: y\r\n", count: WebRequest.mostFields + 1) + "\r\n") == 400)
    }

    @Test func aResponseSaysItsLengthAndCloses() {
        let response = WebResponse(status: 200, headers: ["A": "b"], body: Array("hi".utf8))
        #expect(
            String(decoding: response.encoded(for: "GET"), as: UTF8.self)
                == "HTTP/1.1 200 OK\r\nA: b\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi")
        #expect(String(decoding: response.encoded(for: "HEAD"), as: UTF8.self).hasSuffix("\r\n\r\n"))
    }
}
