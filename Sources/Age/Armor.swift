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

    /// The bytes inside an armored file.
    /// - Throws: `AgeError.armor` saying what is not strict.
    public static func decode(_ armored: [UInt8]) throws -> [UInt8] {
        guard let first = armored.firstIndex(where: { !isWhitespace($0) }), let last = armored.lastIndex(where: { !isWhitespace($0) }) else {
            throw AgeError.armor("empty")
        }
        var lines = armored[first...last].split(separator: 0x0a, omittingEmptySubsequences: false).map { line in
            line.last == 0x0d ? line.dropLast() : line
        }
        guard lines.count >= 2, lines.removeFirst().elementsEqual(begin.utf8) else { throw AgeError.armor("does not start with \(begin)") }
        guard lines.removeLast().elementsEqual(end.utf8) else { throw AgeError.armor("does not end with \(end)") }
        for (index, line) in lines.enumerated() {
            let isLast = index == lines.count - 1
            guard isLast ? (1...64).contains(line.count) : line.count == 64 else {
                throw AgeError.armor("line \(index + 2) is \(line.count) columns; lines are 64, the last 1 to 64")
            }
            guard line.allSatisfy(isBase64Character) else { throw AgeError.armor("line \(index + 2) holds a character outside base64") }
        }
        var text = [UInt8]()
        text.reserveCapacity(lines.count * 64)
        for line in lines { text.append(contentsOf: line) }
        guard let bytes = try? Base64.decode(String(decoding: text, as: UTF8.self), padded: true) else {
            throw AgeError.armor("not canonical padded base64")
        }
        return bytes
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0a || byte == 0x0d }

    private static func isBase64Character(_ byte: UInt8) -> Bool {
        (65...90).contains(byte) || (97...122).contains(byte) || (48...57).contains(byte) || byte == 43 || byte == 47 || byte == 61
    }
}
