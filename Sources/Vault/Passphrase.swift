import Foundation
import Sodium

/// Passphrase handling shared by every source: first line only, Unicode NFC, minimum length.
public enum Passphrase {
    /// The first line of `raw` (up to, not including, the first LF; a CR before it is dropped too).
    public static func firstLine(of raw: SecureBytes) throws -> SecureBytes {
        let length = raw.withUnsafeBytes { bytes -> Int in
            var end = bytes.firstIndex(of: 0x0a) ?? bytes.count
            if end > 0, bytes[end - 1] == 0x0d { end -= 1 }
            return end
        }
        return try raw.prefix(length)
    }

    /// The passphrase in Unicode Normalization Form C, so "é" typed as one code point or as
    /// "e" + combining accent unlocks the same vault.
    ///
    /// ASCII is already NFC and never leaves guarded memory. Other text has to pass through a
    /// Swift `String` to be normalised; that copy is not wiped (SECURITY.md says so).
    /// - Throws: `VaultError.passphraseNotUTF8` when the bytes are not UTF-8.
    public static func normalized(_ raw: SecureBytes) throws -> SecureBytes {
        let isASCII = raw.withUnsafeBytes { $0.allSatisfy { $0 < 0x80 } }
        if isASCII { return try raw.prefix(raw.count) }
        guard let text = raw.withUnsafeBytes({ String(validating: $0, as: UTF8.self) }) else {
            throw VaultError.passphraseNotUTF8
        }
        var composed = Array(text.precomposedStringWithCanonicalMapping.utf8)
        defer { Memory.wipe(&composed) }
        return try composed.withUnsafeBytes { try SecureBytes(copying: $0) }
    }

    /// Refuses a new passphrase shorter than `VaultFormat.minimumPassphraseLength` characters.
    /// - Throws: `VaultError.passphraseTooShort`.
    public static func checkNew(_ normalized: SecureBytes) throws {
        let characters = normalized.withUnsafeBytes { bytes -> Int in
            if bytes.allSatisfy({ $0 < 0x80 }) { return bytes.count }
            return String(decoding: bytes, as: UTF8.self).count
        }
        guard characters >= VaultFormat.minimumPassphraseLength else {
            throw VaultError.passphraseTooShort(minimum: VaultFormat.minimumPassphraseLength)
        }
    }
}
