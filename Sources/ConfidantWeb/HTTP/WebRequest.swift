/// One HTTP/1.1 request as the page reads it, with hard limits (RFC 9112, a strict subset): a
/// head of at most 16 KiB and 64 fields, ending in CR LF CR LF; a request line of a method, a
/// path starting with "/" and HTTP/1.1 or 1.0; a body only by one `Content-Length` of at most
/// 256 KiB (no `Transfer-Encoding`). Anything else is refused with its status, never read further:
/// the cost of a request is linear in its bytes and bounded.
struct WebRequest: Sendable {
    let method: String
    /// The path, without the query.
    let path: String
    /// The query's fields (`FormBody`'s reading).
    let query: [String: String]
    /// Header fields by lower-case name, each value trimmed; a name given twice keeps every value.
    let headers: [String: [String]]
    var body: [UInt8] = []

    /// The most a request head may hold, and the most fields.
    static let largestHead = 16 * 1024
    static let mostFields = 64

    /// A request refused before its end, with the status that says why.
    struct Refusal: Error, Equatable {
        let status: Int
    }

    /// The first value of header `name` (lower case).
    func header(_ name: String) -> String? { headers[name]?.first }

    /// The head at the start of `bytes` and the length of the body that follows it, or nil when
    /// the head has not all arrived yet.
    /// - Throws: `Refusal`: 431 for a head too large, 400 for one that is not HTTP/1.x as above,
    ///   501 for a `Transfer-Encoding`, 413 for a body over `WebAccess.largestBody`.
    static func head(in bytes: [UInt8]) throws -> (request: WebRequest, headLength: Int, bodyLength: Int)? {
        guard let end = endOfHead(in: bytes) else {
            if bytes.count > largestHead { throw Refusal(status: 431) }
            return nil
        }
        guard end <= largestHead else { throw Refusal(status: 431) }
        guard let text = String(validating: bytes[..<(end - 4)], as: UTF8.self) else { throw Refusal(status: 400) }
        var lines = text.split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init)
        let start = lines.removeFirst().split(separator: " ", omittingEmptySubsequences: false)
        guard start.count == 3, start[0].allSatisfy({ $0.isASCII && $0.isUppercase }), !start[0].isEmpty, start[1].hasPrefix("/"),
            start[2] == "HTTP/1.1" || start[2] == "HTTP/1.0", lines.count <= mostFields
        else { throw Refusal(status: 400) }
        var headers: [String: [String]] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":"), !line.hasPrefix(" "), !line.hasPrefix("\t") else { throw Refusal(status: 400) }
            let name = line[..<colon].lowercased()
            guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_".contains($0)) }) else {
                throw Refusal(status: 400)
            }
            headers[name, default: []].append(line[line.index(after: colon)...].trimmingCharacters(in: [" ", "\t"]))
        }
        if headers["transfer-encoding"] != nil { throw Refusal(status: 501) }
        let lengths = headers["content-length"] ?? []
        guard lengths.count <= 1, lengths.allSatisfy({ !$0.isEmpty && $0.count <= 9 && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else {
            throw Refusal(status: 400)
        }
        let length = lengths.first.flatMap { Int($0) } ?? 0
        guard length <= WebAccess.largestBody else { throw Refusal(status: 413) }
        let target = start[1].split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let query = target.count > 1 ? FormBody(Array(target[1].utf8))?.fields ?? [:] : [:]
        return (WebRequest(method: String(start[0]), path: String(target[0]), query: query, headers: headers), end, length)
    }

    /// Where the head ends (just past its CR LF CR LF), if it does.
    private static func endOfHead(in bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for index in 3..<min(bytes.count, largestHead + 4)
        where bytes[index] == 0x0A && bytes[index - 1] == 0x0D && bytes[index - 2] == 0x0A && bytes[index - 3] == 0x0D {
            return index + 1
        }
        return nil
    }
}

/// What the page answers: a status, its fields, a body.
struct WebResponse: Sendable {
    var status: Int
    var headers: [String: String]
    var body: [UInt8]

    /// The response as bytes, for `method` (no body for HEAD), closing the connection after it.
    func encoded(for method: String) -> [UInt8] {
        var head = "HTTP/1.1 \(status) \(Self.phrase(status))\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { head += "\(name): \(value)\r\n" }
        head += "Content-Length: \(body.count)\r\nConnection: close\r\n\r\n"
        return Array(head.utf8) + (method == "HEAD" ? [] : body)
    }

    static func phrase(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 204: "No Content"
        case 303: "See Other"
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 408: "Request Timeout"
        case 413: "Content Too Large"
        case 421: "Misdirected Request"
        case 429: "Too Many Requests"
        case 431: "Request Header Fields Too Large"
        case 500: "Internal Server Error"
        case 501: "Not Implemented"
        default: "Service Unavailable"
        }
    }
}
