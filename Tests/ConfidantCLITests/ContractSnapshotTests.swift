import Foundation
import Testing

/// The command line's promises (docs/CLI.md): every command's `--help` and the shape of every
/// `--json` output (its fields and their types, not their values) are compared with the
/// snapshots in `Snapshots/`, so a flag or field renamed or dropped by accident fails here and a
/// change on purpose shows in review. `CONFIDANT_UPDATE_SNAPSHOTS=1 swift test --filter
/// ContractSnapshotTests` rewrites them.
@Suite struct ContractSnapshotTests {
    let sandbox = Sandbox()
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    static let updating = ProcessInfo.processInfo.environment["CONFIDANT_UPDATE_SNAPSHOTS"] == "1"

    /// Compares `text` with the snapshot `name`, or writes it when updating.
    private func matches(_ text: String, snapshot name: String) throws {
        let url = Self.folder.appendingPathComponent(name)
        if Self.updating {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected, "\(name) differs from its snapshot; rewrite with CONFIDANT_UPDATE_SNAPSHOTS=1 if on purpose")
    }

    /// Every command path, found by reading the SUBCOMMANDS of each help page.
    private func commands(under path: [String] = []) -> [[String]] {
        let help = sandbox.run(["help"] + path).stdout
        guard let section = help.range(of: "SUBCOMMANDS:\n") else { return [path] }
        // The section runs to its first blank line; a command starts two spaces in.
        let lines = help[section.upperBound...].split(separator: "\n", omittingEmptySubsequences: false).prefix { !$0.isEmpty }
        let names = lines.compactMap { line -> String? in
            guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
            return line.split(separator: " ").first.map(String.init)
        }.filter { $0 != "help" && !path.contains($0) }
        return [path] + names.flatMap { commands(under: path + [$0]) }
    }

    @Test func everyCommandsHelpIsAsPromised() throws {
        let all = commands()
        #expect(all.count > 30, "\(all)")
        for path in all {
            let help = sandbox.run(["help"] + path)
            #expect(help.status == 0)
            try matches(help.stdout, snapshot: "help/" + (path.isEmpty ? "confidant" : path.joined(separator: "-")) + ".txt")
        }
        if !Self.updating {
            let kept = try FileManager.default.contentsOfDirectory(atPath: Self.folder.appendingPathComponent("help").path)
            #expect(kept.count == all.count, "a snapshot is left for a command that is gone")
        }
    }

    /// The shape of a JSON value: each field with the shape of its value, arrays by the fields of
    /// all their elements, scalars by type.
    static func shape(_ value: Any, indent: String = "") -> String {
        switch value {
        case let object as [String: Any]:
            return object.keys.sorted().map { "\n\(indent)\($0): " + shape(object[$0]!, indent: indent + "  ") }.joined()
        case let array as [Any]:
            guard !array.isEmpty else { return "[]" }
            var merged: [String: Any] = [:]
            for case let object as [String: Any] in array { merged.merge(object) { first, _ in first } }
            return "[" + (merged.isEmpty ? shape(array[0], indent: indent) : shape(merged, indent: indent + "  ")) + "]"
        case let number as NSNumber:
            return String(cString: number.objCType) == "c" ? "bool" : "number"
        case is String: return "string"
        case is NSNull: return "null"
        default: return "?"
        }
    }

    @Test func everyJSONShapeIsAsPromised() throws {
        sandbox.makeVault()
        sandbox.write("export-pass.txt", "export passphrase words\n")
        for setup in [
            ["add", "Sam Okafor", "--relationship", "partner", "--phone", "07700 900123", "--no-input"],
            ["add", "Priya", "--relationship", "supervisor", "--no-input"],
            [
                "agree", "Sam Okafor", "--status", "agreed", "--willing", "yes", "--able", "yes", "--support", "listening", "--limit",
                "not after 10pm",
            ],
            ["checkin", "--impact-on-me", "2", "--rest-and-sleep", "3"],
            ["backup"],
            ["export", "--out", sandbox.file("a.age"), "--export-passphrase-file", sandbox.file("export-pass.txt")],
        ] {
            let outcome = sandbox.cli(setup)
            #expect(outcome.status == 0, "\(setup): \(outcome.stderr)")
        }
        #expect(sandbox.cli(["terms", "add", "--kind", "client", "-"], input: "Kim Baker\n").status == 0)
        sandbox.write("draft.txt", "rough day, kim baker kicked off again\n")
        let reads: [(String, [String])] = [
            ("list", ["list"]), ("show", ["show", "Sam Okafor"]), ("check", ["check", "Sam Okafor"]),
            ("check-draft", ["check", "Sam Okafor", "--draft", sandbox.file("draft.txt")]), ("terms-list", ["terms", "list"]),
            ("review", ["review"]), ("plan", ["plan", "show"]), ("checkin-history", ["checkin", "--history"]), ("status", ["status"]),
            ("verify", ["verify"]), ("backups", ["backups"]),
            ("import-dry-run", ["import", sandbox.file("a.age"), "--export-passphrase-file", sandbox.file("export-pass.txt"), "--dry-run"]),
            ("merge-dry-run", ["merge", sandbox.vault, "--dry-run"]),
        ]
        for (name, arguments) in reads {
            let outcome = sandbox.cli(arguments + ["--json"])
            let value = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8), options: [.fragmentsAllowed])
            try matches(Self.shape(value).trimmingCharacters(in: .newlines) + "\n", snapshot: "json/\(name).txt")
        }
    }
}
