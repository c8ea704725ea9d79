import Foundation

/// Failures of the domain layer. Each carries what the user needs to correct the command.
public enum ConfidantError: Error, Equatable, Sendable {
    /// The decrypted vault document is not valid (it authenticated, so it was written wrongly).
    case invalidDocument(String)
    /// The document's schema is newer than this Confidant understands.
    case newerSchema(found: Int, supported: Int)
    /// No supporter has this name or a name starting with it.
    case unknownSupporter(String, candidates: [String])
    /// More than one supporter's name starts with this.
    case ambiguousSupporter(String, candidates: [String])
    /// A supporter with this name (under `NameKey`) exists already: `existing` is theirs.
    case duplicateSupporter(String, existing: String)
    /// A topic name that is neither built in nor added; `known` lists the valid ones.
    case unknownTopic(String, known: [String])
    /// An export written by a newer Confidant.
    case newerExport(found: Int, supported: Int)
    /// A file that decrypted but is not a valid Confidant export; the text says what is wrong.
    case invalidExport(String)
    /// An output file (an export) exists already and would be overwritten.
    case outputExists(path: String)
    /// A value that cannot be used; the text says which and why.
    case invalidValue(String)
    /// Someone added to the plan's people to turn to who declined, paused or ended their
    /// agreement; the text is their `AgreementStanding`.
    case notToLeanOn(String)
    /// An import that needs the user's explicit acceptance; the text says why.
    case importNeedsConsent(String)
    /// A check-in note or plan entry that names a protected term or holds an identifying detail
    /// (the findings are shown by the front end, never carried in the error).
    case noteRefused
    /// A copy given to `merge` is of another vault (or of one made before vaults had ids).
    case differentVault(path: String)
    /// The vault on disk is older than the newest this account has seen of it (`Rollback`).
    case rolledBack(Rollback)
    /// `unlock` in a process with no session keyring of its own: the key would go to the user
    /// keyring, which every process of the user can read, so only `--user-keyring` puts it there.
    case noSessionKeyring
    /// `unlock` in a process whose session keyring is another user's (`su` without `-l`): that
    /// user would possess, and could read, the key. `owner` is their uid when known.
    case sessionKeyringNotYours(owner: UInt32?)
    /// `lock` could not remove `count` kept keys; `reason` is the system's.
    case keysNotRemoved(count: Int, reason: String)
    /// A merge of copies would weaken `count` protections and was not accepted.
    case mergeNeedsConsent(count: Int)
    /// A copy holds a change stamped more than a day after this computer's clock.
    case stampAhead(copy: String, at: Date)
}

extension ConfidantError: CustomStringConvertible {
    /// One line saying what happened, safe to show to a user (names a supporter, never a secret).
    public var description: String {
        switch self {
        case .invalidDocument(let reason): "the vault opened but its contents are not valid: \(reason)"
        case .importNeedsConsent(let reason): "not imported: \(reason); nothing was changed"
        case .newerSchema(let found, let supported): "the vault was written by a newer Confidant (schema \(found), this one reads up to \(supported))"
        case .unknownSupporter(let name, _): "no supporter called \"\(name)\""
        case .ambiguousSupporter(let name, let candidates): "\"\(name)\" could be \(candidates.count) supporters"
        case .duplicateSupporter(let name, let existing):
            name == existing
                ? "there is already a supporter called \"\(name)\"; nothing was changed"
                : "\"\(name)\" is the same name as \"\(existing)\" (ignoring case, accents and spaces); nothing was changed"
        case .unknownTopic(let topic, _): "unknown topic \"\(topic)\""
        case .newerExport(let found, let supported):
            "the export was made by a newer Confidant (version \(found), this one reads up to \(supported)); nothing was imported"
        case .invalidExport(let reason): "the file decrypted but is not a valid Confidant export: \(reason); nothing was imported"
        case .outputExists(let path): "\(path) exists already; nothing was written"
        case .invalidValue(let text): text
        case .notToLeanOn(let standing): standing + " Nothing was changed"
        case .noteRefused: "that names someone or something protected from work, or holds an identifying detail; nothing was saved"
        case .differentVault(let path): "\(path) is not a copy of this vault; nothing was merged"
        case .mergeNeedsConsent(let count): "the merge would weaken \(count) protection\(count == 1 ? "" : "s"); nothing was merged"
        case .stampAhead(let copy, let at):
            "\(copy) holds a change dated \(Timestamp.format(at)), more than a day ahead of this computer's clock; nothing was merged"
        case .rolledBack(let rollback): "\(rollback); nothing was changed"
        case .noSessionKeyring:
            "not unlocked: this process has no session keyring of its own, and the user keyring would let every process of yours read the key"
        case .sessionKeyringNotYours(let owner):
            "not unlocked: the session keyring belongs to \(owner.map { "user \($0)" } ?? "another user"), who could read the key kept there"
        case .keysNotRemoved(let count, let reason):
            "\(count) kept key\(count == 1 ? "" : "s") could not be removed from the kernel keyring (\(reason)): the vault may still be unlocked"
        }
    }
}
