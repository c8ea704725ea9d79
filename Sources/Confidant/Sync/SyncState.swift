import Foundation

/// What a merge of two copies of one vault needs (docs/SYNC.md): the document's clock, when each
/// record last changed, and when removed records were removed (tombstones). Records are named by
/// keys such as `supporter/ID` (`SyncedRecords`). Kept inside the vault; never exported.
public struct SyncState: Codable, Equatable, Sendable {
    /// The latest stamp this document has issued or merged.
    public var clock: Stamp?
    /// Record key → when the record last changed; absent for a record never changed since
    /// stamps existed (it reads as `Stamp.zero`).
    public var stamps: [String: Stamp]
    /// Record key → when the record was removed.
    public var removed: [String: Stamp]

    /// How long a tombstone is kept: a copy that has been apart for longer than this may bring a
    /// removed record back.
    public static let tombstoneDays = 400

    /// Nothing stamped yet.
    public init() {
        clock = nil
        stamps = [:]
        removed = [:]
    }

    /// When the record `key` last changed.
    func stamp(_ key: String) -> Stamp { stamps[key] ?? .zero }
}

extension VaultDocument {
    /// Stamps every record that differs from `old` with `stamp` and every removed record with a
    /// tombstone, advances the clock, and drops tombstones older than `SyncState.tombstoneDays`.
    /// Called on every write (`OpenVault.update`), so no change needs to remember to stamp. A
    /// record whose stamp the change set itself (a merge brings the other copy's) keeps it: a
    /// merged record is as old as the change that made it, wherever it is merged.
    mutating func stampChanges(from old: VaultDocument, at stamp: Stamp) {
        for records in SyncedRecords.all {
            let (changed, removed) = records.changes(from: old, to: self)
            for key in changed where sync.stamps[key] == old.sync.stamps[key] {
                sync.stamps[key] = stamp
                sync.removed[key] = nil
            }
            for key in removed where sync.removed[key] == old.sync.removed[key] {
                sync.stamps[key] = nil
                sync.removed[key] = stamp
            }
        }
        sync.clock = max(sync.clock ?? .zero, stamp)
        let oldest = stamp.wall - Int64(SyncState.tombstoneDays) * 86_400_000
        sync.removed = sync.removed.filter { $0.value.wall >= oldest }
    }
}
