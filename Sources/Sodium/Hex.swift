/// Bytes as lower-case hexadecimal, two digits a byte: the names Confidant makes from digests and
/// random bytes (keyring names, state files, sync record keys, device ids). Written byte by byte:
/// `String(format:)` goes through `vfprintf` and costs microseconds a byte.
public enum Hex {
    /// `bytes` as lower-case hex.
    public static func lowercase<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var text: [UInt8] = []
        text.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 15)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    private static let digits = Array("0123456789abcdef".utf8)
}
