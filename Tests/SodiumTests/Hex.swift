import Sodium

/// Decodes hex test vectors; a malformed vector is a bug in the test, so it traps.
func hex(_ text: String) -> [UInt8] {
    let digits = Array(text.utf8)
    precondition(digits.count % 2 == 0, "odd-length hex vector")
    return stride(from: 0, to: digits.count, by: 2).map { UInt8(String(decoding: digits[$0..<$0 + 2], as: UTF8.self), radix: 16)! }
}

extension Array where Element == UInt8 {
    /// Lower-case hex, for readable expectation failures.
    var hexString: String { map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined() }
}

extension SecureBytes {
    /// Test-only copy of the secret bytes, so expectations can compare against vectors.
    var revealedForTest: [UInt8] { withUnsafeBytes { Array($0) } }

    /// Guarded copy of a UTF-8 string, for passphrase vectors.
    static func utf8(_ text: String) throws -> SecureBytes { try SecureBytes(copying: Array(text.utf8)) }
}
