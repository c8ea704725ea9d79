import Sodium

/// A recipient stanza: `-> type args…`, then a base64 body wrapped at 64 columns.
public struct Stanza: Equatable, Sendable {
    /// The arguments; the first names the recipient type.
    public let arguments: [String]
    /// The decoded body.
    public let body: [UInt8]

    /// A stanza with at least one argument.
    public init(_ arguments: [String], body: [UInt8]) {
        self.arguments = arguments
        self.body = body
    }

    /// The stanza as it stands in a header.
    var serialized: [UInt8] {
        var text = "-> " + arguments.joined(separator: " ") + "\n"
        let encoded = Base64.encode(body, padded: false)
        var line = Substring(encoded)
        while line.count >= 64 {
            text += line.prefix(64) + "\n"
            line = line.dropFirst(64)
        }
        text += line + "\n"
        return Array(text.utf8)
    }
}
