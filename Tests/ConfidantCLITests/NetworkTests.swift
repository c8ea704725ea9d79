import Foundation
import Testing

/// The support-network commands through the built binary, on real vault files.
@Suite struct NetworkTests {
    let sandbox = Sandbox()

    init() {
        sandbox.makeVault()
    }

    private func supporters() -> [[String: Any]] { sandbox.json(["list"]) as? [[String: Any]] ?? [] }

    @Test func addListShowEditRemove() throws {
        #expect(
            sandbox.cli([
                "add", "Sam Taylor", "--relationship", "friend", "--phone", "07700 900123", "--availability", "evenings",
                "--impact-on-them", "worries when I go quiet", "--note", "met at college",
            ]).status == 0)
        #expect(sandbox.cli(["add", "Priya", "--relationship", "supervisor"]).status == 0)
        let rows = supporters()
        #expect(rows.map { $0["name"] as? String } == ["Priya", "Sam Taylor"])
        #expect(rows.map { $0["sphere"] as? String } == ["work", "personal"])
        #expect(rows.map { $0["status"] as? String } == ["not-asked", "not-asked"])
        let listed = sandbox.cli(["list"])
        #expect(listed.stdout.contains("Sam Taylor  friend"))

        let shown = try #require(sandbox.json(["show", "sam"]) as? [String: Any])
        let record = try #require(shown["supporter"] as? [String: Any])
        #expect(record["phone"] as? String == "07700 900123")
        #expect(record["impactOnThem"] as? String == "worries when I go quiet")
        #expect((shown["sharing"] as? [String: String])?["identities"] == "never")

        #expect(sandbox.cli(["edit", "sam", "--phone", "", "--rename", "Sam T", "--sphere", "work"]).status == 0)
        let edited = try #require((sandbox.json(["show", "Sam T"]) as? [String: Any])?["supporter"] as? [String: Any])
        #expect(edited["phone"] == nil)
        #expect(edited["sphere"] as? String == "work")

        #expect(sandbox.cli(["remove", "priya"]).status == 0)
        #expect(supporters().map { $0["name"] as? String } == ["Sam T"])
    }

    /// A service is asked other questions than a person, but nothing given as a flag is dropped.
    @Test func aServiceKeepsEveryDetailGivenAsAFlag() throws {
        let added = sandbox.cli([
            "add", "EAP", "--relationship", "counsellor", "--offers", "six sessions", "--impact-on-them", "none",
            "--availability", "weekdays",
        ])
        #expect(added.status == 0)
        let record = try #require((sandbox.json(["show", "EAP"]) as? [String: Any])?["supporter"] as? [String: Any])
        #expect(record["sphere"] as? String == "service")
        #expect(record["offers"] as? String == "six sessions")
        #expect(record["impactOnThem"] as? String == "none")
        #expect(record["availability"] as? String == "weekdays")
    }

    @Test func addWithoutAskingSaysWhyItMatters() {
        let outcome = sandbox.cli(["add", "Alex", "--relationship", "friend"])
        #expect(outcome.stdout.contains("not recorded asking Alex beforehand"))
        #expect(outcome.stdout.contains("confidant agree Alex"))
    }

    /// Every suggested command is pasted into real shells (dash as /bin/sh, and bash) and must
    /// record the agreement for exactly the person it names, whatever is in the name.
    @Test(arguments: ["/bin/sh", "/bin/bash"])
    func suggestedCommandsSurviveBeingPasted(shell: String) throws {
        let names = ["O'Brien", #"Jo "JJ" Smith"#, "$HOME Jones", "-Bob", "Zoë `id` Adams", "Ann; touch pwned", #"Back\slash"#, "Sam"]
        for name in names { #expect(sandbox.cli(["add", "--relationship", "friend", "--", name]).status == 0, "\(name)") }
        let items = try #require(sandbox.json(["review"]) as? [[String: Any]])
        let commands = items.filter { $0["kind"] as? String == "never-asked" }.compactMap { $0["command"] as? String }
        #expect(commands.count == names.count)
        for command in commands {
            // `confidant` in the pasted line runs the binary under test ($0 of the shell).
            let outcome = sandbox.run(
                [], environment: ["CONFIDANT_VAULT": sandbox.vault, "CONFIDANT_PASSPHRASE_FILE": sandbox.file("pass.txt")],
                through: [shell, "-c", #"confidant() { "$0" "$@"; }; "# + command])
            #expect(outcome.status == 0, "\(command): \(outcome.stderr)")
        }
        let list = try #require(sandbox.json(["list"]) as? [[String: Any]])
        #expect(Set(list.compactMap { $0["name"] as? String }) == Set(names))
        #expect(list.allSatisfy { $0["status"] as? String == "agreed" })
        #expect(!FileManager.default.fileExists(atPath: sandbox.file("pwned")))
    }

    @Test func agreementsKeepTheirHistory() throws {
        sandbox.cli(["add", "Sam", "--relationship", "partner"])
        let agreed = sandbox.cli([
            "agree", "Sam", "--status", "agreed", "--willing", "yes", "--able", "unsure", "--support", "listening",
            "--support", "debrief", "--limit", "not after 10pm", "--limit", "no details about cases involving children",
            "--on", "2026-05-01",
        ])
        #expect(agreed.status == 0, "\(agreed.stderr)")
        #expect(agreed.stdout.contains("review on 2026-11-01"))
        #expect(sandbox.cli(["agree", "Sam", "--status", "paused", "--on", "2026-06-01", "--review-in", "2w"]).status == 0)
        let shown = try #require(sandbox.json(["show", "Sam", "--history"]) as? [String: Any])
        let agreements = try #require((shown["supporter"] as? [String: Any])?["agreements"] as? [[String: Any]])
        #expect(agreements.map { $0["status"] as? String } == ["agreed", "paused"])
        #expect(agreements[1]["limits"] as? [String] == ["not after 10pm", "no details about cases involving children"])
        #expect(agreements[1]["reviewOn"] as? String == "2026-06-15")
        #expect((shown["events"] as? [Any])?.count == 3)
        let human = sandbox.cli(["show", "Sam", "--history"]).stdout
        #expect(human.contains("agreement of 2026-05-01: agreed"))
    }

    @Test func checkIsOneScreenBeforeACall() throws {
        sandbox.cli([
            "add", "Sam", "--relationship", "partner", "--impact-on-them", "sleeps badly after hearing about it",
            "--impact-on-relationship", "our evenings become about my work", "--phone", "07700 900123",
            "--availability", "evenings, not after 10pm",
        ])
        sandbox.cli(["agree", "Sam", "--status", "agreed", "--support", "listening", "--limit", "not after 10pm", "--on", "2025-01-01"])
        sandbox.cli(["terms", "add", "Darren Pike", "Zoë Adams"])
        let check = sandbox.cli(["check", "sam"])
        #expect(check.status == 0)
        for expected in [
            "Reach: 07700 900123", "Available: evenings, not after 10pm", "Agreement: agreed on 2025-01-01",
            "not after 10pm", "Review: overdue since 2025-07-01", "Never:", "identities", "Protected terms: 2",
            "sleeps badly", "our evenings",
        ] {
            #expect(check.stdout.contains(expected), "check lacks \(expected)")
        }
        #expect(!check.stdout.contains("Darren"))
        #expect(check.stdout.split(separator: "\n").count <= 15)
        let json = try #require(sandbox.json(["check", "sam"]) as? [String: Any])
        #expect((json["review"] as? [String: Any])?["overdue"] as? Bool == true)
        #expect(json["protectedTerms"] as? Int == 2)
        #expect(json["phone"] as? String == "07700 900123")
        #expect(json["never"] as? [String] == ["case-details", "identities", "offence-details", "case-material", "risk-decisions"])
    }

    @Test func aDeclinedSisterIsSaidSoWhereverSheIsNamed() throws {
        // Check, check --draft, export --supporter and the plan say it.
        sandbox.cli(["add", "Kate", "--relationship", "family"])
        sandbox.cli(["add", "Sam", "--relationship", "partner"])
        sandbox.cli(["agree", "Sam", "--status", "agreed", "--willing", "yes", "--able", "unsure"])
        #expect(sandbox.cli(["plan", "add", "person", "Kate"]).status == 0)
        sandbox.cli(["agree", "Kate", "--status", "declined", "--on", "2026-03-02", "--limit", "not about work"])
        let said = "Kate declined on 2026-03-02 — their limit: not about work. Not someone to lean on"
        #expect(sandbox.cli(["check", "kate"]).stdout.contains(said))
        let draft = sandbox.cli(["check", "kate", "--draft", "-"], input: "i want to die tonight\n")
        #expect(draft.status == 0)
        // Beside the support, gently: who said they would be there, not a warning away from her.
        #expect(draft.stdout.contains("Kate said on 2026-03-02 that they cannot be the one you lean on about the work; the people above said"))
        #expect(sandbox.cli(["check", "kate", "--draft", "-"], input: "long day\n").stdout.contains(said))
        #expect(draft.stdout.contains("Sam (partner) — they were unsure whether they are able"))
        #expect(!draft.stdout.contains("Kate (family)"))
        let json = try #require(sandbox.json(["check", "kate", "--draft", sandbox.write("d.txt", "long day\n")]) as? [String: Any])
        #expect((json["agreement"] as? [String: Any])?["canLeanOn"] as? Bool == false)
        #expect(sandbox.cli(["export", "--supporter", "kate"]).stdout.contains("Where it stands: declined, on 2026-03-02."))
        let plan = sandbox.cli(["plan"]).stdout
        #expect(plan.contains("Not to lean on now:\n  " + said))
        #expect(!plan.contains("  Kate (family)"))
        let refused = sandbox.cli(["plan", "add", "person", "Sam"])
        #expect(refused.status == 0)
        sandbox.cli(["plan", "remove", "person", "Kate"])
        let again = sandbox.cli(["plan", "add", "person", "Kate"])
        #expect(again.status == 64)
        #expect(again.stderr.contains("Kate declined on 2026-03-02"))
    }

    @Test func shareChangesLimitsForOnePerson() throws {
        sandbox.cli(["add", "Priya", "--relationship", "supervisor"])
        #expect(sandbox.cli(["share", "Priya", "--never", "workload", "--allow", "case-details"]).status == 0)
        var json = try #require(sandbox.json(["check", "Priya"]) as? [String: Any])
        #expect(json["never"] as? [String] == ["workload"])
        #expect((json["share"] as? [String])?.contains("case-details") == true)
        #expect(sandbox.cli(["share", "Priya", "--add-topic", "my-health", "--meaning", "my own health", "--care", "my-health"]).status == 0)
        json = try #require(sandbox.json(["check", "Priya"]) as? [String: Any])
        #expect((json["care"] as? [String])?.contains("my-health") == true)
        #expect(sandbox.cli(["share", "Priya", "--reset"]).status == 0)
        json = try #require(sandbox.json(["check", "Priya"]) as? [String: Any])
        #expect((json["never"] as? [String])?.isEmpty == true)
    }

    @Test func clientBoundariesAreShownAndEditable() throws {
        let boundaries = try #require(sandbox.json(["check", "--clients"]) as? [[String: Any]])
        let levels = Dictionary(uniqueKeysWithValues: boundaries.map { ($0["topic"] as! String, $0["level"] as! String) })
        #expect(
            levels == [
                "hobbies": "share", "conflict-examples": "share", "family-general": "care", "family-situation": "never",
                "sexuality": "never", "victim-experience": "never", "home-and-routines": "never",
            ])
        #expect(sandbox.cli(["share", "--clients", "--never", "family-general"]).status == 0)
        let changed = try #require(sandbox.json(["check", "--clients"]) as? [[String: Any]])
        #expect(changed.first { $0["topic"] as? String == "family-general" }?["level"] as? String == "never")
        #expect(sandbox.cli(["check", "--clients"]).stdout.contains("where you live and your routines"))
    }

    @Test func termsAddImportListRemove() throws {
        #expect(sandbox.cli(["terms", "add", "Darren Pike", "AB123456", "--kind", "client", "--note", "fictional"]).status == 0)
        sandbox.write("terms.txt", "# names from the team list\nZoë Adams\n\ndarren pike\nHollow Lane\n")
        let imported = sandbox.cli(["terms", "import", sandbox.file("terms.txt"), "--kind", "place"])
        #expect(imported.stdout.contains("Added 2 protected terms (1 already there)"))
        #expect(sandbox.cli(["terms", "import", "-", "--kind", "victim"], input: "Mary Jones\n").status == 0)
        let listed = try #require(sandbox.json(["terms", "list"]) as? [[String: Any]])
        #expect(listed.compactMap { $0["term"] as? String } == ["AB123456", "Darren Pike", "Hollow Lane", "Mary Jones", "Zoë Adams"])
        #expect(sandbox.cli(["terms", "remove", "hollow lane", "AB123456"]).status == 0)
        #expect((sandbox.json(["terms", "list"]) as? [Any])?.count == 3)
    }

    @Test func reviewNamesWhatNeedsAttentionWithCommands() throws {
        sandbox.cli(["add", "Sam", "--relationship", "partner"])
        sandbox.cli(["add", "Jo", "--relationship", "colleague"])
        sandbox.cli(["agree", "Jo", "--status", "declined"])
        let items = try #require(sandbox.json(["review"]) as? [[String: Any]])
        let kinds = items.compactMap { $0["kind"] as? String }
        // Jo's no is an answer: nothing to do about it.
        #expect(kinds == ["never-asked", "gap-outside-work", "gap-fewer-than-two", "gap-inside-work", "gap-no-service", "backups-on-vault-disk"])
        #expect(items.allSatisfy { ($0["command"] as? String)?.hasPrefix("confidant ") == true })
        #expect(sandbox.cli(["review"]).status == 0)
        let dueSoon = sandbox.cli(["list", "--due"])
        #expect(dueSoon.stdout.contains("No agreement is due"))
    }
}
