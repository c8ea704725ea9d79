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
        sandbox.cli(["add", "Nina Patel", "--relationship", "colleague"])
        sandbox.cli(["terms", "add", "Darren Pike", "Zoë Adams", "Darren Whitfield"])
    }

    /// The findings (text and level) and exit status of checking `draft` for Sam.
    func check(_ draft: String, _ extra: [String] = []) throws -> (status: Int32, found: [String: String]) {
        let outcome = sandbox.cli(["check", "sam", "--draft", "-", "--json"] + extra, input: draft)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any], "\(outcome.stderr)")
        let findings = try #require(json["findings"] as? [[String: Any]])
        return (outcome.status, Dictionary(findings.map { ($0["text"] as! String, $0["level"] as! String) }, uniquingKeysWith: { a, _ in a }))
    }

    /// Every miss a user met, as they met it, and the verdicts: what
    /// must now be found, and what must not (an everyday word in a draft about nothing from work,
    /// a supporter at work named without case content, the writer's own distress).
    @Test(
        arguments: [
            (
                "rough day, darren w's hearing got moved again and I had to see the photos", 1,
                ["darren w's": "never", "hearing": "never", "see the photos": "never"]
            ),
            ("he raped her", 1, ["he raped her": "never"]),
            ("whitfields", 1, ["whitfields": "never"]), ("D. Whitfield", 1, ["D. Whitfield": "never"]),
            ("Whitfield's hearing", 1, ["Whitfield's": "never", "hearing": "never"]), ("Darren Whitfeld", 1, ["Darren Whitfeld": "never"]),
            ("abused", 1, ["abused": "never"]), ("recalled", 1, ["recalled": "never"]), ("sentencing", 1, ["sentencing": "never"]),
            ("offended", 0, [:]), ("photos", 0, [:]), ("photographs", 0, [:]),
            ("victim", 1, ["victim": "never"]), ("offender", 1, ["offender": "never"]), ("sex offender", 1, ["sex offender": "never"]),
            ("IIOC", 1, ["IIOC": "never"]), ("the register", 0, [:]), ("on the register", 1, ["on the register": "never"]),
            ("his laptop", 0, [:]), ("Nina Patel was crying in the loos", 0, [:]),
            ("Nina Patel sat in when he admitted the assault", 1, ["Nina Patel": "never", "he admitted": "never", "assault": "never"]),
            ("my client tried to kill himself last night", 1, ["tried to kill himself": "never"]),
            ("i feel suicidal tonight, can u come home", 0, [:]),
        ] as [(String, Int32, [String: String])])
    func whatWasMissedIsFound(draft: String, status: Int32, found: [String: String]) throws {
        let result = try check(draft + "\n")
        #expect(result.status == status, "\(draft)")
        #expect(result.found == found, "\(draft)")
    }

    @Test func aCryForHelpIsAnsweredNotBlocked() throws {
        sandbox.cli(["agree", "sam", "--status", "agreed", "--willing", "yes", "--able", "yes"])
        let outcome = sandbox.cli(["check", "sam", "--draft", "-"], input: "been feeling suicidal again, cant cope, can u come home\n")
        #expect(outcome.status == 0)
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "This sounds like a very hard night.")
        #expect(outcome.stdout.contains("Samaritans: 116 123"))
        #expect(outcome.stdout.contains("Sam (partner)"))
        #expect(outcome.stdout.contains("Draft check for Sam: nothing found."))
        let json = try #require(sandbox.json(["check", "sam", "--draft", sandbox.write("night.txt", "i want to die\n")]) as? [String: Any])
        let support = try #require(json["support"] as? [String: Any])
        #expect((support["helplines"] as? [[String: Any]])?.first?["phone"] as? String == "116 123")
        let calm = try #require(sandbox.json(["check", "sam", "--draft", sandbox.write("day.txt", "long day x\n")]) as? [String: Any])
        #expect(calm["support"] is NSNull)
    }

    @Test func anEmptyDraftIsNeverAGreenLight() {
        sandbox.write("empty.txt", "")
        sandbox.write("blank.txt", "  \n\t\n")
        for source in [sandbox.file("empty.txt"), sandbox.file("blank.txt")] {
            let outcome = sandbox.cli(["check", "sam", "--draft", source])
            #expect(outcome.status == 64)
            #expect(outcome.stderr.contains("is empty: there is nothing to check"))
            #expect(!outcome.stdout.contains("nothing found"))
        }
        for input in ["", " \n"] {
            let outcome = sandbox.cli(["check", "sam", "--draft", "-"], input: input)
            #expect(outcome.status == 64)
            #expect(outcome.stderr.contains("the draft on standard input is empty"))
        }
    }

    @Test func aMessageGivenWhereAFileBelongsIsNeverRepeated() {
        let marker = "MSGMARKER" + UUID().uuidString.prefix(6)
        for arguments in [["check", "sam", "\(marker) was awful today"], ["check", "sam", "--draft", "\(marker) was awful today"]] {
            let outcome = sandbox.cli(arguments)
            #expect(outcome.status == 64)
            #expect(!outcome.stderr.contains(marker) && !outcome.stdout.contains(marker), "\(outcome.stderr)")
            #expect(outcome.stderr.contains("--draft -"))
        }
        #expect(sandbox.cli(["check", "sam", "--draft", sandbox.file("missing.txt")]).stderr.contains("cannot read the draft file"))
    }

    @Test func anUnquotedNameIsPointedOut() {
        let outcome = sandbox.cli(["terms", "add", "Jade", "Sullivan"])
        #expect(outcome.status == 0)
        #expect(outcome.stderr.contains("`confidant terms add 'Jade Sullivan'`"))
        #expect(!sandbox.cli(["terms", "add", "Kestrel Court", "--kind", "place"]).stderr.contains("note:"))
    }

    /// Inputs from the adversarial review: each refused with a clear error, never "nothing found".
    @Test func awkwardInputsAreRefusedClearly() throws {
        let environment = ["CONFIDANT_VAULT": sandbox.vault, "CONFIDANT_PASSPHRASE_FILE": sandbox.file("pass.txt")]
        let closed = sandbox.run(["check", "sam", "--draft", "-"], environment: environment, through: ["/bin/sh", "-c", "exec \"$0\" \"$@\" <&-"])
        #expect(closed.status == 64 && closed.stderr.contains("cannot read the draft on standard input"), "\(closed.stderr)")
        let utf16 = Data("Darren Whitfield raped Ellie".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        _ = FileManager.default.createFile(atPath: sandbox.file("utf16.txt"), contents: utf16)
        #expect(sandbox.cli(["check", "sam", "--draft", sandbox.file("utf16.txt")]).stderr.contains("not UTF-8"))
        for invisible in ["\u{200B}", "\u{AD} \u{2060}\n", "\u{2800}"] {
            #expect(sandbox.cli(["check", "sam", "--draft", "-"], input: invisible).status == 64, "\(invisible.debugDescription)")
        }
        let directory = sandbox.cli(["check", "sam", "--draft", sandbox.path])
        #expect(directory.status == 64 && directory.stderr.contains("Is a directory"))
        let devStdin = sandbox.cli(["check", "sam", "--draft", "/dev/stdin"], input: "Darren Pike\n")
        #expect(devStdin.status == 1)
        let full = sandbox.run(
            ["check", "sam", "--draft", "-"], environment: environment, input: "hello\n",
            through: ["/bin/sh", "-c", "exec \"$0\" \"$@\" >/dev/full"])
        #expect(full.status == 74 && full.stderr.contains("could not write the output"), "\(full.stderr)")
    }

    @Test func uselessTermsAndWordsAreRefused() {
        #expect(sandbox.cli(["terms", "add", ""]).status == 64)
        #expect(sandbox.cli(["terms", "add", "."]).status == 64)
        #expect(sandbox.cli(["share", "--add-word", "offence-details=~"]).status == 64)
        #expect(sandbox.cli(["share", "sam", "--clients", "--words"]).stderr.contains("not both"))
        #expect(sandbox.cli(["check", "--draft", "-"], input: "x\n").stderr.contains("say who this is for"))
    }

    @Test func toClientsStraightIsNotSexuality() throws {
        let outcome = sandbox.cli(["check", "--clients", "--draft", "-"], input: "I go straight to the gym\n")
        #expect(!outcome.stdout.contains("sexuality"))
        #expect(outcome.stdout.contains("home-and-routines"))
    }

    @Test func everyResultSaysWhatWasChecked() throws {
        let clean = sandbox.cli(["check", "sam", "--draft", "-"], input: "Rough day. Takeaway tonight?\n")
        #expect(
            clean.stdout.contains("nothing found.\nChecked against 3 protected terms, 2 names of people at work, 27 identifying-detail rules and "))
        let found = sandbox.cli(["check", "sam", "--draft", "-"], input: "Darren Pike\n")
        #expect(found.stdout.contains("Checked against 3 protected terms"))
        let json = try #require(sandbox.json(["check", "sam", "--draft", sandbox.write("d.txt", "hi\n")]) as? [String: Any])
        let checked = try #require(json["checked"] as? [String: Int])
        #expect(checked["protectedTerms"] == 3 && checked["workNames"] == 2 && checked["detailRules"] == 27)
        #expect((checked["topicWords"] ?? 0) > 150)
    }

    @Test func theWordsInForceAreListed() throws {
        let lists = try #require(sandbox.json(["share", "sam", "--words"]) as? [[String: Any]])
        let offences = try #require(lists.first { $0["topic"] as? String == "offence-details" })
        #expect(offences["level"] as? String == "never")
        #expect((offences["words"] as? [String])?.contains("rape") == true)
        #expect((offences["everydayWords"] as? [String])?.contains("offend") == true)
        #expect(lists.first { $0["topic"] as? String == "feelings" }?["checked"] as? Bool == false)
        let text = sandbox.cli(["share", "priya", "--words"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("With care:") && text.stdout.contains("risk assessment"))
        #expect(sandbox.cli(["share", "--words"]).status == 64)
        #expect(sandbox.cli(["share", "sam", "--words", "--never", "role"]).status == 64)
    }

    @Test func exactTermsAndTheFormsLine() throws {
        let added = sandbox.cli(["terms", "add", "Kyle Baker", "--kind", "victim"])
        #expect(added.stdout.contains("\"Kyle Baker\" is also found as \"Baker\", \"K. Baker\" and \"Kyle B.\""))
        #expect(try check("Mr Baker again\n").found == ["Baker": "never"])
        let exact = sandbox.cli(["terms", "add", "Lee Stone", "--exact"])
        #expect(exact.stdout.contains("found only as entered"))
        #expect(try check("Stone again\n").found.isEmpty)
        #expect(try check("Lee Stone's mum\n").found == ["Lee Stone's": "never"])
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
            guard !name.hasPrefix(".std") else { continue } // the test's own captured stdin and output
            #expect(!sandbox.bytes(sandbox.file(name)).contains(Array(marker.utf8)), "\(name) holds the draft")
        }
    }
}
