import Age
import Sodium
import Vault

/// A failure as a front end reports it: what happened (the error's own description, which never
/// holds secret material), what kind of failure it is (for an exit code) and what to do next.
public struct Problem: Sendable {
    /// What kind of failure: sysexits' classes as DESIGN.md lists them.
    public enum Kind: Sendable {
        /// A bad value, an unknown or ambiguous supporter (64).
        case usage
        /// Damaged, not a vault, modified, or written by a newer Confidant (65).
        case damaged
        /// No vault there (66).
        case notFound
        /// Something is already there (73).
        case cannotCreate
        /// A system call failed: disk full, permissions (74).
        case io
        /// Another process holds the vault (75).
        case busy
        /// Wrong passphrase, recovery key or identity (77).
        case wrongKey
        /// A service the command needs is not there: the kernel keyring, for `unlock` (69).
        case unavailable
    }

    public let message: String
    public let kind: Kind
    /// What to do next.
    public let hint: String?
    /// A command that puts it right, for a front end to render (the CLI as a line to paste).
    public let suggestion: Suggestion?

    /// The problem `error` is, or nil for an error of another layer (a front end's own).
    public init?(_ error: any Error) {
        switch error {
        case let error as VaultError: (kind, hint) = Self.vault(error)
        case let error as ConfidantError: (kind, hint) = Self.domain(error)
        case let error as AgeError: (kind, hint) = Self.age(error)
        case SodiumError.keyring: (kind, hint) = (.unavailable, KeyCache.unavailableHint)
        case is SodiumError: (kind, hint) = (.io, "free some memory and try again")
        default: return nil
        }
        if case ConfidantError.duplicateSupporter(_, let existing) = error {
            suggestion = Suggestion("edit", for: existing)
        } else {
            suggestion = nil
        }
        // Reading an age file is only ever an import here: say that nothing was.
        message = (error as? AgeError).map { $0.stopsAnImport ? "\($0); nothing was imported" : "\($0)" } ?? "\(error)"
    }

    private static let restoreHint = "restore a good copy: `confidant backups` lists backups; previous versions are in generations/ beside the vault"

    private static func vault(_ error: VaultError) -> (Kind, String?) {
        switch error {
        case .notFound: (.notFound, "create one with `confidant init`, or point to yours with --vault PATH")
        case .alreadyExists: (.cannotCreate, "to make another, pass --vault with a new path")
        case .notAVault: (.damaged, "check the path given with --vault or CONFIDANT_VAULT")
        case .unsupportedVersion: (.damaged, "upgrade Confidant")
        case .damaged, .bodyModified: (.damaged, restoreHint)
        case .kdfOutOfBounds: (.damaged, "a genuine vault never asks for this; the file was probably altered. " + restoreHint)
        case .wrongCredential(.passphrase): (.wrongKey, "try again, or unlock with --recovery-key-file")
        case .wrongCredential(.recoveryKey): (.wrongKey, "check the key, or use your passphrase")
        case .noRecoverySlot: (.wrongKey, "unlock with your passphrase")
        case .busy: (.busy, "let the other confidant command finish, then try again")
        case .keysChanged: (.busy, "run the command again, with the new passphrase")
        case .io: (.io, "check free space and permissions; the vault was not changed")
        case .passphraseTooShort: (.usage, "use several words, e.g. four unrelated words with spaces")
        case .passphraseNotUTF8: (.usage, "check the file's encoding")
        case .invalidRecoveryKey: (.wrongKey, "copy it again exactly as init printed it (53 letters and digits)")
        case .bodyTooLarge: (.io, "remove records you no longer need")
        case .crypto: (.io, "free some memory and try again")
        case .unsafeLocation: (.io, "keep the vault in a folder that is yours and that only you can write (chmod 700)")
        }
    }

    private static func domain(_ error: ConfidantError) -> (Kind, String?) {
        switch error {
        case .invalidDocument: (.damaged, restoreHint)
        case .newerSchema, .newerExport: (.damaged, "upgrade Confidant")
        case .invalidExport: (.damaged, nil)
        case .outputExists: (.cannotCreate, "choose another path, or remove it first (or --force)")
        case .unknownSupporter(_, let candidates):
            (
                .usage,
                candidates.isEmpty
                    ? "`confidant list` shows who is in the vault; add someone with `confidant add NAME`"
                    : "did you mean: " + candidates.joined(separator: ", ")
            )
        case .ambiguousSupporter(_, let candidates): (.usage, "say which: " + candidates.joined(separator: ", "))
        case .duplicateSupporter(_, let existing): (.usage, "edit \(existing)'s record instead, or add the new person under a distinguishing name")
        case .unknownTopic(_, let known): (.usage, "topics: " + known.joined(separator: ", "))
        case .invalidValue: (.usage, "see `confidant help` for the accepted values")
        case .notToLeanOn: (.usage, "the plan lists people who agreed to support you; `confidant agree NAME` records it if that changes")
        case .rolledBack: (.damaged, Rollback.hint)
        case .differentVault:
            (
                .usage,
                "merge takes copies of this vault (a sync tool's conflict copy, a copy from another device); use `confidant import` for an export of another vault"
            )
        case .noSessionKeyring:
            (.unavailable, "`confidant unlock --user-keyring` keeps it there anyway; or start a session keyring of your own: `keyctl session -`")
        case .sessionKeyringNotYours:
            (.unavailable, "log in as yourself (`su -l`, `sudo -i`), or start a session keyring of your own: `keyctl session -`")
        case .keysNotRemoved: (.io, "`keyctl show @s` and `keyctl show @u` list them; logging out ends the session keyring")
        case .noteRefused: (.usage, "write the note about how you are, without names or details from work, or leave it out")
        case .mergeNeedsConsent: (.damaged, "`confidant merge FILE --dry-run` lists them; answer yes at the terminal, or --accept-weakening")
        case .stampAhead:
            (
                .damaged,
                "put right the date and time on the device that made that copy; any change or merge made there then re-dates its changes, and this merge works"
            )
        case .importNeedsConsent:
            (
                .usage,
                "`confidant import FILE --dry-run` lists every change; accept with --accept-foreign and --accept-weakening, or answer at the terminal"
            )
        }
    }

    private static func age(_ error: AgeError) -> (Kind, String?) {
        switch error {
        case .header, .payload, .armor, .headerMAC: (.damaged, "use another copy of the export")
        case .noMatch: (.wrongKey, "check --identity or the export passphrase")
        case .invalidKey: (.usage, "recipients look like age1…, identities like AGE-SECRET-KEY-1…")
        case .io: (.io, nil)
        }
    }
}

extension AgeError {
    /// Whether reading the file stopped (so an import changed nothing).
    var stopsAnImport: Bool {
        switch self {
        case .header, .payload, .armor, .headerMAC, .noMatch: true
        case .invalidKey, .io: false
        }
    }
}
