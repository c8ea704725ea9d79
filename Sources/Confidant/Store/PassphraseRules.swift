import Sodium
import Vault

/// The rules for passphrases as a front end handles them: the first line of a source, Unicode NFC, and the
/// minimum length of a new one.
public enum PassphraseRules {
    /// Characters a new passphrase needs at least.
    public static var minimumLength: Int { VaultFormat.minimumPassphraseLength }

    /// The first line of `raw`, without its line ending.
    public static func firstLine(of raw: SecureBytes) throws -> SecureBytes {
        try Passphrase.firstLine(of: raw)
    }

    /// `raw` in Unicode NFC, as it is used to unlock.
    /// - Throws: `VaultError.passphraseNotUTF8`.
    public static func normalized(_ raw: SecureBytes) throws -> SecureBytes {
        try Passphrase.normalized(raw)
    }

    /// `raw` normalised and checked as a new passphrase.
    /// - Throws: `VaultError.passphraseNotUTF8`, `.passphraseTooShort`.
    public static func checkedNew(_ raw: SecureBytes) throws -> SecureBytes {
        let normalized = try Passphrase.normalized(raw)
        try Passphrase.checkNew(normalized)
        return normalized
    }
}
