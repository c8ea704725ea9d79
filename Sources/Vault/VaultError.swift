import Glibc
import Sodium

/// Every failure the Vault module reports. Cases carry the path or field they concern and never
/// any secret material; each describes itself in one line, and a front end adds a hint and an
/// exit code.
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
    /// Another command gave the vault new keys (`passwd`, `rekey`) after this one opened it, so
    /// the key this one holds no longer opens it.
    case keysChanged
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
    /// The vault's folder could let another user swap or plant files (not ours, or writable by
    /// others), or a file where the vault keeps its own is not a regular file.
    case unsafeLocation(path: String, reason: String)

    /// Which credential was tried.
    public enum CredentialKind: Sendable, Equatable {
        /// A passphrase (slot 1).
        case passphrase
        /// The recovery key (slot 2).
        case recoveryKey
    }
}

extension VaultError: CustomStringConvertible {
    /// One line saying what happened, safe to show to a user; decryption failures claim only what
    /// can be proven.
    public var description: String {
        switch self {
        case .notFound(let path): "no vault at \(path)"
        case .alreadyExists(let path): "a vault already exists at \(path); nothing was changed"
        case .notAVault: "this file is not a Confidant vault"
        case .unsupportedVersion(let version): "the vault uses format version \(version), which this Confidant cannot read"
        case .damaged(let reason): "the vault file is damaged: \(reason)"
        case .kdfOutOfBounds(let reason): "refusing to open: \(reason)"
        case .wrongCredential(.passphrase): "wrong passphrase"
        case .wrongCredential(.recoveryKey): "wrong recovery key"
        case .noRecoverySlot: "this vault has no recovery key (it was created with --no-recovery-key)"
        case .bodyModified: "the vault's contents do not authenticate: it was modified or damaged"
        case .busy: "another process has the vault open and did not finish within the wait"
        case .keysChanged: "another command gave the vault new keys while this one ran; nothing was changed"
        case .io(let operation, let path, let number): "could not \(operation) \(path): \(String(cString: strerror(number)))"
        case .passphraseTooShort(let minimum): "the new passphrase is shorter than \(minimum) characters"
        case .passphraseNotUTF8: "the passphrase is not valid UTF-8 text"
        case .invalidRecoveryKey(let reason): "that is not a valid recovery key: \(reason)"
        case .bodyTooLarge(let bytes): "the vault would be too large (\(bytes) bytes)"
        case .crypto(let error): "cryptographic operation failed: \(error)"
        case .unsafeLocation(let path, let reason): "refusing to use \(path): \(reason)"
        }
    }
}
