import Sodium
import Vault

/// What unlocks a vault, as a front end gathered it: the first line of a passphrase source, or
/// the text of the recovery key. Normalised and parsed here, so a front end never handles the
/// key formats.
public enum VaultKey {
    /// A passphrase as read (it is NFC-normalised before use).
    case passphrase(SecureBytes)
    /// The recovery key as `init` printed it.
    case recoveryKey(SecureBytes)

    /// The Vault module's credential.
    /// - Throws: `VaultError.passphraseNotUTF8`, `.invalidRecoveryKey`.
    func credential() throws -> Credential {
        switch self {
        case .passphrase(let raw): .passphrase(try Passphrase.normalized(raw))
        case .recoveryKey(let text): .recoveryKey(try RecoveryKey.parse(text))
        }
    }
}

/// Passphrases as a front end handles them: the first line of a source, Unicode NFC, and the
/// minimum length of a new one.
public enum Passphrases {
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
