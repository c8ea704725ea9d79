import Foundation
import Testing

/// `check --draft` through the binary: exit codes, stdin, --strict, --json, --clients, and the
/// draft never reaching the disk.
@Suite struct DraftCheckTests {
    let sandbox = Sandbox()

    init() {
        sandbox.makeVault()
        sandbox.cli(["add", "Sam", "--relationship", "partner"])
        sandbox.cli(["add", "Priya", "--relationship", "supervisor"])
        sandbox.cli(["terms", "add", "Darren Pike", "Zoë Adams"])
    }

    @Test func aNeverFindingIsExit1() {
        sandbox.write("draft.txt", "Hi love,\nrough day, Zoe Adams's mum rang twice.\n")
        let outcome = sandbox.cli(["check", "sam", "--draft", sandbox.file("draft.txt")])
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains("2:12"))
        #expect(outcome.stdout.contains("protected term \"Zoë Adams\""))
        #expect(outcome.stdout.contains("1 never"))
    }

    @Test func aCleanDraftIsExit0AndStdinWorks() {
        let outcome = sandbox.cli(["check", "sam", "--draft", "-"], input: "Rough day. Can we get a takeaway tonight?\n")
        #expect(outcome.status == 0, "\(outcome.stdout)")
        #expect(outcome.stdout.contains("nothing found"))
    }

    @Test func careFindingsCountOnlyWithStrict() {
        let draft = "Darren Pike again, and his risk assessment.\n"
        #expect(sandbox.cli(["check", "priya", "--draft", "-"], input: draft).status == 0)
        #expect(sandbox.cli(["check", "priya", "--draft", "-", "--strict"], input: draft).status == 1)
        #expect(sandbox.cli(["check", "sam", "--draft", "-"], input: draft).status == 1)
    }

    @Test func jsonListsEveryFinding() throws {
        let outcome = sandbox.cli(["check", "sam", "--draft", "-", "--json"], input: "call 07700 900123 about Darren Pike\n")
        #expect(outcome.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.map { $0["kind"] as? String } == ["detail", "term"])
        #expect(findings.first?["column"] as? Int == 6)
        #expect((json["summary"] as? [String: Int])?["never"] == 2)
    }

    @Test func clientBoundariesAreChecked() {
        let outcome = sandbox.cli(["check", "--clients", "--draft", "-"], input: "My husband says I live near the park.\n")
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains("family-situation"))
        #expect(outcome.stdout.contains("home-and-routines"))
        #expect(sandbox.cli(["check", "--clients", "--draft", "-"], input: "I like hiking.\n").status == 0)
    }

    @Test func badDraftInputIsAUsageError() {
        let before = sandbox.bytes(sandbox.vault)
        #expect(sandbox.cli(["check", "sam", "--draft", sandbox.file("missing.txt")]).status == 64)
        #expect(sandbox.cli(["check", "sam", "--strict"]).status == 64)
        #expect(sandbox.bytes(sandbox.vault) == before, "the vault changed")
    }

    @Test func theDraftNeverReachesTheDisk() throws {
        let marker = "DRAFTMARKER" + UUID().uuidString.prefix(8)
        let outcome = sandbox.cli(["check", "sam", "--draft", "-"], input: "nothing to see \(marker) here\n")
        #expect(outcome.status == 0)
        let enumerator = FileManager.default.enumerator(atPath: sandbox.path)
        while let name = enumerator?.nextObject() as? String {
            guard !name.hasPrefix(".std") else { continue }   // the test's own captured stdin and output
            #expect(!sandbox.bytes(sandbox.file(name)).contains(Array(marker.utf8)), "\(name) holds the draft")
        }
    }
}
