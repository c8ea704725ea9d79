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
        @Option(help: ArgumentHelp("Or the recovery key a copy under other keys opens with (first line of this file; - for standard input).",
                                   valueName: "path"))
        var copyRecoveryKeyFile: String?

        func validate() throws {
            if conflicts, !files.isEmpty { throw ValidationError("give copies of the vault to merge, or --conflicts, not both") }
            if !conflicts, files.isEmpty { throw ValidationError("give copies of the vault to merge, or --conflicts") }
            if copyPassphraseFile != nil, copyRecoveryKeyFile != nil {
                throw ValidationError("give --copy-passphrase-file or --copy-recovery-key-file, not both")
            }
        }

        /// `merge --json`: what changed (or would), record by record.
        struct Output: Encodable {
            let copies: [String]
            let changes: [MergeChange]
            let written: Bool
        }

        func run() throws {
            let vault = try options.open(warningOfRollback: false, notingConflicts: !conflicts)
            let paths = conflicts ? ConflictCopies.beside(vault.file.path) : files
            guard !paths.isEmpty else { return Console.out("No conflict copies beside the vault; nothing to merge.") }
            var copies: [(path: String, vault: OpenVault, sameKeys: Bool)] = []
            for path in paths {
                do {
                    copies.append(try open(path, beside: vault))
                } catch where conflicts {
                    // One bad conflict copy does not keep the others out; it is left where it is.
                    Console.note("skipped \(path): \(Failure(error)?.message ?? "\(error)"); it is left as it is")
                }
            }
            guard !copies.isEmpty else { throw CLIError.invalidValue("none of the conflict copies could be merged; each is left as it is") }
            // A vault older than the last one seen here takes in a copy at least as new as that:
            // what a sync tool does when it keeps the other device's file and saves ours beside it.
            if let rollback = vault.rollback, copies.contains(where: { $0.vault.document.writeCount >= rollback.seen }) {
                vault.acceptsRollback = true
            }
            let merged = copies.reduce(vault.document) { $0.converged(with: $1.vault.document) }
            let changes = vault.document.changes(to: merged)
            if !dryRun, !changes.isEmpty {
                try vault.update { document in
                    document = copies.reduce(document) { $0.converged(with: $1.vault.document) }
                }
                try vault.verifyOnDisk()
            }
            // A conflict copy under other keys was sealed after a passphrase change on the other
            // device: its records are in, but the vault keeps this device's passphrase, so the
            // copy stays until the person has seen this.
            let removable = copies.filter { conflicts && !dryRun && $0.sameKeys }
            let removed = try removable.map { try removeCopy($0.path) }
            if output.json {
                return try Console.json(Output(copies: copies.map(\.path), changes: changes, written: !dryRun && !changes.isEmpty))
            }
            show(changes, from: copies.map(\.path))
            if !removed.isEmpty { Console.out("Removed the merged conflict cop\(removed.count == 1 ? "y" : "ies"): \(removed.joined(separator: ", ")).") }
            for copy in copies where conflicts && !dryRun && !copy.sameKeys {
                Console.note("kept \(copy.path): it was sealed under another passphrase (changed on the other device?). Its records are merged; "
                    + "this vault keeps its own passphrase. Run `confidant passwd` here if you meant to change it, then remove the copy.")
            }
        }

        /// The copy at `path`, opened with the key the vault was opened with, else with its own
        /// passphrase; it must be a copy of this vault.
        private func open(_ path: String, beside vault: OpenVault) throws -> (path: String, vault: OpenVault, sameKeys: Bool) {
            try CLI.Restore.checkIsACopy(path)
            if let copy = try vault.openCopyWithHeldKey(path) {
                try vault.requireSameVault(copy)
                return (path, copy, true)
            }
            let copy = try VaultFile.openCopy(at: path) {
                if let copyRecoveryKeyFile { return .recoveryKey(try SecretInput.firstLine(ofFile: copyRecoveryKeyFile, what: "the copy's recovery key file")) }
                return try Credentials(options).copyPassphrase(file: copyPassphraseFile, copy: path)
            }
            try vault.requireSameVault(copy)
            return (path, copy, false)
        }

        private func show(_ changes: [MergeChange], from paths: [String]) {
            let from = paths.count == 1 ? paths[0] : "\(paths.count) copies"
            guard !changes.isEmpty else { return Console.out("\(from) holds nothing this vault lacks" + (dryRun ? "." : "; nothing to change.")) }
            let marks: [MergeChange.Kind: String] = [.added: "+", .changed: "~", .removed: "-"]
            for change in changes.sorted(by: { ($0.label, $0.kind.rawValue) < ($1.label, $1.kind.rawValue) }) {
                Console.out("\(marks[change.kind]!) \(change.label)")
            }
            let counts = Dictionary(grouping: changes, by: \.kind).mapValues(\.count)
            let summary = "\(counts[.added] ?? 0) added, \(counts[.changed] ?? 0) changed, \(counts[.removed] ?? 0) removed"
            Console.out(dryRun ? "Merging \(from) would change: \(summary). Nothing was written (--dry-run)." : "Merged \(from): \(summary).")
        }

        private func removeCopy(_ path: String) throws -> String {
            guard unlink(path) == 0 else { throw CLIError.io(operation: "remove the merged conflict copy", path: path, errno: errno) }
            return PathParts.name(of: path)
        }
    }
}
