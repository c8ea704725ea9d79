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
