import Vault

/// A vault file older than the newest copy of it this account has seen: its write count is below
/// the one recorded in the last-seen state (`LastSeen`). Either an earlier copy (a generation, a
/// backup, a synced or restored file) was put in its place, or the state belongs to a copy that
/// is not this one. Changes written after `found` are not in it.
public struct Rollback: Equatable, Sendable, CustomStringConvertible {
    /// The vault's write count.
    public let found: Int
    /// The highest write count seen of it here.
    public let seen: Int

    /// What to do about it, for a front end.
    public static let hint =
        "if you put an earlier copy there on purpose, `confidant restore FILE` does that properly, "
        + "or pass --accept-rollback to the next change; if not, the newer vault may be in generations/ or backups/ beside it"

    public var description: String {
        "this vault is an older copy than the one last opened here (saved \(Self.times(found)); that one had been saved \(Self.times(seen))): "
            + "an earlier copy may have been put in its place, and what was saved after it is not in it"
    }

    private static func times(_ count: Int) -> String { count == 1 ? "once" : "\(count) times" }
}

extension VaultAccess {
    /// The highest write count this account has seen of the vault holding `document` at this
    /// path; 0 when none was recorded or no state is kept.
    func lastSeenCount(of document: VaultDocument) -> Int {
        guard let lastSeen else { return 0 }
        return lastSeen.count(for: LastSeen.key(vaultID: document.vaultId?.uuidString ?? "", vaultPath: path)).map { Int(clamping: $0) } ?? 0
    }

    /// Records `document`'s write count as seen. Best effort: a state folder that cannot be
    /// written only means that a later rollback to this write goes unnoticed (docs/SECURITY.md).
    func recordSeen(_ document: VaultDocument) {
        guard let lastSeen, document.writeCount > 0 else { return }
        try? lastSeen.record(UInt64(document.writeCount), for: LastSeen.key(vaultID: document.vaultId?.uuidString ?? "", vaultPath: path))
    }

    /// The rollback `document` shows, if any; a newer count than recorded is recorded.
    func checkRollback(of document: VaultDocument) -> Rollback? {
        let seen = lastSeenCount(of: document)
        if document.writeCount < seen { return Rollback(found: document.writeCount, seen: seen) }
        if document.writeCount > seen { recordSeen(document) }
        return nil
    }
}
