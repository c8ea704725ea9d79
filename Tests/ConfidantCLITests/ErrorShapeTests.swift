import Foundation
import Testing

/// Every error is one line saying what happened and one hint that is true for that
/// situation, in one format, ArgumentParser's own errors included.
@Suite struct ErrorShapeTests {
    let sandbox = Sandbox()

    /// The error paths a tired user walks into, each with a word its hint must hold.
    private var cases: [(arguments: [String], status: Int32, hint: String)] {
        let export = sandbox.file("export.age")
        return [
            (["agree", "Sam", "--on", "27/11/2026"], 64, "confidant agree --help"),
            (["frobnicate"], 64, "confidant --help"),
            (["add"], 64, "confidant add --help"),
            (["check"], 64, "confidant check --help"),
            (["show", "nobody"], 64, "confidant list"),
            (["restore", "nosuch"], 66, "confidant backups"),
            (["restore", export], 64, "confidant import"),
            (["check", "Sam", "--draft", sandbox.file("missing.txt")], 64, "check the path"),
            (["list", "--passphrase-file", sandbox.file("missing.txt")], 64, "check the path"),
            (["export", "--out", export, "--recipient", "age1xmwwc06ly3ee5rytxm9mflaz2u56jjj36s0mypdrwsvlul66mv4q47ryef"], 73, "--force"),
            (["verify", "--passphrase-file", sandbox.file("wrong.txt")], 77, "recovery-key-file"),
            (["agree", "Sam", "--status", "agreed", "--willing", "no"], 64, "confidant help"),
            (["add", "sam okafor", "--relationship", "friend", "--no-input"], 64, "`confidant edit 'Sam Okafor'`"),
        ]
    }

    @Test func everyErrorIsOneLineAndOneHint() throws {
        sandbox.makeVault()
        sandbox.write("wrong.txt", "not the passphrase at all\n")
        #expect(sandbox.cli(["add", "Sam", "--relationship", "partner", "--no-input"]).status == 0)
        #expect(sandbox.cli(["add", "Sam Okafor", "--relationship", "partner", "--no-input"]).status == 0)
        let recipient = ["--recipient", "age1xmwwc06ly3ee5rytxm9mflaz2u56jjj36s0mypdrwsvlul66mv4q47ryef"]
        #expect(sandbox.cli(["export", "--out", sandbox.file("export.age")] + recipient).status == 0)
        for (arguments, status, hint) in cases {
            let outcome = sandbox.cli(arguments)
            let lines = outcome.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(outcome.status == status, "\(arguments): exit \(outcome.status)")
            #expect(
                lines.count == 2 && lines.first?.hasPrefix("confidant: ") == true && lines.last?.hasPrefix("hint: ") == true,
                "\(arguments): \(outcome.stderr)")
            #expect(lines.last?.contains(hint) == true, "\(arguments): the hint lacks \(hint): \(outcome.stderr)")
            #expect(outcome.stdout.isEmpty)
        }
    }
}
