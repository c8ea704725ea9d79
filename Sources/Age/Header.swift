import Sodium

/// The textual header: version line, stanzas, MAC. Parsed strictly (age.md's ABNF): LF line
/// endings only, canonical unpadded base64, full body lines of exactly 64 columns and a shorter
/// final one, arguments of visible ASCII, and a `--- ` line with a 43-character MAC.
struct Header {
    static let versionLine = Array("age-encryption.org/v1\n".utf8)
    static let macPrefix = Array("---".utf8)
    /// The most header bytes read before giving up. The spec sets no limit; a crafted file with one
    /// 63 MB stanza made a reader hold hundreds of megabytes. Real headers are a few hundred bytes
    /// per recipient (post-quantum stanzas about 1.5 KiB), so 1 MiB leaves room for hundreds.
    static let maximumBytes = 1 << 20
    /// The most stanzas read: each may cost an identity a key agreement, and 20,000 of them took
    /// seconds. 256 recipients is more than any real export has.
    static let maximumStanzas = 256

    let stanzas: [Stanza]
    /// Every byte up to and including `---`, which the MAC covers.
    let authenticatedBytes: [UInt8]
    let mac: [UInt8]

    // MARK: Writing

    /// The header for `stanzas`, MACed under `fileKey`.
    static func serialized(stanzas: [Stanza], fileKey: SecureBytes) throws -> [UInt8] {
        let authenticated = versionLine + stanzas.flatMap(\.serialized) + macPrefix
        let mac = try macFor(authenticated, fileKey: fileKey)
        return authenticated + Array((" " + Base64.encode(mac, padded: false) + "\n").utf8)
    }

    /// HMAC-SHA-256 under HKDF(file key, salt empty, info "header").
    static func macFor(_ bytes: [UInt8], fileKey: SecureBytes) throws -> [UInt8] {
        let key = try HKDFSHA256.deriveKey(length: 32, from: fileKey, salt: [], info: Array("header".utf8))
        let hmac = try HMACSHA256(key: key)
        hmac.update(bytes)
        return hmac.finalize()
    }

    // MARK: Reading

    /// Reads a header from `reader`.
    /// - Throws: `AgeError.header` quoting what is wrong.
    static func read<Source>(from reader: inout BufferedReader<Source>) throws -> Header {
        let limit = 1 << 16
        guard let version = try reader.line(limit: limit), version == versionLine else {
            throw AgeError.header("not an age-encryption.org/v1 file")
        }
        var authenticated = version
        var stanzas: [Stanza] = []
        while true {
            guard authenticated.count <= maximumBytes else { throw AgeError.header("header larger than \(maximumBytes >> 10) KiB") }
            guard stanzas.count <= maximumStanzas else { throw AgeError.header("more than \(maximumStanzas) recipient stanzas") }
            guard let line = try reader.line(limit: limit), line.last == 0x0a else { throw AgeError.header("header ends early") }
            guard !line.contains(0x0d) else { throw AgeError.header("carriage return in header") }
            if line.starts(with: macPrefix) {
                guard !stanzas.isEmpty else { throw AgeError.header("no recipient stanza") }
                authenticated += macPrefix
                return Header(stanzas: stanzas, authenticatedBytes: authenticated, mac: try parseMAC(line))
            }
            guard line.starts(with: Array("-> ".utf8)) else { throw AgeError.header("unexpected line \(quote(line))") }
            authenticated += line
            let arguments = line.dropFirst(3).dropLast().split(separator: 0x20, omittingEmptySubsequences: false)
            guard !arguments.isEmpty, arguments.allSatisfy({ !$0.isEmpty && $0.allSatisfy { (33...126).contains($0) } }) else {
                throw AgeError.header("malformed stanza line \(quote(line))")
            }
            var body: [UInt8] = []
            while true {
                guard authenticated.count <= maximumBytes else { throw AgeError.header("header larger than \(maximumBytes >> 10) KiB") }
                guard let bodyLine = try reader.line(limit: 66), bodyLine.last == 0x0a else { throw AgeError.header("stanza body ends early") }
                authenticated += bodyLine
                let text = bodyLine.dropLast()
                guard text.count <= 64, text.allSatisfy(isBase64Character) else {
                    throw AgeError.header("malformed stanza body line \(quote(bodyLine))")
                }
                body += text
                if text.count < 64 { break }
            }
            guard let decoded = try? Base64.decode(String(decoding: body, as: UTF8.self), padded: false) else {
                throw AgeError.header("stanza body is not canonical base64")
            }
            stanzas.append(Stanza(arguments.map { String(decoding: $0, as: UTF8.self) }, body: decoded))
        }
    }

    private static func parseMAC(_ line: [UInt8]) throws -> [UInt8] {
        let text = line.dropFirst(3)
        guard text.count == 45, text.first == 0x20, text.last == 0x0a,
            let mac = try? Base64.decode(String(decoding: text.dropFirst().dropLast(), as: UTF8.self), padded: false), mac.count == 32
        else { throw AgeError.header("malformed MAC line \(quote(line))") }
        return mac
    }

    private static func isBase64Character(_ byte: UInt8) -> Bool {
        (65...90).contains(byte) || (97...122).contains(byte) || (48...57).contains(byte) || byte == 43 || byte == 47
    }

    /// A header line for an error message, printable and shortened.
    static func quote(_ line: some Collection<UInt8>) -> String {
        let text = String(decoding: line.prefix(40).map { (32...126).contains($0) ? $0 : UInt8(ascii: "?") }, as: UTF8.self)
        return "\"" + text + (line.count > 40 ? "…" : "") + "\""
    }
}
