import Foundation
import Sodium

/// One kind of record as a merge sees it: each record under its own key, compared whole, the
/// later change winning (`Converge`). The kinds are `all`.
protocol SyncedRecordKind: Sendable {
    /// The keys of records added or changed, and of records removed, between two documents.
    func changes(from old: VaultDocument, to new: VaultDocument) -> (changed: [String], removed: [String])
    /// The keys of the records of this kind in `document`.
    func keys(in document: VaultDocument) -> [String]
    /// Sets `result`'s records of this kind to the merge of `mine` and `theirs`.
    func converge(_ result: inout VaultDocument, mine: VaultDocument, theirs: VaultDocument)
}

/// Records of one type: how to list them by key, put them back in a canonical order, and break a
/// tie between two versions stamped alike.
struct Records<Value: Equatable & Encodable & Sendable>: SyncedRecordKind {
    let keyed: @Sendable (VaultDocument) -> [(key: String, value: Value)]
    let store: @Sendable (inout VaultDocument, [Value]) -> Void
    /// For versions with the same stamp (both changed before stamps existed): the later wins.
    let time: @Sendable (Value) -> Date
    /// Whether two documents hold the same records of this kind, answered without keying them
    /// (most writes change one kind; keying 10,000 terms on each would cost more than the write).
    var same: @Sendable (VaultDocument, VaultDocument) -> Bool = { _, _ in false }

    func keys(in document: VaultDocument) -> [String] { keyed(document).map(\.key) }

    func changes(from old: VaultDocument, to new: VaultDocument) -> (changed: [String], removed: [String]) {
        if same(old, new) { return ([], []) }
        let before = Self.dictionary(keyed(old)), after = Self.dictionary(keyed(new))
        return (after.filter { before[$0.key] != $0.value }.map(\.key), before.keys.filter { after[$0] == nil })
    }

    func converge(_ result: inout VaultDocument, mine: VaultDocument, theirs: VaultDocument) {
        let left = Self.dictionary(keyed(mine)), right = Self.dictionary(keyed(theirs))
        var values: [(value: Value, stamp: Stamp)] = []
        for key in Set(left.keys).union(right.keys) {
            let versions = [left[key].map { ($0, mine.sync.stamp(key)) }, right[key].map { ($0, theirs.sync.stamp(key)) }].compactMap { $0 }
            let winner =
                versions.count == 2 && made(versions[0], before: versions[1], { Self.bytes(versions[0].0) }, { Self.bytes(versions[1].0) })
                ? versions[1] : versions[0]
            let removal = [mine.sync.removed[key], theirs.sync.removed[key]].compactMap { $0 }.max()
            if let removal, removal >= winner.1 { continue }
            values.append((winner.0, winner.1))
        }
        // In the order they were made (as far as stamps tell), for kinds whose store keeps it, each
        // value's bytes made at most once (records written in one change share a stamp and a
        // time, and the sort would otherwise encode them at every comparison).
        var bytes: [[UInt8]?] = Array(repeating: nil, count: values.count)
        func bytesOf(_ index: Int) -> [UInt8] {
            if let encoded = bytes[index] { return encoded }
            let encoded = Self.bytes(values[index].value)
            bytes[index] = encoded
            return encoded
        }
        let order = values.indices.sorted { i, j in
            made((values[i].value, values[i].stamp), before: (values[j].value, values[j].stamp), { bytesOf(i) }, { bytesOf(j) })
        }
        store(&result, order.map { values[$0].value })
    }

    /// Whether version `a` was made before `b`: by stamp, then by its own time, then by its bytes
    /// (any total order will do, as long as every device uses the same one); `aBytes` and `bBytes`
    /// give the bytes, asked for only when it comes to them.
    private func made(_ a: (Value, Stamp), before b: (Value, Stamp), _ aBytes: () -> [UInt8], _ bBytes: () -> [UInt8]) -> Bool {
        if a.1 != b.1 { return a.1 < b.1 }
        if a.0 == b.0 { return false }
        if time(a.0) != time(b.0) { return time(a.0) < time(b.0) }
        return aBytes().lexicographicallyPrecedes(bBytes())
    }

    private static func bytes(_ value: Value) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return Array((try? encoder.encode([value])) ?? Data())
    }

    private static func dictionary(_ pairs: [(key: String, value: Value)]) -> [String: Value] {
        Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    }
}

enum SyncedRecords {
    static let epoch = Date(timeIntervalSince1970: 0)

    /// Every kind of record that can change, each under its own keys (`SupporterRecords` for
    /// supporters and their agreements).
    static let all: [any SyncedRecordKind] = [
        SupporterRecords(),
        Records<ProtectedTerm>(
            keyed: { $0.terms.map { (termKey($0), $0) } },
            store: { $0.terms = $1.map { (order: ($0.addedAt, UUIDText.format($0.id)), term: $0) }.sorted { $0.order < $1.order }.map(\.term) },
            time: \.addedAt, same: { $0.terms == $1.terms }),
        Records<CheckIn>(
            keyed: { $0.checkIns.map { ("checkin/" + UUIDText.format($0.id), $0) } },
            store: { $0.checkIns = $1.sorted { ($0.on, $0.recordedAt, UUIDText.format($0.id)) < ($1.on, $1.recordedAt, UUIDText.format($1.id)) } },
            time: \.recordedAt, same: { $0.checkIns == $1.checkIns }),
        // The coping plan entry by entry, so entries added on two devices are all kept.
        Records<String>(keyed: { $0.plan.signs.map { ("plan/sign/" + digest($0), $0) } }, store: { $0.plan.signs = $1 }, time: { _ in epoch }),
        Records<String>(
            keyed: { $0.plan.responses.map { ("plan/response/" + digest($0), $0) } }, store: { $0.plan.responses = $1 },
            time: { _ in epoch }),
        Records<String>(
            keyed: { $0.plan.strategies.map { ("plan/strategy/" + digest($0), $0) } }, store: { $0.plan.strategies = $1 },
            time: { _ in epoch }),
        Records<UUID>(
            keyed: { $0.plan.people.map { ("plan/person/" + UUIDText.format($0), $0) } }, store: { $0.plan.people = $1 },
            time: { _ in epoch }),
        Records<OrganisationContact>(
            keyed: { $0.plan.organisation.map { ("plan/organisation/" + $0.kind.rawValue, $0) } },
            store: { document, contacts in
                document.plan.organisation = OrganisationSupport.allCases.compactMap { kind in contacts.first { $0.kind == kind } }
            }, time: { _ in epoch }),
        Records<Helpline>(
            keyed: { $0.plan.helplines.map { ("plan/helpline/" + digest(NameKey.of($0.name)), $0) } },
            store: { $0.plan.helplines = $1 }, time: { _ in epoch }),
        Records<Int>(
            keyed: { $0.plan.checkInEvery.map { [("plan/remind", $0)] } ?? [] }, store: { $0.plan.checkInEvery = $1.first },
            time: { _ in epoch }),
        Records<Topic>(
            keyed: { $0.customTopics.map { ("topic/" + $0.name, $0) } },
            store: { $0.customTopics = $1.sorted { $0.name < $1.name } }, time: { _ in epoch }),
        Records<Topic>(
            keyed: { $0.customBoundaryTopics.map { ("boundary-topic/" + $0.name, $0) } },
            store: { $0.customBoundaryTopics = $1.sorted { $0.name < $1.name } }, time: { _ in epoch }),
        Records<BoundaryRecord>(
            keyed: { $0.boundaries.map { ("boundary/" + $0.key, BoundaryRecord(topic: $0.key, level: $0.value)) } },
            store: { $0.boundaries = Dictionary($1.map { ($0.topic, $0.level) }, uniquingKeysWith: { first, _ in first }) },
            time: { _ in epoch }),
        Records<WordListRecord>(
            keyed: { $0.topicWords.map { ("words/" + $0.key, WordListRecord(topic: $0.key, words: $0.value)) } },
            store: { $0.topicWords = Dictionary($1.map { ($0.topic, $0.words) }, uniquingKeysWith: { first, _ in first }) },
            time: { _ in epoch }),
    ]

    /// A protected term's key: named by its text as names are compared (`NameKey`), so the same
    /// term added on two devices is one term.
    static func termKey(_ term: ProtectedTerm) -> String { "term/" + digest(NameKey.of(term.term)) }

    /// A short digest of `text`, to name a record by its content.
    static func digest(_ text: String) -> String {
        Hex.lowercase(BLAKE2b.hash256(Array(text.utf8)).prefix(12))
    }

    /// One disclosure boundary, as a record.
    struct BoundaryRecord: Equatable, Encodable, Sendable {
        let topic: String
        let level: SharingLevel
    }

    /// One topic's changed word list, as a record.
    struct WordListRecord: Equatable, Encodable, Sendable {
        let topic: String
        let words: [String]
    }
}
