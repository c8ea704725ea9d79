import Foundation
import Glibc
import Testing

/// The passphrase prompt through a real pseudo-terminal: no echo while typing, the terminal
/// restored afterwards, including after Ctrl-C.
@Suite struct PromptTests {
    let sandbox = Sandbox()

    private func initWithPrompt() -> PseudoTerminal {
        PseudoTerminal(
            ["init", "--vault", sandbox.vault, "--kdf-ops", "1", "--kdf-memory", "8KiB", "--no-recovery-key"],
            environment: sandbox.environment())
    }

    @Test func initAsksTwiceWithoutEchoAndRestoresTheTerminal() {
        let terminal = initWithPrompt()
        #expect(terminal.wait(for: "New passphrase"))
        #expect(!terminal.echoes)
        terminal.type("typed secret words\n")
        #expect(terminal.wait(for: "Repeat"))
        #expect(!terminal.echoes)
        terminal.type("typed secret words\n")
        #expect(terminal.finish() == 0)
        #expect(terminal.echoes)
        #expect(!terminal.transcript.contains("typed secret words"))
        #expect(terminal.transcript.contains("Created the vault"))
        sandbox.write("pass.txt", "typed secret words\n")
        #expect(sandbox.run(["verify", "--vault", sandbox.vault, "--passphrase-file", sandbox.file("pass.txt")]).status == 0)
    }

    @Test func verifyPromptsForThePassphrase() {
        sandbox.makeVault()
        let terminal = PseudoTerminal(["verify", "--vault", sandbox.vault], environment: sandbox.environment())
        #expect(terminal.wait(for: "Passphrase for"))
        terminal.type("correct horse battery\n")
        #expect(terminal.finish() == 0)
        #expect(!terminal.transcript.contains("correct horse"))
        #expect(terminal.transcript.contains("intact and opens"))
    }

    /// A repeat that differs, or a passphrase too short, is asked for again, three
    /// tries in all; then nothing is created.
    @Test func differentTypingsChangeNothing() {
        let terminal = initWithPrompt()
        for attempt in 1...3 {
            #expect(terminal.wait(for: "New passphrase", times: attempt))
            terminal.type("first version typed \(attempt)\n")
            #expect(terminal.wait(for: "Repeat", times: attempt))
            terminal.type("second version typed\n")
        }
        #expect(terminal.finish() == 64)
        #expect(terminal.transcript.contains("differ"))
        #expect(!FileManager.default.fileExists(atPath: sandbox.vault))
    }

    @Test func aShortPassphraseIsAskedForAgain() {
        let terminal = initWithPrompt()
        #expect(terminal.wait(for: "New passphrase"))
        terminal.type("short\n")
        #expect(terminal.wait(for: "New passphrase", times: 2), "\(terminal.transcript)")
        #expect(terminal.transcript.contains("try again"))
        terminal.type("long enough words\n")
        #expect(terminal.wait(for: "Repeat"))
        terminal.type("long enough words\n")
        #expect(terminal.finish() == 0, "\(terminal.transcript)")
    }

    /// A mistyped passphrase at the prompt is asked for again (three tries), and the
    /// message no longer suggests the file was tampered with.
    @Test func aWrongPassphraseAtThePromptIsAskedAgain() {
        sandbox.makeVault()
        let terminal = PseudoTerminal(["verify", "--vault", sandbox.vault], environment: sandbox.environment())
        #expect(terminal.wait(for: "Passphrase for"))
        terminal.type("correct horse batery\n")
        #expect(terminal.wait(for: "Passphrase for", times: 2), "\(terminal.transcript)")
        #expect(terminal.transcript.contains("wrong passphrase; try again (2 more)"))
        terminal.type("correct horse battery\n")
        #expect(terminal.finish() == 0, "\(terminal.transcript)")
        #expect(!terminal.transcript.contains("modified"))
    }

    @Test func ctrlCAtThePromptRestoresEcho() {
        let terminal = initWithPrompt()
        #expect(terminal.wait(for: "New passphrase"))
        #expect(!terminal.echoes)
        terminal.type("half typ")
        terminal.type("\u{03}")
        #expect(terminal.finish() == 128 + SIGINT)
        #expect(terminal.transcript.contains("cancelled, nothing saved"))
        #expect(terminal.echoes)
        #expect(!FileManager.default.fileExists(atPath: sandbox.vault))
    }

    /// A crash while echo is off must not leave the terminal silent.
    @Test func aCrashAtThePromptRestoresEcho() {
        let terminal = initWithPrompt()
        #expect(terminal.wait(for: "New passphrase"))
        #expect(!terminal.echoes)
        kill(terminal.process.pid, SIGSEGV)
        #expect(terminal.finish() == 70)
        #expect(terminal.echoes)
        #expect(terminal.transcript.contains("internal error"))
    }

    @Test func noInputNeverPrompts() {
        sandbox.makeVault()
        let terminal = PseudoTerminal(["verify", "--vault", sandbox.vault, "--no-input"], environment: sandbox.environment())
        #expect(terminal.finish() == 64)
        #expect(!terminal.transcript.contains("Passphrase for"))
    }

    @Test func addAsksTheConsiderationsAndEachCanBeSkipped() throws {
        sandbox.makeVault()
        let environment = sandbox.vaultEnvironment
        let terminal = PseudoTerminal(["add", "Robin"], environment: environment)
        let answers = [
            ("Who is Robin to you?", "friend"), ("outside work", ""), ("beforehand", "yes"), ("willing", "yes"),
            ("able", "unsure"), ("hearing about your work", "gets anxious about my safety"),
            ("your relationship", ""), ("available", "weekends"), ("worth remembering", ""),
        ]
        for (question, answer) in answers {
            #expect(terminal.wait(for: question), "no question about \(question): \(terminal.transcript)")
            terminal.type(answer + "\n")
        }
        #expect(terminal.finish() == 0, "\(terminal.transcript)")
        let record = try #require((sandbox.json(["show", "Robin"]) as? [String: Any])?["supporter"] as? [String: Any])
        #expect(record["sphere"] as? String == "personal")
        #expect(record["impactOnThem"] as? String == "gets anxious about my safety")
        #expect(record["impactOnRelationship"] == nil)
        #expect(record["availability"] as? String == "weekends")
        let agreement = try #require((record["agreements"] as? [[String: Any]])?.first)
        #expect(agreement["status"] as? String == "asked")
        #expect(agreement["able"] as? String == "unsure")
    }

    /// What they agreed to is never dropped (a kind, the start of one, or the user's
    /// own words), and a contradiction stops before more questions.
    @Test func agreeKeepsSupportInTheUsersWords() throws {
        sandbox.makeVault()
        let environment = sandbox.vaultEnvironment
        #expect(sandbox.cli(["add", "Robin", "--relationship", "friend", "--no-input"]).status == 0)
        let terminal = PseudoTerminal(["agree", "Robin"], environment: environment)
        for (question, answer) in [
            ("stand?", "agreed"), ("willing?", "y"), ("able?", "y"), ("agree to?", "listen"),
            ("  - ", "a coffee after bad home visits"), ("  - ", ""), ("limits?", ""),
        ] {
            #expect(terminal.wait(for: question), "no \(question): \(terminal.transcript)")
            terminal.type(answer + "\n")
        }
        #expect(terminal.finish() == 0, "\(terminal.transcript)")
        #expect(terminal.transcript.contains("kept in your words as other support: a coffee after bad home visits"))
        let record = try #require((sandbox.json(["show", "Robin"]) as? [String: Any])?["supporter"] as? [String: Any])
        let agreement = try #require((record["agreements"] as? [[String: Any]])?.last)
        #expect(agreement["support"] as? [String] == ["listening", "other"])
        #expect(agreement["otherSupport"] as? String == "a coffee after bad home visits")

        let contradiction = PseudoTerminal(["agree", "Robin", "--status", "agreed", "--willing", "yes", "--able", "no"], environment: environment)
        #expect(contradiction.finish() == 64)
        #expect(contradiction.transcript.contains("not able") && !contradiction.transcript.contains("agree to?"))
    }

    /// Ctrl-D or Ctrl-C at a question cancels the command, saying so; a half-answered
    /// record is never saved.
    @Test(arguments: ["\u{04}", "\u{03}"])
    func cancellingAQuestionSavesNothing(key: String) throws {
        sandbox.makeVault()
        let environment = sandbox.vaultEnvironment
        let before = sandbox.bytes(sandbox.vault)
        let terminal = PseudoTerminal(["add", "Robin"], environment: environment)
        #expect(terminal.wait(for: "Who is Robin to you?"))
        terminal.type("friend\n")
        #expect(terminal.wait(for: "outside work"))
        terminal.type(key)
        #expect(terminal.finish() == 130, "\(terminal.transcript)")
        #expect(terminal.transcript.contains("cancelled, nothing saved"))
        #expect(sandbox.bytes(sandbox.vault) == before)
    }

    /// A service is not a person: no willing-and-able or relationship questions, but
    /// what it offers, its hours and the way in through work; no nudge after, in check or review.
    @Test func aServiceIsAskedWhatAServiceNeeds() throws {
        sandbox.makeVault()
        let environment = sandbox.vaultEnvironment
        let terminal = PseudoTerminal(["add", "Employee Assistance", "--relationship", "helpline"], environment: environment)
        for (question, answer) in [
            ("or a service?", ""), ("offer?", "24/7 counselling, six free sessions"), ("open?", "24 hours"),
            ("through work", "HR intranet, code on the card"), ("phone number?", "0800 000 0000"),
            ("worth remembering", ""),
        ] {
            #expect(terminal.wait(for: question), "no \(question): \(terminal.transcript)")
            terminal.type(answer + "\n")
        }
        #expect(terminal.finish() == 0, "\(terminal.transcript)")
        for personal in ["willing", "your relationship", "hearing about your work", "not recorded asking"] {
            #expect(!terminal.transcript.contains(personal), "a service was asked about \(personal)")
        }
        let check = sandbox.cli(["check", "employee"])
        #expect(
            check.stdout.contains("Offers: 24/7 counselling") && check.stdout.contains("Hours: 24 hours")
                && check.stdout.contains("Through work: HR intranet") && check.stdout.contains("0800 000 0000"), "\(check.stdout)")
        #expect(!check.stdout.contains("Ask before you lean on them"))
        let concerned = (sandbox.json(["review"]) as? [[String: Any]] ?? []).compactMap { $0["supporter"] as? String }
        #expect(!concerned.contains("Employee Assistance"))
    }

    /// A recovery key kept on paper is typed at a prompt without echo, or piped in
    /// with `--recovery-key-file -`; it never has to go through a plaintext file.
    @Test func theRecoveryKeyCanBeTypedOrPiped() throws {
        sandbox.makeVault()
        let key = String(decoding: sandbox.bytes(sandbox.file("recovery.txt")), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let terminal = PseudoTerminal(["verify", "--vault", sandbox.vault, "--recovery-key"], environment: sandbox.environment())
        #expect(terminal.wait(for: "Recovery key for"))
        #expect(!terminal.echoes)
        terminal.type(key.lowercased() + "\n")
        #expect(terminal.finish() == 0, "\(terminal.transcript)")
        #expect(!terminal.transcript.lowercased().contains(key.lowercased()))
        let piped = sandbox.run(["verify", "--vault", sandbox.vault, "--recovery-key-file", "-"], input: key + "\n")
        #expect(piped.status == 0, "\(piped.stderr)")
    }

    /// An everyday word is understood ("husband" → "partner?"), and a choice says what
    /// Enter means.
    @Test func everydayWordsAreUnderstood() throws {
        sandbox.makeVault()
        let environment = sandbox.vaultEnvironment
        let terminal = PseudoTerminal(["add", "Chris", "--no-input"], environment: environment)
        #expect(terminal.finish() == 0)
        let asked = PseudoTerminal(["add", "Robin"], environment: environment)
        #expect(asked.wait(for: "Who is Robin to you?"))
        asked.type("husband\n")
        #expect(asked.wait(for: "partner? [yes/no]"), "\(asked.transcript)")
        asked.type("y\n")
        #expect(asked.wait(for: "Enter: personal]"), "\(asked.transcript)")
        asked.type("\n")
        #expect(asked.wait(for: "beforehand"))
        asked.type("\u{04}")
        #expect(asked.finish() == 130)
        #expect(sandbox.cli(["add", "Sam", "--relationship", "Wife", "--no-input"]).status == 0)
        let sam = try #require((sandbox.json(["show", "Sam"]) as? [String: Any])?["supporter"] as? [String: Any])
        #expect(sam["relationship"] as? String == "partner")
    }

    /// `remove` on a terminal asks first; anything but yes keeps the person.
    @Test func removeAsksFirst() throws {
        sandbox.makeVault()
        let environment = sandbox.vaultEnvironment
        #expect(sandbox.cli(["add", "Robin Shaw", "--relationship", "friend", "--no-input"]).status == 0)
        var terminal = PseudoTerminal(["remove", "robin"], environment: environment)
        #expect(terminal.wait(for: "Remove Robin Shaw? [yes/no]"), "\(terminal.transcript)")
        terminal.type("no\n")
        #expect(terminal.finish() == 0)
        #expect(terminal.transcript.contains("Kept Robin Shaw; nothing was changed."))
        #expect(sandbox.cli(["show", "Robin Shaw"]).status == 0)
        terminal = PseudoTerminal(["remove", "robin"], environment: environment)
        #expect(terminal.wait(for: "[yes/no]"))
        terminal.type("y\n")
        #expect(terminal.finish() == 0)
        #expect(sandbox.cli(["show", "Robin Shaw"]).status == 64)
    }

    @Test func flagsAreNotAskedAgain() throws {
        sandbox.makeVault()
        let environment = sandbox.vaultEnvironment
        let terminal = PseudoTerminal(
            [
                "add", "Kim", "--relationship", "colleague", "--sphere", "work", "--impact-on-them", "x",
                "--impact-on-relationship", "y", "--availability", "z",
            ], environment: environment)
        #expect(terminal.wait(for: "beforehand"))
        terminal.type("no\n")
        #expect(terminal.wait(for: "worth remembering"))
        terminal.type("\n")
        #expect(terminal.finish() == 0)
        #expect(!terminal.transcript.contains("Who is Kim"))
        #expect(terminal.transcript.contains("not recorded asking Kim beforehand"))
    }
}
