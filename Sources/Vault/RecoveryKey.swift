import Sodium

/// The 32 random bytes of slot 2, shown once as 52 Base32 characters and a check character, in
/// groups of four: `ABCD-EFGH-…-WXYZ-C`. The check character (Luhn mod 32) catches any single
/// mistyped character and most swapped pairs before a slow unlock is attempted.
public struct RecoveryKey {
    /// Base32 alphabet of RFC 4648 (no 0, 1, 8 or 9, which look like letters).
    static let alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)
    static let dataCharacters = 52
    static let groupLength = 4

    /// The key bytes, in guarded memory.
    public let bytes: SecureBytes

    /// Wraps 32 key bytes.
    /// - Throws: `VaultError.invalidRecoveryKey` for any other length.
    public init(bytes: SecureBytes) throws {
        guard bytes.count == VaultFormat.keyLength else { throw VaultError.invalidRecoveryKey("it must be 32 bytes") }
        self.bytes = bytes
    }

    /// A new random recovery key.
    public static func generate() throws -> RecoveryKey {
        try RecoveryKey(bytes: SecureBytes(randomCount: VaultFormat.keyLength))
    }

    // MARK: Text form

    /// The grouped text form, as ASCII in guarded memory (it is as secret as the key).
    public func formatted() throws -> SecureBytes {
        let digits = try SecureBytes(count: Self.dataCharacters + 1)
        digits.withUnsafeMutableBytes { out in
            bytes.withUnsafeBytes { key in
                for index in 0..<Self.dataCharacters {
                    out[index] = Self.fiveBits(of: key, at: index * 5)
                }
            }
            out[Self.dataCharacters] = Self.checkDigit(UnsafeRawBufferPointer(rebasing: out[0..<Self.dataCharacters]))
        }
        let groups = (digits.count + Self.groupLength - 1) / Self.groupLength
        let text = try SecureBytes(count: digits.count + groups - 1)
        text.withUnsafeMutableBytes { out in
            digits.withUnsafeBytes { values in
                var position = 0
                for (index, value) in values.enumerated() {
                    if index > 0, index % Self.groupLength == 0 {
                        out[position] = UInt8(ascii: "-")
                        position += 1
                    }
                    out[position] = Self.alphabet[Int(value)]
                    position += 1
                }
            }
        }
        return text
    }

    /// Parses the text form: case-insensitive, with any spaces, hyphens and a final newline ignored.
    /// - Throws: `VaultError.invalidRecoveryKey` saying what is wrong (length, character, check).
    public static func parse(_ text: SecureBytes) throws -> RecoveryKey {
        let digits = try SecureBytes(count: dataCharacters + 1)
        try text.withUnsafeBytes { characters in
            try digits.withUnsafeMutableBytes { out in
                var count = 0
                for character in characters where ![UInt8(ascii: " "), UInt8(ascii: "-"), 0x0a, 0x0d, 0x09].contains(character) {
                    let upper = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(character) ? character - 32 : character
                    guard let value = alphabet.firstIndex(of: upper) else {
                        throw VaultError.invalidRecoveryKey("it holds a character outside A–Z and 2–7")
                    }
                    guard count < out.count else { throw VaultError.invalidRecoveryKey("it is longer than 53 characters") }
                    out[count] = UInt8(value)
                    count += 1
                }
                guard count == out.count else { throw VaultError.invalidRecoveryKey("it has \(count) characters, not 53") }
                guard checkDigit(UnsafeRawBufferPointer(rebasing: out[0..<dataCharacters])) == out[dataCharacters] else {
                    throw VaultError.invalidRecoveryKey("its check character does not match (a typo?)")
                }
                // 52 × 5 = 260 bits: the last four must be zero, so each key has one spelling.
                guard out[dataCharacters - 1] & 0x0f == 0 else {
                    throw VaultError.invalidRecoveryKey("its last key character is not canonical")
                }
            }
        }
        let key = try SecureBytes(count: VaultFormat.keyLength)
        key.withUnsafeMutableBytes { out in
            digits.withUnsafeBytes { values in
                for bit in 0..<(VaultFormat.keyLength * 8) {
                    let value = values[bit / 5] >> (4 - bit % 5) & 1
                    out[bit / 8] |= value << (7 - bit % 8)
                }
            }
        }
        return try RecoveryKey(bytes: key)
    }

    // MARK: Helpers

    /// The 5-bit group starting at bit `start` of `key`, zero-extended past its end.
    private static func fiveBits(of key: UnsafeRawBufferPointer, at start: Int) -> UInt8 {
        var value: UInt8 = 0
        for bit in start..<start + 5 {
            let set = bit < key.count * 8 ? key[bit / 8] >> (7 - bit % 8) & 1 : 0
            value = value << 1 | set
        }
        return value
    }

    /// Luhn mod 32 check digit over 5-bit values.
    static func checkDigit(_ values: UnsafeRawBufferPointer) -> UInt8 {
        let base = 32
        var factor = 2
        var sum = 0
        for value in values.reversed() {
            let addend = factor * Int(value)
            sum += addend / base + addend % base
            factor = factor == 2 ? 1 : 2
        }
        return UInt8((base - sum % base) % base)
    }
}
