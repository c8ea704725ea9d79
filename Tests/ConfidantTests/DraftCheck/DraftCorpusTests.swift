import Foundation
import Testing

@testable import Confidant

/// The labelled corpus of Tests/ConfidantTests/Corpus/drafts.json: fictional messages written the
/// way tired people write, each with the verdict it must get for its reader (docs/DRAFT-CHECK.md,
/// "How well"):
///
/// - `never`: a leak, which must get a finding at never (exit 1);
/// - `pass`: clean, which must not be blocked, and should not be flagged at all;
/// - `support`: the writer's own distress, which must never be blocked nor flagged, and should be
///   answered with support;
/// - `notice`: someone from work the vault does not know, whose name must get a finding.
///
/// The figures are printed by category and quoted in docs/DRAFT-CHECK.md; the test fails below:
/// leaks caught at never 95%, clean drafts blocked 3%, clean drafts flagged 10%, unlisted names
/// noticed 70%, distress blocked or flagged 0%, distress answered with support 95% (a goodbye
/// said in a few soft words, "sorry for everything x", is not always read). With the environment
/// variable CONFIDANT_CORPUS_REPORT set to a file, every draft that missed is written there.
@Suite struct DraftCorpusTests {
    struct Corpus: Decodable {
        struct Term: Decodable { let term: String, kind: TermKind }
        struct Person: Decodable { let name: String, relationship: Relationship }
        struct Message: Decodable {
            let `for`: String, category: String, expect: Expect, text: String, spans: [String]
        }
        enum Expect: String, Decodable { case never, pass, support, notice }
        let terms: [Term]
        let supporters: [Person]
        let readers: [String: String]
        let messages: [Message]
    }

    /// How one group of drafts fared.
    struct Tally {
        var drafts = 0, caught = 0, caughtAnyLevel = 0, blocked = 0, flagged = 0, supported = 0, noticed = 0

        mutating func add(_ other: Tally) {
            drafts += other.drafts; caught += other.caught; caughtAnyLevel += other.caughtAnyLevel; blocked += other.blocked
            flagged += other.flagged; supported += other.supported; noticed += other.noticed
        }
    }

    static func load(_ name: String) throws -> Corpus {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus/\(name)")
        return try JSONDecoder().decode(Corpus.self, from: Data(contentsOf: url))
    }

    /// The corpus's vault and a scanner for each reader.
    static func scanners(_ corpus: Corpus) throws -> [String: DraftScanner] {
        var document = VaultDocument()
        for term in corpus.terms { _ = try document.addTerms([term.term], kind: term.kind, note: nil) }
        for person in corpus.supporters { document.supporters.append(Supporter(name: person.name, relationship: person.relationship)) }
        var scanners = ["clients": DraftScanner(document: document, supporter: nil)]
        for (reader, name) in corpus.readers {
            scanners[reader] = DraftScanner(document: document, supporter: try #require(document.supporters.first { $0.name == name }))
        }
        return scanners
    }

    /// Runs every message; returns the tally by expectation and category, and the misses.
    static func run(_ corpus: Corpus) throws -> (tallies: [String: Tally], misses: [String]) {
        let scanners = try scanners(corpus)
        var tallies: [String: Tally] = [:], misses: [String] = []
        for message in corpus.messages {
            let scanner = try #require(scanners[message.for], "unknown reader \(message.for)")
            let verdict = scanner.check(message.text)
            var tally = Tally(drafts: 1)
            let never = verdict.findings.filter { $0.level == .never }
            tally.caught = never.isEmpty ? 0 : 1
            tally.caughtAnyLevel = verdict.findings.isEmpty ? 0 : 1
            tally.blocked = tally.caught
            tally.flagged = tally.caughtAnyLevel
            tally.supported = verdict.support == nil ? 0 : 1
            tally.noticed = message.spans.contains { span in verdict.findings.contains { $0.text.contains(span) || span.contains($0.text) } } ? 1 : 0
            let missed =
                switch message.expect {
                case .never: tally.caught == 0
                case .pass: tally.flagged == 1 || tally.supported == 1
                case .support: tally.supported == 0 || tally.flagged == 1
                case .notice: tally.noticed == 0
                }
            if missed {
                let shown = verdict.findings.map { "\($0.level.rawValue) \"\($0.text)\" (\($0.reason))" }.joined(separator: "; ")
                misses.append(
                    "\(message.expect.rawValue) \(message.category) [\(message.for)] \(message.text.debugDescription) → "
                        + (shown.isEmpty ? "nothing" : shown) + (verdict.support == nil ? "" : " +support"))
            }
            tallies[message.expect.rawValue, default: Tally()].add(tally)
            tallies["\(message.expect.rawValue)/\(message.category)", default: Tally()].add(tally)
        }
        return (tallies, misses)
    }

    /// One line a group: "never/typos: 25 drafts, caught at never 24 (96.0%), at any level 25".
    static func report(_ tallies: [String: Tally]) -> [String] {
        func percent(_ part: Int, _ whole: Int) -> String { String(format: "%.1f%%", 100 * Double(part) / Double(max(whole, 1))) }
        return tallies.keys.sorted().map { key in
            let tally = tallies[key]!
            switch key.split(separator: "/").first! {
            case "never":
                return
                    "\(key): \(tally.drafts) drafts, caught at never \(tally.caught) (\(percent(tally.caught, tally.drafts))), at any level \(tally.caughtAnyLevel) (\(percent(tally.caughtAnyLevel, tally.drafts)))"
            case "pass":
                return
                    "\(key): \(tally.drafts) drafts, blocked \(tally.blocked) (\(percent(tally.blocked, tally.drafts))), flagged \(tally.flagged) (\(percent(tally.flagged, tally.drafts))), support shown \(tally.supported)"
            case "support":
                return
                    "\(key): \(tally.drafts) drafts, answered with support \(tally.supported) (\(percent(tally.supported, tally.drafts))), blocked \(tally.blocked), flagged \(tally.flagged)"
            default: return "\(key): \(tally.drafts) drafts, name noticed \(tally.noticed) (\(percent(tally.noticed, tally.drafts)))"
            }
        }
    }

    @Test func verdictsMeetTheTargets() throws {
        let corpus = try Self.load("drafts.json")
        #expect(corpus.messages.count >= 600)
        let (tallies, misses) = try Self.run(corpus)
        for line in Self.report(tallies) { print("draft corpus: \(line)") }
        if let path = ProcessInfo.processInfo.environment["CONFIDANT_CORPUS_REPORT"] {
            try misses.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
        let leaks = try #require(tallies["never"]), clean = try #require(tallies["pass"])
        let distress = try #require(tallies["support"]), unlisted = try #require(tallies["notice"])
        #expect(Double(leaks.caught) >= 0.95 * Double(leaks.drafts), "leaks caught at never: \(leaks.caught) of \(leaks.drafts)")
        #expect(Double(clean.blocked) <= 0.03 * Double(clean.drafts), "clean drafts blocked: \(clean.blocked) of \(clean.drafts)")
        #expect(Double(clean.flagged) <= 0.10 * Double(clean.drafts), "clean drafts flagged: \(clean.flagged) of \(clean.drafts)")
        #expect(Double(unlisted.noticed) >= 0.70 * Double(unlisted.drafts), "unlisted names noticed: \(unlisted.noticed) of \(unlisted.drafts)")
        #expect(
            Double(distress.supported) >= 0.95 * Double(distress.drafts) && distress.flagged == 0,
            "distress: support \(distress.supported) of \(distress.drafts), blocked \(distress.blocked)")
    }

    /// Drafts written by someone who never saw the check's code or the corpus above, and kept
    /// apart from its tuning: the figures are printed and quoted in docs/DRAFT-CHECK.md as the
    /// honest measure on unseen writing. The test fails only far below the targets (a change that
    /// breaks the check outright), since tuning to these drafts would spoil them.
    @Test func heldOutDraftsAreMeasured() throws {
        let corpus = try Self.load("held-out.json")
        let (tallies, misses) = try Self.run(corpus)
        for line in Self.report(tallies) where !line.contains("/") { print("held-out corpus: \(line)") }
        if let path = ProcessInfo.processInfo.environment["CONFIDANT_HELD_OUT_REPORT"] {
            try misses.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
        let leaks = try #require(tallies["never"]), clean = try #require(tallies["pass"])
        #expect(Double(leaks.caught) >= 0.6 * Double(leaks.drafts), "leaks caught at never: \(leaks.caught) of \(leaks.drafts)")
        #expect(Double(clean.blocked) <= 0.2 * Double(clean.drafts), "clean drafts blocked: \(clean.blocked) of \(clean.drafts)")
    }
}
