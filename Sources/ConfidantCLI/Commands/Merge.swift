import ArgumentParser
import Confidant
import Foundation

extension CLI {
    /// `confidant merge FILE…` / `merge --conflicts`: other copies of this vault merged into it.
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge",
            abstract: "Merge other copies of this vault (from another device, or a sync tool's conflict copies) into it.",
            discussion: """
                Every field keeps its latest change, and the same field changed on both copies is reported with both \
                values; a person removed on one copy stays removed. A merge that would weaken a protection is listed \
                and written only with "yes" at the terminal or --accept-weakening. Copies merged in any order agree \
                (docs/SYNC.md). For an export of another vault, use `confidant import`.
                """)

        @OptionGroup var options: VaultOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "Copies of this vault.") var files: [String] = []
        @Flag(help: "Merge the conflict copies a sync tool left beside the vault, then remove each (once the merged vault is written and verified).")
        var conflicts = false
        @Flag(help: "List what would change, record by record; write nothing.") var dryRun = false
        @Flag(help: "Apply changes that weaken a protection (they are listed first).") var acceptWeakening = false
        @Option(help: ArgumentHelp("The passphrase of a copy made under other keys (first line of this file).", valueName: "path"))
        var copyPassphraseFile: String?
        @Option(
            help: ArgumentHelp(
                "Or the recovery key a copy under other keys opens with (first line of this file; - for standard input).",
                valueName: "path"))
        var copyRecoveryKeyFile: String?

        func validate() throws {
            if conflicts, !files.isEmpty { throw ValidationError("give copies of the vault to merge, or --conflicts, not both") }
            if !conflicts, files.isEmpty { throw ValidationError("give copies of the vault to merge, or --conflicts") }
            if copyPassphraseFile != nil, copyRecoveryKeyFile != nil {
                throw ValidationError("give --copy-passphrase-file or --copy-recovery-key-file, not both")
            }
        }

        /// `merge --json`: what changed (or would), record by record, the conflicts settled, the
        /// protections weakened and people who look added twice.
        struct Output: Encodable {
            let copies: [String]
            let changes: [MergeChange]
            let conflicts: [MergeConflict]
            let weakenings: [String]
            let duplicates: [String]
            let written: Bool

            init(copies: [String], _ outcome: MergeOutcome) {
                (self.copies, changes, conflicts) = (copies, outcome.changes, outcome.conflicts)
                (weakenings, duplicates, written) = (outcome.weakenings, outcome.duplicates, outcome.written)
            }
        }

        func run() throws {
            let vault = try options.openForChange(notingConflicts: !conflicts)
            let paths = conflicts ? ConflictCopies.beside(vault.access.path) : files
            guard !paths.isEmpty else { return Console.out("No conflict copies beside the vault; nothing to merge.") }
            var copies: [(path: String, vault: OpenVault, sameKeys: Bool)] = []
            for path in paths {
                do {
                    copies.append(try open(path, beside: vault))
                } catch  where conflicts {
                    // One bad conflict copy does not keep the others out; it is left where it is.
                    Console.note("skipped \(path): \(Failure(error)?.message ?? "\(error)"); it is left as it is")
                } catch ConfidantError.differentVault(let path) {
                    throw ConfidantError.differentVault(path: path)
                } catch {
                    // Said of the copy, so that nobody reads it as their own vault being damaged.
                    guard let failure = Failure(error) else { throw error }
                    throw CLIError.copyUnusable(path: path, message: failure.message, code: failure.code)
                }
            }
            guard !copies.isEmpty else { throw CLIError.invalidValue("none of the conflict copies could be merged; each is left as it is") }
            // A vault older than the last one seen here takes in a copy at least as new as that:
            // what a sync tool does when it keeps the other device's file and saves ours beside it.
            if let rollback = vault.rollback, copies.contains(where: { $0.vault.document.writeCount >= rollback.seen }) {
                vault.acceptsRollback = true
            }
            let named = copies.map { (label: $0.path, vault: $0.vault) }
            let preview = try vault.merge(named, acceptingWeakening: true, dryRun: true)
            var accepted = acceptWeakening || preview.weakenings.isEmpty, asked = false
            if !dryRun, !accepted, !preview.changes.isEmpty {
                if output.json { try Console.json(Output(copies: copies.map(\.path), preview)) } else { show(preview, from: copies.map(\.path)) }
                guard !output.json, Interview(options).active,
                    TerminalPrompt.ask("Type yes to merge, with every change above (anything else, or Enter, stops it): ")?.lowercased() == "yes"
                else {
                    throw ConfidantError.mergeNeedsConsent(count: preview.weakenings.count)
                }
                (accepted, asked) = (true, true)
            }
            // What was accepted at the prompt is what the merge may weaken, nothing it finds since.
            let outcome = dryRun ? preview : try vault.merge(named, acceptingWeakening: accepted, shown: asked ? preview.weakenings : nil)
            // A conflict copy under other keys was sealed after a passphrase change on the other
            // device: its records are in, but the vault keeps this device's passphrase, so the
            // copy stays until the person has seen this.
            let removable = copies.filter { conflicts && !dryRun && $0.sameKeys }
            let removed = try vault.removeMergedCopies(removable.map(\.path), written: outcome.written).map { PathParts.name(of: $0) }
            if output.json { return try Console.json(Output(copies: copies.map(\.path), outcome)) }
            if !asked { show(outcome, from: copies.map(\.path)) } else { Console.out(summary(outcome, from: copies.map(\.path))) }
            if !removed.isEmpty {
                Console.out("Removed the merged conflict cop\(removed.count == 1 ? "y" : "ies"): \(removed.joined(separator: ", ")).")
            }
            for copy in copies where conflicts && !dryRun && !copy.sameKeys {
                Console.note(
                    "kept \(copy.path): it was sealed under another passphrase (changed on the other device?). Its records are merged; "
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
            let copy = try VaultAccess.openCopy(at: path) {
                if let copyRecoveryKeyFile {
                    return .recoveryKey(try SecretInput.firstLine(ofFile: copyRecoveryKeyFile, what: "the copy's recovery key file"))
                }
                return try Credentials(options).copyPassphrase(file: copyPassphraseFile, copy: path)
            }
            try vault.requireSameVault(copy)
            return (path, copy, false)
        }

        /// What the merge changes, grouped by record (a person's fields on one line), then the
        /// conflicts it settled, the weakened protections and likely duplicates, then a summary.
        private func show(_ outcome: MergeOutcome, from paths: [String]) {
            let marks: [MergeChange.Kind: String] = [.added: "+", .changed: "~", .removed: "-"]
            var lines: [String: (mark: String, fields: [String])] = [:]
            for change in outcome.changes {
                var line = lines[change.label] ?? (marks[change.kind]!, [])
                if let field = change.field { line.fields.append(field) } else { line.mark = marks[change.kind]! }
                lines[change.label] = line
            }
            for (label, line) in lines.sorted(by: { $0.key < $1.key }) {
                Console.out("\(line.mark) \(label)" + (line.fields.isEmpty ? "" : " (\(line.fields.sorted().joined(separator: ", ")))"))
            }
            // Said even when nothing changes here: the copy's value was the one replaced.
            for conflict in outcome.conflicts { Console.out("! " + conflict.description) }
            for weakening in outcome.weakenings { Console.out("! " + (outcome.written ? "weakened: " : "would weaken: ") + weakening) }
            for duplicate in outcome.duplicates { Console.out("? " + duplicate) }
            Console.out(summary(outcome, from: paths))
        }

        /// One line: what was (or would be) changed, and from what.
        private func summary(_ outcome: MergeOutcome, from paths: [String]) -> String {
            let from = paths.count == 1 ? paths[0] : "\(paths.count) copies"
            let settled =
                outcome.conflicts.isEmpty ? "" : "; \(outcome.conflicts.count) conflict\(outcome.conflicts.count == 1 ? "" : "s") settled (above)"
            guard !outcome.changes.isEmpty else {
                return "\(from) \(paths.count == 1 ? "holds" : "hold") nothing this vault lacks" + settled
                    + (outcome.written ? "; its save count taken in." : ".")
            }
            let counts = Dictionary(grouping: outcome.changes, by: \.kind).mapValues(\.count)
            let summary = "\(counts[.added] ?? 0) added, \(counts[.changed] ?? 0) changed, \(counts[.removed] ?? 0) removed" + settled
            return dryRun
                ? "Merging \(from) would change: \(summary). Nothing was written (--dry-run)."
                : outcome.written ? "Merged \(from): \(summary)." : "Merging \(from) would change: \(summary)."
        }
    }
}
