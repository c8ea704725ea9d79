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
    /// Device → its latest stamp this document holds the changes of (a version vector): a change
    /// stamped later by that device was not seen here, so a merge can tell two edits of one
    /// field made apart (a conflict, reported) from one made after seeing the other.
    public var seen: [String: Stamp]

    /// The record key under which the export key's last change is stamped.
    static let exportKeyRecord = "export-key"

    /// How long a tombstone is kept: a copy that has been apart for longer than this may bring a
    /// removed record back.
    public static let tombstoneDays = 400

    /// Nothing stamped yet.
    public init() {
        clock = nil
        stamps = [:]
        removed = [:]
        seen = [:]
    }

    /// Every stamp it holds: the clock, the records', the tombstones' and the devices' seen.
    var allStamps: [Stamp] { [clock].compactMap { $0 } + stamps.values + removed.values + seen.values }

    /// When the record `key` last changed.
    func stamp(_ key: String) -> Stamp { stamps[key] ?? .zero }
}

extension VaultDocument {
    /// Stamps every record that differs from `old` with `stamp` and every removed record with a
    /// tombstone (dropping what was stamped under it), advances the clock, and drops tombstones
    /// older than `SyncState.tombstoneDays` by the wall clock `now` (never by the stamps, which a
    /// device with a clock ahead could push forward). Called on every write (`OpenVault.update`),
    /// so no change needs to remember to stamp. A record whose stamp the change set itself keeps it.
    mutating func stampChanges(from old: VaultDocument, at stamp: Stamp, now: Date = Date()) {
        var ended: Set<String> = []
        for records in SyncedRecords.all {
            let (changed, removed) = records.changes(from: old, to: self)
            for key in changed where sync.stamps[key] == old.sync.stamps[key] {
                sync.stamps[key] = stamp
                sync.removed[key] = nil
            }
            for key in removed where sync.removed[key] == old.sync.removed[key] {
                sync.stamps[key] = nil
                sync.removed[key] = stamp
                if key.hasPrefix("supporter/"), !key.contains("/agreement/") { ended.insert(key) }
            }
        }
        // A removed supporter's fields and agreements go with them: nothing of theirs is kept
        // but the tombstone.
        if !ended.isEmpty {
            let under = SupporterRecords.stampsUnder(self)
            for key in ended { for subkey in (under[key] ?? [:]).keys { sync.stamps[subkey] = nil } }
        }
        if exportKey != old.exportKey, sync.stamps[SyncState.exportKeyRecord] == old.sync.stamps[SyncState.exportKeyRecord] {
            sync.stamps[SyncState.exportKeyRecord] = stamp
        }
        sync.clock = max(sync.clock ?? .zero, stamp)
        sync.seen[stamp.device] = max(sync.seen[stamp.device] ?? .zero, stamp)
        let oldest = Int64(now.timeIntervalSince1970 * 1000) - Int64(SyncState.tombstoneDays) * 86_400_000
        sync.removed = sync.removed.filter { $0.value.wall >= oldest }
    }
}

extension VaultDocument {
    /// The latest stamp this document holds, when it is more than a day after `now`: a device
    /// whose clock was set wrong made it (`redateFuture` repairs it).
    func stampAhead(of now: Date) -> Stamp? {
        let limit = Int64(now.timeIntervalSince1970 * 1000) + 86_400_000
        return sync.allStamps.max().flatMap { $0.wall > limit ? $0 : nil }
    }

    /// Re-dates every stamp more than a day after `now` to `now`, in their order (the counter
    /// keeps them apart): once a device's clock is put right, its next write makes its changes
    /// mergeable again instead of refused everywhere (docs/SYNC.md). Returns whether any was.
    @discardableResult
    mutating func redateFuture(now: Date) -> Bool {
        let nowWall = Int64(now.timeIntervalSince1970 * 1000), limit = nowWall + 86_400_000
        let ahead = Set(sync.allStamps.filter { $0.wall > limit })
        guard !ahead.isEmpty else { return false }
        let redated = Dictionary(uniqueKeysWithValues: ahead.sorted().enumerated().map { ($1, Stamp(wall: nowWall, counter: $0, device: $1.device)) })
        let redate = { (stamp: Stamp) in redated[stamp] ?? stamp }
        sync.stamps = sync.stamps.mapValues(redate)
        sync.removed = sync.removed.mapValues(redate)
        sync.seen = sync.seen.mapValues(redate)
        // The clock at the latest stamp it holds now, other devices' included (those up to a day
        // ahead were not re-dated): the next change here must come after every change it has seen.
        sync.clock = sync.clock.map(redate)
        sync.clock = sync.allStamps.max()
        return true
    }
}
