import Foundation

/// What a merge of two copies changed in one of them, record by record (`merge --dry-run`).
public struct MergeChange: Equatable, Sendable, Encodable {
    /// What happened to the record.
    public enum Kind: String, Sendable, Encodable {
        case added, changed, removed
    }

    public let kind: Kind
    /// The record's key (`supporter/ID`, `supporter/ID#phone`, `term/DIGEST`, `plan/…`).
    public let record: String
    /// What it is, for a person: a supporter's name, "a protected term", "your coping plan".
    public let label: String
    /// For one field of a supporter: the field ("phone", "sharing of work-stress").
    public let field: String?
}

extension VaultDocument {
    /// This document merged with `other`, another copy of the same vault (docs/SYNC.md): every
    /// record takes its later version (by `Stamp`), a record removed later than its last change
    /// stays removed; a supporter's agreements are records of their own, so histories edited on
    /// both copies are united; log entries are united. The
    /// merge is commutative, associative and idempotent, so copies merged in any order agree.
    public func converged(with other: VaultDocument) -> VaultDocument {
        var result = self
        // Every stamp either side holds, the later of two: a field emptied on one side keeps the
        // stamp that says so, whatever the other holds. Supporters then keep only the stamps of
        // the incarnation they keep (`SupporterRecords`).
        result.sync.stamps = sync.stamps.merging(other.sync.stamps, uniquingKeysWith: max)
        result.sync.removed = sync.removed.merging(other.sync.removed, uniquingKeysWith: max)
        result.sync.seen = sync.seen.merging(other.sync.seen, uniquingKeysWith: max)
        result.sync.clock = [sync.clock, other.sync.clock].compactMap { $0 }.max()
        for records in SyncedRecords.all { records.converge(&result, mine: self, theirs: other) }
        result.plan.updatedAt = max(plan.updatedAt, other.plan.updatedAt)
        result.events = Self.union(events, other.events)
        result.createdAt = min(createdAt, other.createdAt)
        result.writeCount = max(writeCount, other.writeCount)
        result.schema = max(schema, other.schema)
        // The export key made last (`passwd`, `rekey`, `restore` make a new one): a replayed old
        // copy does not bring a retired key back.
        let (mineKey, theirKey) = (sync.stamp(SyncState.exportKeyRecord), other.sync.stamp(SyncState.exportKeyRecord))
        result.exportKey =
            mineKey != theirKey
            ? (mineKey > theirKey ? exportKey ?? other.exportKey : other.exportKey ?? exportKey)
            : [exportKey, other.exportKey].compactMap { $0 }.min()
        result.vaultId = vaultId ?? other.vaultId
        return result
    }

    /// What turning this document into `merged` (its merge with other copies, `converged`)
    /// changes in it, record by record.
    public func changes(to merged: VaultDocument) -> [MergeChange] {
        var changes: [MergeChange] = []
        for records in SyncedRecords.all {
            let (changed, removed) = records.changes(from: self, to: merged)
            let existing = Set(records.keys(in: self))
            for key in changed {
                let field = SupporterRecords.field(of: key).map(SupporterFields.label)
                let record = field == nil ? key : String(key.prefix { $0 != "#" })
                changes.append(
                    MergeChange(kind: existing.contains(record) ? .changed : .added, record: key, label: merged.label(of: record), field: field))
            }
            changes += removed.map { MergeChange(kind: .removed, record: $0, label: label(of: $0), field: nil) }
        }
        return changes.sorted { ($0.record, $0.kind.rawValue) < ($1.record, $1.kind.rawValue) }
    }

    /// A person's name for the record `key` in this document.
    func label(of key: String) -> String {
        let parts = key.split(separator: "/").map(String.init)
        let id = parts.count >= 2 ? UUIDText.parse(parts[1]) : nil
        switch parts[0] {
        case "supporter":
            let name = supporters.first { $0.id == id }.map(\.name)
            if key.contains("/agreement/") { return name.map { "an agreement with \($0)" } ?? "an agreement" }
            return name.map { "supporter \($0)" } ?? "a supporter"
        case "term": return terms.first { SyncedRecords.termKey($0) == key }.map { "protected term \"\($0.term)\"" } ?? "a protected term"
        case "checkin": return checkIns.first { $0.id == id }.map { "the check-in of \($0.on)" } ?? "a check-in"
        case "plan": return parts.count > 1 ? "your coping plan (\(parts[1]))" : "your coping plan"
        case "topic", "boundary-topic": return "the topic \(parts.dropFirst().joined(separator: "/"))"
        case "boundary": return "your boundary on \(parts.dropFirst().joined(separator: "/"))"
        case "words": return "the word list of \(parts.dropFirst().joined(separator: "/"))"
        default: return key
        }
    }

    /// The log entries of both, each once, in time order.
    private static func union(_ mine: [Event], _ theirs: [Event]) -> [Event] {
        var seen = Set<String>(), events: [Event] = []
        for event in mine + theirs {
            let key = event.identity
            if seen.insert(key).inserted { events.append(event) }
        }
        let order = { (event: Event) in (event.at, event.kind.rawValue, event.summary, event.supporter.map(UUIDText.format) ?? "") }
        return events.sorted { order($0) < order($1) }
    }
}
