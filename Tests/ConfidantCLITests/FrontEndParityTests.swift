import Confidant
import Foundation
import Sodium
import Testing

@testable import ConfidantWeb

/// The page and the command line are two front ends on one library: a person's page says what
/// `check NAME` prints, line for line, because both take their words from the same `Confidant`
/// views. A rule changed there changes both; a front end that grew its own wording fails here.
@Suite struct FrontEndParityTests {
    let sandbox = Sandbox()

    @Test func aPersonsPageSaysWhatCheckPrints() throws {
        sandbox.makeVault()
        sandbox.cli(["add", "Sam Okafor", "--relationship", "partner", "--phone", "07700 900123", "--availability", "evenings", "--no-input"])
        sandbox.cli([
            "agree", "Sam", "--status", "agreed", "--willing", "yes", "--able", "unsure", "--support", "listening", "--support", "debrief",
            "--limit", "not after 10pm", "--no-input",
        ])
        sandbox.cli(["terms", "add", "-", "--kind", "client"], input: "Darren Pike\n")
        let printed = sandbox.cli(["check", "Sam"]).stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The facts: after the name, up to the blank line before the sharing levels.
        let facts = Array(printed.dropFirst().prefix { !$0.isEmpty })
        #expect(facts.count >= 5, "\(printed)")
        #expect(printed.contains { $0.hasPrefix("Protected terms:") })

        let passphrase = try PassphraseRules.normalized(SecureBytes(copying: Array("correct horse battery".utf8)))
        let document = try VaultAccess(path: sandbox.vault).open { .passphrase(passphrase) }.document
        let sam = try #require(document.supporters.first)
        let page = PersonPage.render(Briefing(for: sam, in: document), sam).text
        for line in facts + printed.filter({ $0.hasPrefix("Protected terms:") || $0.hasPrefix("Remember") }) {
            #expect(page.contains(HTML.escape(line)), "the page does not say: \(line)")
        }
    }
}
