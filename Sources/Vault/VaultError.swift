import Sodium

/// Every failure the Vault module reports. Cases carry the path or field they concern and never
/// any secret material; the CLI turns each into a one-line message, a hint and an exit code.
public enum VaultError: Error, Equatable, Sendable {
    /// No vault file at the path.
    case notFound(path: String)
    /// `create` found a file already at the path.
    case alreadyExists(path: String)
    /// The bytes do not start with the vault magic: some other kind of file.
    case notAVault
    /// A vault written by a newer Confidant (or garbage in the version byte).
    case unsupportedVersion(UInt8)
    /// The structure is wrong: a length, a kind byte, padding, the checksum or trailing bytes.
    case damaged(String)
    /// The key slot asks for Argon2id work outside the bounds in `VaultFormat`.
    case kdfOutOfBounds(String)
    /// No key slot opened with what was given: a wrong passphrase or recovery key, or a key slot
    /// that was deliberately modified (docs/FORMAT.md says why the two look alike).
    case wrongCredential(CredentialKind)
    /// The vault has no recovery-key slot (it was created with `--no-recovery-key`).
    case noRecoverySlot
    /// The master key opened but the body did not authenticate: the header or body was modified.
    case bodyModified
    /// Another process holds the vault's lock and did not release it in time.
    case busy(path: String)
    /// A system call failed; `operation` says which, `errno` why.
    case io(operation: String, path: String, errno: Int32)
    /// A new passphrase is too short to resist guessing.
    case passphraseTooShort(minimum: Int)
    /// A passphrase that is not valid UTF-8 (it could not be normalised).
    case passphraseNotUTF8
    /// Text that is not a Confidant recovery key; `reason` says what is wrong with it.
    case invalidRecoveryKey(String)
    /// The plaintext to seal is larger than the format allows.
    case bodyTooLarge(bytes: Int)
    /// A failure inside the Sodium module (allocation, parameters).
    case crypto(SodiumError)

    /// Which credential was tried.
    public enum CredentialKind: Sendable, Equatable {
        /// A passphrase (slot 1).
        case passphrase
        /// The recovery key (slot 2).
        case recoveryKey
    }
}
