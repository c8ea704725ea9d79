import Foundation

/// Two changes a merge could not both keep, because they were made apart (neither copy had seen
/// the other's): the same field of a person edited on both copies, or a person removed on one
/// copy and edited on the other. The merge keeps one by its rule (docs/SYNC.md) and says so, so
/// nothing disappears unseen.
public struct MergeConflict: Equatable, Sendable, Encodable {
    /// The record: `supporter/ID#phone`, or `supporter/ID` for a removal.
    public let record: String
    /// For a person: "Alex Brennan's phone: kept 07700 900456 from laptop.confidant, replaced 07700 900123".
    public let description: String
}

extension VaultDocument {
    /// The conflicts of merging `other` (called `theirs`) into this document (called `mine`).
    func conflicts(with other: VaultDocument, mine: String, theirs: String) -> [MergeConflict] {
        let right = Dictionary(other.supporters.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let (underMine, underTheirs) = (SupporterRecords.stampsUnder(self), SupporterRecords.stampsUnder(other))
        var conflicts: [MergeConflict] = []
        for a in supporters {
            let key = SupporterRecords.key(a.id), born = sync.stamp(key)
            guard let b = right[a.id] else {
                conflicts += removal(of: a, editedUnder: underMine[key] ?? [:], removedBy: other, editedIn: mine, removedIn: theirs)
                continue
            }
            // Brought back whole (by an import) on one copy: the other's edits to the earlier
            // record, that the revival had not seen, go with it.
            if born != other.sync.stamp(key) {
                conflicts +=
                    born < other.sync.stamp(key)
                    ? lost(a, editedUnder: underMine[key] ?? [:], unseenBy: other, editedIn: mine, because: "brought back in \(theirs) as it was")
                    : other.lost(
                        b, editedUnder: underTheirs[key] ?? [:], unseenBy: self, editedIn: theirs, because: "brought back in \(mine) as it was")
                continue
            }
            guard a != b else { continue }
            for name in SupporterFields.differing(a, b) {
                let fieldKey = SupporterRecords.key(a.id, field: name)
                let stampA = max(underMine[key]?[fieldKey] ?? .zero, born), stampB = max(underTheirs[key]?[fieldKey] ?? .zero, born)
                // Each side changed it after the incarnation began, in a change the other had not seen.
                guard stampA > born, stampB > born, stampA > other.sync.seen[stampA.device] ?? .zero,
                    stampB > sync.seen[stampB.device] ?? .zero
                else { continue }
                let (valueA, valueB) = (SupporterFields.value(name, of: a), SupporterFields.value(name, of: b))
                let (kept, replaced, from) = stampA > stampB ? (valueA, valueB, mine) : (valueB, valueA, theirs)
                conflicts.append(
                    MergeConflict(
                        record: fieldKey,
                        description: "\(a.name)'s \(SupporterFields.label(name)): kept "
                            + "\(Self.shown(kept)) from \(from), replaced \(Self.shown(replaced))"))
            }
        }
        let mineByID = Set(supporters.map(\.id))
        for b in other.supporters where !mineByID.contains(b.id) {
            let key = SupporterRecords.key(b.id)
            conflicts += other.removal(of: b, editedUnder: underTheirs[key] ?? [:], removedBy: self, editedIn: theirs, removedIn: mine)
        }
        return conflicts
    }

    /// A supporter in this document that `remover` removed: the changes made here that the
    /// removal had not seen, and are not kept.
    private func removal(
        of supporter: Supporter, editedUnder stamps: [String: Stamp], removedBy remover: VaultDocument,
        editedIn: String, removedIn: String
    ) -> [MergeConflict] {
        let key = SupporterRecords.key(supporter.id)
        guard let removal = remover.sync.removed[key], removal >= sync.stamp(key) else { return [] }
        return lost(supporter, editedUnder: stamps, unseenBy: remover, editedIn: editedIn, because: "removed in \(removedIn)")
    }

    /// The changes made here to `supporter` (stamped `stamps`) that `other` had not seen, and
    /// that a merge does not keep `because` of what `other` did.
    private func lost(
        _ supporter: Supporter, editedUnder stamps: [String: Stamp], unseenBy other: VaultDocument, editedIn: String, because: String
    ) -> [MergeConflict] {
        let key = SupporterRecords.key(supporter.id)
        let unseen = stamps.filter { $0.value > other.sync.seen[$0.value.device] ?? .zero }.keys
        guard !unseen.isEmpty else { return [] }
        let fields = Set(unseen.compactMap { SupporterRecords.field(of: $0).map(SupporterFields.label) })
        let what = fields.sorted() + (unseen.contains { $0.contains("/agreement/") } ? ["an agreement"] : [])
        return [
            MergeConflict(
                record: key,
                description: "\(supporter.name): \(because); the changes made in \(editedIn) "
                    + "that it had not seen (\(what.joined(separator: ", "))) were not kept")
        ]
    }

    /// A field's value as a conflict shows it: quoted, shortened, or "nothing".
    private static func shown(_ value: String?) -> String {
        guard let value, !value.isEmpty else { return "nothing" }
        return "\"" + (value.count > 40 ? String(value.prefix(39)) + "…" : value) + "\""
    }
}
