/// When two names are the same person's. One rule for adding, renaming and finding supporters
/// (and for comparing topic words): case, accents, Unicode normalisation and inner white space
/// are ignored, so "Zoë Adams", "ZOE  ADAMS" and a decomposed "Zoe\u{308} Adams" are one name.
public enum NameKey {
    /// The key of `name`: folded as the draft check folds words, with white space trimmed and
    /// every run of it made one space.
    public static func of(_ name: String) -> String {
        var name = name
        if let key = name.withUTF8(asciiKey) { return key }
        return TextFolding.fold(name).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The key of an ASCII name in one pass over its bytes (a check of a new name against a
    /// hundred thousand others makes a key of each); nil when the name is not ASCII.
    private static func asciiKey(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        return String(unsafeUninitializedCapacity: bytes.count) { key in
            var count = 0, pendingSpace = false
            for byte in bytes {
                if byte == 0x20 || (0x09...0x0d).contains(byte) {
                    pendingSpace = count > 0
                    continue
                }
                if pendingSpace {
                    key[count] = 0x20
                    count += 1
                    pendingSpace = false
                }
                key[count] =
                    switch byte {
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte + 32
                    case UInt8(ascii: "`"): UInt8(ascii: "'")
                    default: byte
                    }
                count += 1
            }
            return count
        }
    }
}
