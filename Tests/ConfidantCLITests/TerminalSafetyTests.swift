import Confidant
import Foundation
import Sodium
import Testing

@testable import ConfidantCLI

/// An imported name carrying OSC 52 (a clipboard write) and a line erase
/// reached the terminal. Such names are now refused on input and import; a vault written before
/// that may still hold them, and nothing the CLI prints lets them through.
@Suite struct TerminalSafetyTests {
    let sandbox = Sandbox()
    static let hostile = "Eve\u{1B}]52;c;ZXZpbA==\u{07}\u{1B}[2K\u{9B}31m\u{202E}reverse"

    @Test func storedEscapesNeverReachTheTerminal() throws {
        sandbox.write("pass.txt", "correct horse battery\n")
        var document = VaultDocument()
        var supporter = Supporter(name: Self.hostile, relationship: .friend)
        supporter.notes = "line\u{1B}[1Aup"
        document.supporters = [supporter]
        let passphrase = try PassphraseRules.normalized(SecureBytes(copying: Array("correct horse battery".utf8)))
        try VaultAccess(path: sandbox.vault).create(
            NewVault(
                document: document, passphrase: passphrase,
                parameters: Argon2id.Parameters(opsLimit: 1, memoryBytes: 8192), recoveryKey: false))
        for command in [["list"], ["show", "eve"], ["review"], ["check", "eve"], ["show", "eve", "--history"], ["show", "nobody"]] {
            let outcome = sandbox.cli(command)
            for text in [outcome.stdout, outcome.stderr] {
                #expect(!text.contains("\u{1B}]"), "\(command) printed an OSC sequence")
                #expect(
                    !text.contains("\u{1B}[2K") && !text.contains("\u{1B}[1A") && !text.contains("\u{9B}") && !text.contains("\u{202E}"),
                    "\(command) printed a control sequence")
            }
        }
    }

    @Test func namesAndTermsWithControlsAreRefusedOnInput() {
        sandbox.makeVault()
        #expect(sandbox.cli(["add", Self.hostile]).status == 64)
        #expect(sandbox.cli(["terms", "add", "Darren\u{1B}[2KPike"]).status == 64)
        #expect(sandbox.cli(["add", "Sam"]).status == 0)
        #expect(sandbox.cli(["edit", "Sam", "--rename", "Sam\u{200B}Okafor"]).status == 64)
    }

    @Test(arguments: [
        ("plain text", "plain text"), ("tab\tand\nline", "tab\tand\nline"), ("\u{1B}[31mred\u{1B}[0m", "\u{1B}[31mred\u{1B}[0m"),
        ("\u{1B}]52;c;eA==\u{07}", "?]52;c;eA==?"), ("\u{1B}[2K", "?[2K"), ("a\u{9B}b", "a?b"), ("r\u{202E}l", "rl"), ("cr\r", "cr?"),
    ])
    func onlyColourCodesSurvive(text: String, shown: String) {
        #expect(TerminalText.safe(text) == shown)
    }
}
