import Foundation

/// Supporters as a merge sees them: each supporter's record without its agreement history under
/// `supporter/ID`, and each agreement on its own under `supporter/ID/agreement/DIGEST`, so a
/// concurrent edit of the person and of their agreements keeps both, and an agreement goes only
/// with the person. Every change to a supporter stamps their record, so the record is never
/// older than an agreement under it; a supporter lives when their latest record is later than
/// their removal, an agreement when it is later than its own removal and the person's. These
/// rules keep every merge order in agreement (ConvergenceTests). A supporter that is the same on
/// both sides, with nothing removed under it, is taken whole, so a write or a merge of large
/// vaults costs a comparison per supporter, not a key per agreement.
struct SupporterRecords: SyncedRecordKind {
    func keys(in document: VaultDocument) -> [String] {
        document.supporters.flatMap { supporter in [Self.key(supporter.id)] + supporter.agreements.map { Self.key(supporter.id, $0) } }
    }

    func changes(from old: VaultDocument, to new: VaultDocument) -> (changed: [String], removed: [String]) {
        let before = Dictionary(old.supporters.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var changed: [String] = [], removed: [String] = [], seen = Set<UUID>()
        for supporter in new.supporters {
            seen.insert(supporter.id)
            guard let previous = before[supporter.id] else {
                changed += [Self.key(supporter.id)] + supporter.agreements.map { Self.key(supporter.id, $0) }
                continue
            }
            guard previous != supporter else { continue }
            // Any change stamps the person's record too, so a record is never older than an
            // agreement under it: a supporter alive through a new agreement has a live record.
            changed.append(Self.key(supporter.id))
            // Counted, not only compared: the same agreement recorded again (within the second it
            // is dated to) is news too.
            let was = Dictionary(previous.agreements.map { (Self.key(supporter.id, $0), 1) }, uniquingKeysWith: +)
            let now = Dictionary(supporter.agreements.map { (Self.key(supporter.id, $0), 1) }, uniquingKeysWith: +)
            changed += now.filter { $0.value > was[$0.key] ?? 0 }.map(\.key)
            removed += was.keys.filter { now[$0] == nil }
        }
        for supporter in old.supporters where !seen.contains(supporter.id) {
            removed += [Self.key(supporter.id)] + supporter.agreements.map { Self.key(supporter.id, $0) }
        }
        return (changed, removed)
    }

    func converge(_ result: inout VaultDocument, mine: VaultDocument, theirs: VaultDocument) {
        let left = Dictionary(mine.supporters.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let right = Dictionary(theirs.supporters.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // Supporters with a tombstone under them, on either side.
        let touched = Set(mine.sync.removed.keys.compactMap(Self.supporterID) + theirs.sync.removed.keys.compactMap(Self.supporterID))
        var supporters: [Supporter] = []
        for id in Set(left.keys).union(right.keys) {
            let key = Self.key(id)
            if let a = left[id], let b = right[id], a == b, !touched.contains(id), mine.sync.stamp(key) == theirs.sync.stamp(key) {
                supporters.append(a)
                continue
            }
            let versions = [left[id].map { ($0, mine.sync.stamp(key)) }, right[id].map { ($0, theirs.sync.stamp(key)) }].compactMap { $0 }
            let winner = versions.count == 2 && Self.later(versions[1], than: versions[0]) ? versions[1] : versions[0]
            let removal = [mine.sync.removed[key], theirs.sync.removed[key]].compactMap { $0 }.max()
            if let removal, removal >= winner.1 { continue }
            var supporter = winner.0
            var agreements: [String: Agreement] = [:]
            for (side, document) in [(left[id], mine), (right[id], theirs)] {
                for agreement in side?.agreements ?? [] {
                    let agreementKey = Self.key(id, agreement)
                    // An agreement goes with its own removal, or the person's after it.
                    let removed = [mine.sync.removed[agreementKey], theirs.sync.removed[agreementKey], removal].compactMap { $0 }.max()
                    if let removed, removed >= document.sync.stamp(agreementKey) { continue }
                    agreements[agreementKey] = agreement
                }
            }
            supporter.agreements = agreements.sorted { ($0.value.recordedAt, $0.value.on, $0.key) < ($1.value.recordedAt, $1.value.on, $1.key) }
                .map(\.value)
            supporters.append(supporter)
        }
        result.supporters = supporters.sorted { ($0.createdAt, UUIDText.format($0.id)) < ($1.createdAt, UUIDText.format($1.id)) }
    }

    /// Whether version `a` is later than `b`: by stamp, then by `updatedAt`, then by content.
    private static func later(_ a: (Supporter, Stamp), than b: (Supporter, Stamp)) -> Bool {
        if a.1 != b.1 { return a.1 > b.1 }
        if sameApartFromAgreements(a.0, b.0) { return false }
        if a.0.updatedAt != b.0.updatedAt { return a.0.updatedAt > b.0.updatedAt }
        return fields(a.0) > fields(b.0)
    }

    private static func sameApartFromAgreements(_ a: Supporter, _ b: Supporter) -> Bool {
        var (a, b) = (a, b)
        (a.agreements, b.agreements) = ([], [])
        return a == b
    }

    /// The supporter's own fields as text, in a fixed order (sharing by topic), to break a tie.
    private static func fields(_ supporter: Supporter) -> String {
        let optional = [supporter.phone, supporter.email, supporter.availability, supporter.notes, supporter.impactOnThem,
                        supporter.impactOnRelationship, supporter.offers, supporter.access].map { $0 ?? "\u{0}" }
        let sharing = supporter.sharing.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.rawValue)" }
        return ([supporter.name, supporter.relationship.rawValue, supporter.sphere.rawValue] + optional + sharing).joined(separator: "\u{1}")
    }

    static func key(_ id: UUID) -> String { "supporter/" + UUIDText.format(id) }

    /// An agreement's key: named by a digest of its content, so the same agreement on two copies
    /// is one record.
    static func key(_ id: UUID, _ agreement: Agreement) -> String {
        let text = [agreement.status.rawValue, agreement.on.description, agreement.willing?.rawValue ?? "-", agreement.able?.rawValue ?? "-",
                    agreement.support.map(\.rawValue).joined(separator: ","), agreement.otherSupport ?? "\u{0}",
                    agreement.limits.joined(separator: "\u{2}"), agreement.reviewOn?.description ?? "-",
                    Timestamp.format(agreement.recordedAt)].joined(separator: "\u{1}")
        return key(id) + "/agreement/" + SyncedRecords.digest(text)
    }

    /// The supporter a key of this kind names, if it is one.
    private static func supporterID(_ key: String) -> UUID? {
        guard key.hasPrefix("supporter/") else { return nil }
        return UUIDText.parse(String(key.dropFirst(10).prefix(36)))
    }
}
