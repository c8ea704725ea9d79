import ArgumentParser
import Confidant
import Foundation

extension CLI {
    /// `confidant merge FILE…` / `merge --conflicts`: other copies of this vault merged into it.
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge other copies of this vault (from another device, or a sync tool's conflict copies) into it.",
            discussion: """
                Every record keeps its latest change, and a removal made after a record's last change stays \
                removed; copies merged in any order agree (docs/SYNC.md). For an export of another vault, use \
                `confidant import`.
                """)

        @OptionGroup var options: VaultOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "Copies of this vault.") var files: [String] = []
        @Flag(help: "Merge the conflict copies a sync tool left beside the vault, then remove each (once the merged vault is written and verified).")
        var conflicts = false
        @Flag(help: "List what would change, record by record; write nothing.") var dryRun = false
        @Option(help: ArgumentHelp("The passphrase of a copy made under other keys (first line of this file).", valueName: "path"))
        var copyPassphraseFile: String?

        func validate() throws {
            if conflicts == !files.isEmpty { throw ValidationError("give copies of the vault to merge, or --conflicts") }
        }

        /// `merge --json`: what changed (or would), record by record.
        struct Output: Encodable {
            let copies: [String]
            let changes: [MergeChange]
            let written: Bool
        }

        func run() throws {
            let vault = try options.open(warningOfRollback: false)
            let paths = conflicts ? ConflictCopies.beside(vault.file.path) : files
            guard !paths.isEmpty else { return Console.out("No conflict copies beside the vault; nothing to merge.") }
            var copies: [OpenVault] = []
            for path in paths {
                guard FileManager.default.fileExists(atPath: path) else { throw CLIError.copyNotFound(path: path) }
                let copy = try vault.openCopyWithHeldKey(path) ?? VaultFile.openCopy(at: path) {
                    try Credentials(options).copyPassphrase(file: copyPassphraseFile, copy: path)
                }
                try vault.requireSameVault(copy)
                copies.append(copy)
            }
            let merged = copies.reduce(vault.document) { $0.converged(with: $1.document) }
            let changes = vault.document.changes(mergingIn: merged)
            if !dryRun, !changes.isEmpty || conflicts {
                try vault.update { document in
                    document = copies.reduce(document) { $0.converged(with: $1.document) }
                }
                try vault.verifyOnDisk()
            }
            let removed = conflicts && !dryRun ? try paths.map { try removeCopy($0) } : []
            if output.json { return try Console.json(Output(copies: paths, changes: changes, written: !dryRun && !changes.isEmpty)) }
            show(changes, from: paths)
            if !removed.isEmpty { Console.out("Removed the merged conflict cop\(removed.count == 1 ? "y" : "ies"): \(removed.joined(separator: ", ")).") }
        }

        private func show(_ changes: [MergeChange], from paths: [String]) {
            let from = paths.count == 1 ? paths[0] : "\(paths.count) copies"
            guard !changes.isEmpty else { return Console.out("\(from) holds nothing this vault lacks" + (dryRun ? "." : "; nothing to change.")) }
            let marks: [MergeChange.Kind: String] = [.added: "+", .changed: "~", .removed: "-"]
            for change in changes { Console.out("\(marks[change.kind]!) \(change.label)") }
            let counts = Dictionary(grouping: changes, by: \.kind).mapValues(\.count)
            let summary = "\(counts[.added] ?? 0) added, \(counts[.changed] ?? 0) changed, \(counts[.removed] ?? 0) removed"
            Console.out(dryRun ? "Merging \(from) would change: \(summary). Nothing was written (--dry-run)." : "Merged \(from): \(summary).")
        }

        private func removeCopy(_ path: String) throws -> String {
            guard unlink(path) == 0 else { throw CLIError.io(operation: "remove the merged conflict copy", path: path, errno: errno) }
            return (path as NSString).lastPathComponent
        }
    }
}
