import Foundation
import Testing

@testable import Confidant

/// Issues 15 and 21: merging copies of one vault converges. Random edit sequences on two and
/// three replicas, with skewed and backward-stepping clocks and merges at random moments; then
/// every order of merging agrees, the merge is commutative, associative and idempotent, and the
/// final document holds, for every field of every supporter, the change with the latest stamp
/// (nothing acknowledged is lost but by a later edit of the same field or a removal of the
/// person), a person removed on any copy stays removed, every agreement recorded on a supporter
/// that remains, and every entry added to the plan.
@Suite struct ConvergenceTests {
    /// One replica: its document, its device and its clock's skew.
    struct Replica {
        var document: VaultDocument
        let device: String
        let skew: Double
    }

    /// The latest change of each field of each supporter seen so far: its stamp and value, by
    /// `supporter/ID#FIELD`.
    typealias Oracle = [String: (stamp: Stamp, value: String?)]

    @Test(arguments: [2, 3]) func randomEditsConverge(replicas count: Int) throws {
        for seed in UInt64(1)...150 {
            try check(seed: seed &* 7919 &+ UInt64(count), replicas: count)
        }
    }

    private func check(seed: UInt64, replicas count: Int) throws {
        var random = SeededGenerator(seed: seed)
        var base = VaultDocument(createdAt: Date(timeIntervalSince1970: 1_700_000_000))
        try base.addSupporter(Supporter(name: "Sam", relationship: .partner))
        var replicas = (0..<count).map { index in
            Replica(document: base, device: String(format: "%016x", index + 1), skew: Double.random(in: -5...5, using: &random))
        }
        var now = 1_800_000_000.0, oracle: Oracle = [:], agreements: [UUID: [(Agreement, Stamp)]] = [:], removed: Set<UUID> = []
        for step in 0..<40 {
            now += Double.random(in: 0...2, using: &random)
            let index = Int.random(in: 0..<count, using: &random)
            if Int.random(in: 0..<5, using: &random) == 0 {
                let other = Int.random(in: 0..<count, using: &random)
                replicas[index].document = replicas[index].document.converged(with: replicas[other].document)
                continue
            }
            let before = replicas[index].document
            var document = before
            var recorded: [UUID: [Agreement]] = [:]
            try edit(&document, step: step, random: &random, agreements: &recorded)
            let stamp = Stamp.next(
                after: document.sync.clock, device: replicas[index].device,
                now: Date(timeIntervalSince1970: now + replicas[index].skew))
            document.stampChanges(from: before, at: stamp, now: Date(timeIntervalSince1970: now))
            for (id, list) in recorded { agreements[id, default: []] += list.map { ($0, stamp) } }
            let after = Dictionary(document.supporters.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            for old in before.supporters where after[old.id] == nil { removed.insert(old.id) }
            for supporter in document.supporters {
                guard let previous = before.supporters.first(where: { $0.id == supporter.id }) else { continue }
                for field in ["name", "phone"] where SupporterFields.value(field, of: previous) != SupporterFields.value(field, of: supporter) {
                    let key = SupporterRecords.key(supporter.id, field: field)
                    if oracle[key].map({ $0.stamp < stamp }) ?? true { oracle[key] = (stamp, SupporterFields.value(field, of: supporter)) }
                }
            }
            replicas[index].document = document
        }
        let documents = replicas.map(\.document)
        let merged = documents.dropFirst().reduce(documents[0]) { $0.converged(with: $1) }
        for order in permutations(of: Array(documents.indices)) {
            let other = order.dropFirst().reduce(documents[order[0]]) { $0.converged(with: documents[$1]) }
            #expect(other == merged, "seed \(seed): merging in order \(order) differs")
        }
        #expect(documents[0].converged(with: documents[1]) == documents[1].converged(with: documents[0]), "seed \(seed): not commutative")
        if count == 3 {
            let (a, b, c) = (documents[0], documents[1], documents[2])
            #expect(a.converged(with: b).converged(with: c) == a.converged(with: b.converged(with: c)), "seed \(seed): not associative")
        }
        #expect(merged.converged(with: merged) == merged, "seed \(seed): not idempotent")
        for document in documents { #expect(merged.converged(with: document) == merged, "seed \(seed): merging a replica again changes it") }
        for (key, latest) in oracle {
            let id = try #require(SupporterRecords.supporterID(key)), field = String(key.split(separator: "#")[1])
            let present = merged.supporters.first { $0.id == id }
            if removed.contains(id) {
                #expect(present == nil, "seed \(seed): \(key) was removed on a copy, yet is here")
            } else {
                #expect(
                    present.map { SupporterFields.value(field, of: $0) } == latest.value,
                    "seed \(seed): \(key) should be \(latest.value ?? "nil"), is \(String(describing: present.map { SupporterFields.value(field, of: $0) }))"
                )
            }
        }
        // Plan entries added on any device (none is removed here) are all kept.
        let strategies = Set(documents.flatMap(\.plan.strategies))
        #expect(Set(merged.plan.strategies) == strategies, "seed \(seed): plan entries were lost")
        for supporter in merged.supporters {
            for (agreement, _) in agreements[supporter.id] ?? [] {
                #expect(supporter.agreements.contains(agreement), "seed \(seed): an agreement of \(supporter.name) was lost")
            }
        }
    }

    /// One random change, as a command would make it.
    private func edit(_ document: inout VaultDocument, step: Int, random: inout SeededGenerator, agreements: inout [UUID: [Agreement]]) throws {
        let someone = document.supporters.randomElement(using: &random)
        switch Int.random(in: 0..<8, using: &random) {
        case 0:
            try document.addSupporter(Supporter(name: "Person \(step)-\(random.next() % 1000)", relationship: .friend))
        case 1 where someone != nil:
            var edit = SupporterEdit()
            if Bool.random(using: &random) { edit.name = "Renamed \(step)-\(random.next() % 1000)" } else { edit.phone = "0770 \(step)" }
            _ = try document.editSupporter(someone!.id, edit)
        case 2 where someone != nil:
            _ = try document.removeSupporter(someone!.id)
        case 3 where someone != nil:
            var draft = AgreementDraft()
            draft.status = [.agreed, .paused, .asked].randomElement(using: &random)
            draft.on = Day("2026-0\(Int.random(in: 1...9, using: &random))-1\(step % 10)")
            let agreement = try document.recordAgreement(for: someone!.id, draft, today: Day("2026-11-27")!)
            agreements[someone!.id, default: []].append(agreement)
        case 4:
            _ = try document.addTerms(["Client \(step)"], kind: .client, note: nil)
        case 5 where !document.terms.isEmpty:
            _ = try document.removeTerms([document.terms.randomElement(using: &random)!.term])
        case 6:
            try document.recordCheckIn(CheckIn(on: Day("2026-11-\(10 + step % 17)")!, ratings: [.impactOnMe: step % 5]), today: Day("2026-11-27")!)
        default:
            try document.addToPlan(.strategy, "strategy \(step)")
            try document.setBoundaries([(topic: "hobbies", level: [.share, .care, .never].randomElement(using: &random)!)], reset: false)
        }
    }

    private func permutations(of items: [Int]) -> [[Int]] {
        guard items.count > 1 else { return [items] }
        return items.indices.flatMap { index in
            var rest = items
            let first = rest.remove(at: index)
            return permutations(of: rest).map { [first] + $0 }
        }
    }

    /// The dry run lists what a merge would change, by record, with names.
    @Test func changesAreListedByRecord() throws {
        var base = VaultDocument()
        try base.addSupporter(Supporter(name: "Sam", relationship: .partner))
        var other = base
        try other.addSupporter(Supporter(name: "Dev", relationship: .friend))
        other.stampChanges(from: base, at: Stamp(wall: 5, counter: 0, device: "02"), now: Date(timeIntervalSince1970: 0))
        let changes = base.changes(to: base.converged(with: other))
        #expect(changes.map(\.kind) == [.added])
        #expect(changes.first?.label == "supporter Dev")
    }
}
