import Foundation
import Testing

/// The passphrase is asked before any confidential text, and text that holds
/// it is refused, never kept and never shown back. Through a real pseudo-terminal, as a tired
/// user types.
@Suite struct PassphraseFirstTests {
    let sandbox = Sandbox()
    let passphrase = "correct horse battery"

    /// The sandbox's vault, asked for its passphrase at the terminal (no source in the environment).
    private func prompting(_ arguments: [String]) -> PseudoTerminal {
        sandbox.makeVault()
        sandbox.cli(["add", "Sam", "--relationship", "partner"])
        return PseudoTerminal(arguments + ["--vault", sandbox.vault], environment: sandbox.environment())
    }

    /// Types the passphrase where it belongs, first.
    private func unlock(_ terminal: PseudoTerminal) {
        #expect(terminal.wait(for: "Passphrase for"), "\(terminal.transcript)")
        terminal.type(passphrase + "\n")
    }

    /// Only the terminal's own echo of what was typed at the wrong prompt shows it: Confidant
    /// never prints it back.
    private func shownOnlyAsTyped(_ terminal: PseudoTerminal, typedAtWrongPrompt times: Int) {
        #expect(terminal.transcript.components(separatedBy: passphrase).count - 1 == times, "\(terminal.transcript)")
    }

    @Test func termsAddAsksThePassphraseFirstAndRefusesIt() throws {
        let terminal = prompting(["terms", "add"])
        unlock(terminal)
        #expect(terminal.wait(for: "Protected term"))
        terminal.type(passphrase + "\n")
        #expect(terminal.wait(for: "holds your passphrase, so it was not kept"))
        terminal.type("Darren Pike\n\n")
        // What he goes by: the common short forms are offered.
        #expect(terminal.wait(for: "Does Darren Pike go by a short name (daz, dazza"), "\(terminal.transcript)")
        terminal.type("dazza\n\n")
        #expect(terminal.finish() == 0, "\(terminal.transcript)")
        shownOnlyAsTyped(terminal, typedAtWrongPrompt: 1)
        let terms = try #require(sandbox.json(["terms", "list"]) as? [[String: Any]])
        #expect(terms.compactMap { $0["term"] as? String } == ["Darren Pike"])
        #expect(terms.first?["goesBy"] as? [String] == ["dazza"])
    }

    @Test func aNoteAtAddRefusesThePassphrase() throws {
        let terminal = prompting(["add", "Robin", "--relationship", "friend", "--sphere", "personal"])
        unlock(terminal)
        for (question, times, answer) in [
            ("beforehand", 1, "no"), ("hearing about your work", 1, passphrase), ("hearing about your work", 2, "worries"),
            ("your relationship", 1, ""), ("available", 1, ""), ("worth remembering", 1, ""),
        ] {
            #expect(terminal.wait(for: question, times: times), "no question about \(question): \(terminal.transcript)")
            terminal.type(answer + "\n")
        }
        #expect(terminal.finish() == 0, "\(terminal.transcript)")
        shownOnlyAsTyped(terminal, typedAtWrongPrompt: 1)
        let record = try #require((sandbox.json(["show", "Robin"]) as? [String: Any])?["supporter"] as? [String: Any])
        #expect(record["impactOnThem"] as? String == "worries")
    }

    @Test func aCheckInNoteRefusesThePassphrase() throws {
        let terminal = prompting([
            "checkin", "--impact-on-me", "2", "--impact-on-relationships", "1", "--rest-and-sleep", "2", "--switching-off", "3",
            "--responsibility", "1", "--happened", "none",
        ])
        unlock(terminal)
        #expect(terminal.wait(for: "A line about how you are?"), "\(terminal.transcript)")
        terminal.type(passphrase + "\n")
        #expect(terminal.wait(for: "holds your passphrase"))
        terminal.type("\n")
        #expect(terminal.finish() == 0, "\(terminal.transcript)")
        shownOnlyAsTyped(terminal, typedAtWrongPrompt: 1)
        let checkIns = try #require(sandbox.json(["checkin", "--list"]) as? [[String: Any]])
        #expect(checkIns.count == 1 && checkIns[0]["note"] == nil)
    }

    @Test func aDraftIsAskedForAfterThePassphraseAndRefusedWhenItHoldsIt() {
        let terminal = prompting(["check", "sam", "--draft", "-"])
        unlock(terminal)
        #expect(terminal.wait(for: "Type or paste the message"), "\(terminal.transcript)")
        terminal.type("hi love, the vault one is \(passphrase) if you need it\n\u{04}")
        #expect(terminal.finish() == 64, "\(terminal.transcript)")
        #expect(terminal.transcript.contains("the draft holds your passphrase, so nothing was saved or shown"))
        shownOnlyAsTyped(terminal, typedAtWrongPrompt: 1)
    }

    @Test func termsOnStandardInputOrTheCommandLineAreRefusedToo() throws {
        sandbox.makeVault()
        let piped = sandbox.cli(["terms", "add", "-"], input: "Zoë Adams\n\(passphrase)\n")
        #expect(piped.status == 64)
        #expect(!piped.stderr.contains(passphrase) && !piped.stdout.contains(passphrase))
        #expect((sandbox.json(["terms", "list"]) as? [Any])?.isEmpty == true)
        let given = sandbox.cli(["plan", "add", "strategy", "my passphrase is \(passphrase)"])
        #expect(given.status == 64)
        #expect(!given.stderr.contains(passphrase))
    }
}
