import Foundation

/// Supporters as a merge sees them (docs/SYNC.md). A supporter is one *incarnation*, stamped
/// `supporter/ID` when added (or brought back by an import after a removal); each of their fields
/// is stamped `supporter/ID#FIELD` when it changes (an absent field stamp reads as the
/// incarnation's), and each agreement is a record of its own, `supporter/ID/agreement/DIGEST`.
///
/// Two copies of the same incarnation merge field by field, the later change of each field
/// winning, and keep the agreements of both. A removal ends the incarnation with everything in
/// it, including edits made on a copy that had not seen the removal; the later incarnation wins
/// whole over an earlier one. These are a lexicographic product of a total order (the
/// incarnation) and a product of last-writer-wins registers, so every merge order agrees
/// (ConvergenceTests), and nothing of a removed person is kept but their tombstone.
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
            changed += SupporterFields.differing(previous, supporter).map { Self.key(supporter.id, field: $0) }
            // Counted, not only compared: the same agreement recorded again (within the second it
            // is dated to) is news too.
            let was = Dictionary(previous.agreements.map { (Self.key(supporter.id, $0), 1) }, uniquingKeysWith: +)
            let now = Dictionary(supporter.agreements.map { (Self.key(supporter.id, $0), 1) }, uniquingKeysWith: +)
            changed += now.filter { $0.value > was[$0.key] ?? 0 }.map(\.key)
            removed += was.keys.filter { now[$0] == nil }
        }
        for supporter in old.supporters where !seen.contains(supporter.id) { removed.append(Self.key(supporter.id)) }
        return (changed, removed)
    }

    func converge(_ result: inout VaultDocument, mine: VaultDocument, theirs: VaultDocument) {
        let left = Dictionary(mine.supporters.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let right = Dictionary(theirs.supporters.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let (underMine, underTheirs) = (Self.stampsUnder(mine), Self.stampsUnder(theirs))
        // The stamps under supporters are the merge's own: only those of the incarnation kept.
        var stamps = result.sync.stamps.filter { !$0.key.hasPrefix("supporter/") }
        var supporters: [Supporter] = []
        for id in Set(left.keys).union(right.keys) {
            let key = Self.key(id)
            let removal = [mine.sync.removed[key], theirs.sync.removed[key]].compactMap { $0 }.max()
            let sides = [left[id].map { ($0, mine, underMine[key] ?? [:]) }, right[id].map { ($0, theirs, underTheirs[key] ?? [:]) }]
                .compactMap { $0 }.filter { side in removal.map { side.1.sync.stamp(key) > $0 } ?? true }
            guard let born = sides.map({ $0.1.sync.stamp(key) }).max() else { continue }
            let kept = sides.filter { $0.1.sync.stamp(key) == born }
            if kept.count == 2, kept[0].0 != kept[1].0 || kept[0].2 != kept[1].2 {
                let (supporter, under) = Self.merged(
                    (kept[0].0, kept[0].2), (kept[1].0, kept[1].2), born: born, removed: [mine.sync.removed, theirs.sync.removed])
                supporters.append(supporter)
                stamps.merge(under) { _, new in new }
            } else {
                supporters.append(kept[0].0)
                stamps.merge(kept[0].2) { _, new in new }
            }
            if born != .zero { stamps[key] = born }
        }
        result.supporters = supporters.map { (order: ($0.createdAt, UUIDText.format($0.id)), supporter: $0) }.sorted { $0.order < $1.order }
            .map(\.supporter)
        result.sync.stamps = stamps
    }

    /// One incarnation held by both copies: each field from the copy that changed it later,
    /// agreements from both unless removed after they were recorded. Returns it with the stamps
    /// under it.
    private static func merged(
        _ a: (Supporter, [String: Stamp]), _ b: (Supporter, [String: Stamp]), born: Stamp,
        removed: [[String: Stamp]]
    ) -> (Supporter, [String: Stamp]) {
        let id = a.0.id
        // The earlier creation date (they can differ only in a damaged or hand-made copy); every
        // field is then set from the copy that changed it later.
        var supporter = a.0.createdAt <= b.0.createdAt ? a.0 : b.0, stamps: [String: Stamp] = [:]
        let (valuesA, valuesB) = (SupporterFields.values(of: a.0), SupporterFields.values(of: b.0))
        let stamped = Set(a.1.keys).union(b.1.keys).compactMap(Self.field(of:))
        for name in Set(SupporterFields.fixed.map(\.name)).union(valuesA.keys).union(valuesB.keys).union(stamped) {
            let fieldKey = key(id, field: name)
            let (stampA, stampB) = (max(a.1[fieldKey] ?? .zero, born), max(b.1[fieldKey] ?? .zero, born))
            let takeB = stampB != stampA ? stampB > stampA : Self.orders(valuesB[name], after: valuesA[name])
            SupporterFields.set(name, of: &supporter, to: takeB ? valuesB[name] : valuesA[name])
            if max(stampA, stampB) > born { stamps[fieldKey] = max(stampA, stampB) }
        }
        supporter.updatedAt = max(a.0.updatedAt, b.0.updatedAt)
        var agreements: [String: Agreement] = [:]
        for side in [a, b] {
            for agreement in side.0.agreements {
                let agreementKey = key(id, agreement)
                let stamp = side.1[agreementKey] ?? .zero
                if let removal = removed.compactMap({ $0[agreementKey] }).max(), removal >= stamp { continue }
                agreements[agreementKey] = agreement
                if stamp != .zero { stamps[agreementKey] = max(stamps[agreementKey] ?? .zero, stamp) }
            }
        }
        supporter.agreements = agreements.sorted { ($0.value.recordedAt, $0.value.on, $0.key) < ($1.value.recordedAt, $1.value.on, $1.key) }
            .map(\.value)
        return (supporter, stamps)
    }

    /// A fixed order of two values of one field stamped alike (changed before stamps existed):
    /// by their UTF-8 bytes, no value first. Not Swift's `>` on strings, which counts canonically
    /// equivalent spellings as equal and would let the merge order decide.
    static func orders(_ a: String?, after b: String?) -> Bool {
        let bytes = { (value: String?) -> [UInt8] in value.map { [UInt8(1)] + Array($0.utf8) } ?? [0] }
        let (x, y) = (bytes(a), bytes(b))
        return x != y && !x.lexicographicallyPrecedes(y)
    }

    /// The stamps of the fields and agreements of each supporter in `document`, by the
    /// supporter's key (`supporter/ID`).
    static func stampsUnder(_ document: VaultDocument) -> [String: [String: Stamp]] {
        var under: [String: [String: Stamp]] = [:]
        let length = key(UUID()).count
        for (key, stamp) in document.sync.stamps where key.hasPrefix("supporter/") && key.utf8.count > length {
            under[String(key.prefix(length)), default: [:]][key] = stamp
        }
        return under
    }

    static func key(_ id: UUID) -> String { "supporter/" + UUIDText.format(id) }

    /// A field's key: `supporter/ID#phone`, `supporter/ID#sharing/TOPIC`.
    static func key(_ id: UUID, field: String) -> String { key(id) + "#" + field }

    /// An agreement's key: named by a digest of its content, so the same agreement on two copies
    /// is one record.
    static func key(_ id: UUID, _ agreement: Agreement) -> String {
        let text = [
            agreement.status.rawValue, agreement.on.description, agreement.willing?.rawValue ?? "-", agreement.able?.rawValue ?? "-",
            agreement.support.map(\.rawValue).joined(separator: ","), agreement.otherSupport ?? "\u{0}",
            agreement.limits.joined(separator: "\u{2}"), agreement.reviewOn?.description ?? "-",
            Timestamp.format(agreement.recordedAt),
        ].joined(separator: "\u{1}")
        return key(id) + "/agreement/" + SyncedRecords.digest(text)
    }

    /// The field a key names (`phone` for `supporter/ID#phone`), if it names one.
    static func field(of key: String) -> String? {
        key.split(separator: "#", maxSplits: 1).dropFirst().first.map(String.init)
    }

    /// The supporter a key of this kind names, if it is one.
    static func supporterID(_ key: String) -> UUID? {
        guard key.hasPrefix("supporter/") else { return nil }
        return UUIDText.parse(String(key.dropFirst(10).prefix(36)))
    }
}
