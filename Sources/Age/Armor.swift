import Sodium

/// ASCII armor: strict PEM (RFC 7468 §3) with the label `AGE ENCRYPTED FILE` and padded base64
/// in 64-column lines. Whitespace before and after the block and CRLF line endings are accepted;
/// anything else non-canonical is refused, since a lax armor parser makes files malleable.
public enum Armor {
    static let begin = "-----BEGIN AGE ENCRYPTED FILE-----"
    static let end = "-----END AGE ENCRYPTED FILE-----"

    /// Whether `bytes` start, after whitespace, like an armored file.
    public static func isArmored(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.drop(while: isWhitespace).starts(with: Array("-----BEGIN".utf8))
    }

    /// The armored form of `bytes`.
    public static func encode(_ bytes: [UInt8]) -> [UInt8] {
        let encoded = Array(Base64.encode(bytes, padded: true).utf8)
        var output = Array((begin + "\n").utf8)
        for start in stride(from: 0, to: encoded.count, by: 64) {
            output += encoded[start..<min(start + 64, encoded.count)] + [0x0a]
        }
        return output + Array((end + "\n").utf8)
    }

    /// The bytes inside an armored file (for small files; `ArmoredSource` streams).
    /// - Throws: `AgeError.armor` saying what is not strict.
    public static func decode(_ armored: [UInt8]) throws -> [UInt8] {
        var source = ArmoredSource(MemorySource(armored))
        var sink = MemorySink()
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = try chunk.withUnsafeMutableBytes { try source.read(into: $0) }
            if count == 0 { return sink.bytes }
            try chunk.withUnsafeBytes { try sink.write(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
        }
    }

    static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0a || byte == 0x0d }

}
