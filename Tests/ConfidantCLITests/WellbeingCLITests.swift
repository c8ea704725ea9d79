import Confidant
import Foundation
import Sodium
import Testing

/// Through the binary: check-ins and the plan as a person uses them, what a note may
/// hold, the material answer never written, export and import, and schema 1 opened.
@Suite struct WellbeingCLITests {
    let sandbox = Sandbox()

    init() {
        sandbox.makeVault()
        _ = sandbox.cli(["terms", "add", "-", "--kind", "client"], input: "Darren Whitfield\n")
    }

    /// The decrypted document as its JSON text, read through the library.
    private func plaintext(_ vault: String? = nil) throws -> String {
        let opened = try VaultAccess(path: vault ?? sandbox.vault).open {
            .passphrase(try SecureBytes(copying: Array("correct horse battery".utf8)))
        }
        return try DocumentCodec.encode(opened.document).withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
    }

    @Test func aNoteNamingAClientIsRefusedWithTheFindingAndNothingSaved() throws {
        let before = sandbox.bytes(sandbox.vault)
        let refused = sandbox.cli(["checkin", "--impact-on-me", "3", "--note", "-"], input: "another evening thinking about whitfield\n")
        #expect(refused.status == 64, "\(refused.stderr)")
        #expect(refused.stdout.contains("whitfield") && refused.stdout.contains("not kept"), "\(refused.stdout)")
        #expect(refused.stderr.contains("nothing was saved"))
        #expect(!refused.stderr.contains("whitfield"))
        #expect(sandbox.bytes(sandbox.vault) == before)
        // An address is an identifying detail too.
        let address = sandbox.cli(["checkin", "--impact-on-me", "3", "--note", "-"], input: "the lad from flat 4, 22 acacia road again\n")
        #expect(address.status == 64 && address.stdout.contains("street address"), "\(address.stdout)")
        #expect(sandbox.bytes(sandbox.vault) == before)
        let kept = sandbox.cli(["checkin", "--impact-on-me", "3", "--note", "-"], input: "a long week; bed early tonight\n")
        #expect(kept.status == 0, "\(kept.stderr)")
        #expect(try plaintext().contains("bed early tonight"))
        #expect(sandbox.cli(["checkin", "--list"]).stdout.contains("bed early tonight"))
        let removed = sandbox.cli(["checkin", "--remove", Day.today.description])
        #expect(removed.status == 0 && removed.stdout.contains("Removed 1 check-in"), "\(removed.stderr)")
        #expect(!(try plaintext()).contains("bed early tonight"))
        #expect(sandbox.cli(["checkin", "--remove", Day.today.description]).status == 64)
    }

    /// A possible finding (a first name alone, a surname one letter off) may be nothing, but
    /// without a terminal nobody can say so: the check-in is refused. Plan entries likewise.
    @Test func possibleFindingsRefuseWithoutATerminal() {
        let before = sandbox.bytes(sandbox.vault)
        for note in ["Darren was fine today", "whitfeild is getting to me"] {
            let outcome = sandbox.cli(["checkin", "--impact-on-me", "1", "--note", "-"], input: note + "\n")
            #expect(outcome.status == 64 && outcome.stdout.contains("may name someone"), "\(note): \(outcome.stdout)")
        }
        #expect(sandbox.cli(["plan", "add", "sign", "-"], input: "Whitfield again\n").status == 64)
        #expect(sandbox.cli(["plan", "organisation", "workload", "--who", "-"], input: "Darren Whitfield\n").status == 64)
        #expect(sandbox.bytes(sandbox.vault) == before)
        // A contact's number and email are details by design, and are kept.
        let contact = sandbox.cli(["plan", "organisation", "employee-assistance", "--who", "-"], input: "0800 000 0000 or eap@example.org\n")
        #expect(contact.status == 0, "\(contact.stdout) \(contact.stderr)")
    }

    @Test func reminderPeriodsAsPeopleWriteThem() {
        for (typed, days) in [(["2w"], 14), (["2", "weeks"], 14), (["14"], 14), (["2W"], 14), (["1m"], 30)] {
            let outcome = sandbox.cli(["plan", "remind"] + typed)
            #expect(outcome.status == 0 && outcome.stdout.contains("for \(days) days"), "\(typed): \(outcome.stdout) \(outcome.stderr)")
        }
        #expect(sandbox.cli(["plan", "remind", "soon"]).status == 64)
        #expect(sandbox.cli(["plan", "remind", "off"]).stdout.contains("off"))
    }

    /// The answer about material is never stored, not even as a count: alone it saves nothing,
    /// with ratings it saves what `none` would, and it cannot be kept on request.
    @Test func theMaterialAnswerIsNeverWritten() throws {
        let before = sandbox.bytes(sandbox.vault)
        let alone = sandbox.cli(["checkin", "--happened", "material", "--no-input"])
        #expect(alone.status == 0 && alone.stdout.contains("Stop It Now") && alone.stdout.contains("not saved anywhere"), "\(alone.stdout)")
        #expect(alone.stdout.contains("nothing was saved"))
        #expect(sandbox.bytes(sandbox.vault) == before)
        #expect(sandbox.cli(["checkin", "--impact-on-me", "2", "--happened", "material", "--keep-event"]).status == 64)
        #expect(sandbox.cli(["checkin", "--impact-on-me", "2", "--happened", "material"]).status == 0)
        let text = try plaintext()
        #expect(!text.lowercased().contains("material"))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let checkIns = try #require(document["checkIns"] as? [[String: Any]])
        #expect(checkIns.count == 1 && (checkIns[0]["happened"] as? [String]) == [])
        // Nothing beside the vault (generations, lock, state) holds the word either; the
        // commands' captured output (.stdout-N, where the guidance was shown) is not the vault's.
        let files = FileManager.default.enumerator(atPath: sandbox.path)?.compactMap { $0 as? String } ?? []
        for file in files where !file.hasSuffix(".txt") && !file.hasPrefix(".std") {
            #expect(!String(decoding: sandbox.bytes(sandbox.file(file)), as: UTF8.self).contains("material"), "\(file)")
        }
        #expect(sandbox.cli(["checkin", "--impact-on-me", "2", "--happened", "reoffended", "--keep-event"]).status == 0)
        #expect(try plaintext().contains(#""happened":["reoffended"]"#))
    }

    @Test func persistentImpactPointsAtTheOrganisation() throws {
        _ = sandbox.cli(["add", "Priya Shah", "--relationship", "supervisor"])
        _ = sandbox.cli(["plan", "organisation", "counselling", "--who", "-"], input: "HR, ask for Ann\n")
        let day = { (ago: Int) in Day.today.adding(Period(.day, -ago)).description }
        for ago in [20, 10] { #expect(sandbox.cli(["checkin", "--impact-on-relationships", "4", "--on", day(ago)]).status == 0) }
        let third = sandbox.cli(["checkin", "--impact-on-me", "3"])
        #expect(third.stdout.contains("organisation can offer") && third.stdout.contains("HR, ask for Ann"), "\(third.stdout)")
        #expect(third.stdout.contains("Priya Shah (supervisor): not asked yet"))
        #expect(sandbox.cli(["review"]).stdout.contains("organisation can offer"))
        #expect(sandbox.cli(["plan"]).stdout.contains("organisation can offer"))
        let history = try #require(sandbox.json(["checkin", "--history", "--json"]) as? [String: Any])
        #expect(history["impactPersists"] as? Bool == true)
        #expect((history["weeks"] as? [Any])?.count == 8)
        #expect(sandbox.cli(["checkin", "--history"]).stdout.contains("Impact on you"))
    }

    @Test func plansAndCheckInsTravelInExports() throws {
        #expect(sandbox.cli(["plan", "add", "strategy", "-"], input: "time in nature\n").status == 0)
        #expect(sandbox.cli(["checkin", "--rest-and-sleep", "2"]).status == 0)
        sandbox.write("export-pass.txt", "export passphrase words\n")
        #expect(sandbox.cli(["export", "--out", sandbox.file("a.age"), "--export-passphrase-file", sandbox.file("export-pass.txt")]).status == 0)
        let other = Sandbox()
        other.makeVault()
        let arguments = ["import", sandbox.file("a.age"), "--export-passphrase-file", sandbox.file("export-pass.txt"), "--accept-foreign"]
        // A plan that changes comes in only with consent (a forged export's helplines).
        let unasked = other.cli(arguments)
        #expect(unasked.status == 64 && unasked.stderr.contains("the entries of your coping plan would change"), "\(unasked.stderr)")
        let imported = other.cli(arguments + ["--accept-weakening"])
        #expect(imported.status == 0 && imported.stdout.contains("check-ins: 1 added"), "\(imported.stdout) \(imported.stderr)")
        let plan = try #require(other.json(["plan", "--json"]) as? [String: Any])
        #expect(((plan["plan"] as? [String: Any])?["strategies"] as? [String]) == ["time in nature"])
    }

    /// docs/FORMAT.md's vector holds `{"schema":1}`: it opens, upgraded, with the starting plan.
    @Test func theFormatVectorOpensWithTheStartingPlan() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let format = try String(contentsOf: root.appendingPathComponent("docs/FORMAT.md"), encoding: .utf8)
        let hex = try #require(format.components(separatedBy: "## Test vector").last?.components(separatedBy: "```")[1]).filter { !$0.isWhitespace }
        let bytes = stride(from: 0, to: hex.count, by: 2).map { UInt8(hex.dropFirst($0).prefix(2), radix: 16)! }
        try FileManager.default.createDirectory(
            atPath: sandbox.file("vector"), withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        FileManager.default.createFile(atPath: sandbox.file("vector/vault.confidant"), contents: Data(bytes))
        sandbox.write("vector-pass.txt", "correct horse battery staple\n")
        let plan = sandbox.run([
            "plan", "--json", "--vault", sandbox.file("vector/vault.confidant"), "--passphrase-file", sandbox.file("vector-pass.txt"),
        ])
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(plan.stdout.contains("0808 1000 900") && plan.stdout.contains("116 123"))
    }

    /// The questions at a terminal: a rating out of range asked again, skips, and the answer
    /// about material shown its guidance and never saved.
    @Test func theCheckInQuestionsAtATerminal() throws {
        let terminal = PseudoTerminal(["checkin"], environment: sandbox.vaultEnvironment)
        // Five questions; the 9 is asked again, so the prompt shows six times.
        for (index, answer) in ["3", "", "9", "2", "", ""].enumerated() {
            #expect(terminal.wait(for: "[0-4]", times: index + 1))
            terminal.type(answer + "\n")
        }
        #expect(terminal.wait(for: "how you are"))
        terminal.type("\n")
        #expect(terminal.wait(for: "Did something particular happen?"))
        terminal.type("mat\n")
        #expect(terminal.finish() == 0)
        #expect(terminal.transcript.contains("a number from 0"))
        #expect(terminal.transcript.contains("cup of tea") && terminal.transcript.contains("not saved anywhere"))
        let history = try #require(sandbox.json(["checkin", "--history", "--json"]) as? [String: Any])
        let week = try #require((history["weeks"] as? [[String: Any]])?.last?["highest"] as? [String: Int])
        #expect(week == ["impact-on-me": 3, "rest-and-sleep": 2])
        #expect(!(try plaintext()).contains("material"))
    }
}
