import ArgumentParser
import Confidant

extension CLI {
    /// `confidant merge-driver -- %O %A %B %P`: git's merge of two versions of the vault file.
    struct MergeDriver: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge-driver", abstract: "For git: merge two versions of the vault file (docs/SYNC.md).",
            discussion: """
                Set up with `git config merge.confidant.driver "confidant merge-driver -- %O %A %B %P"` (the `--` keeps a \
                path that begins with `-` a path) and \
                `*.confidant merge=confidant` in .gitattributes. The merged vault is written over %A, sealed under \
                its keys. It unlocks with a key kept by `confidant unlock` for %P, else the usual passphrase \
                sources; it asks only when a terminal is there.
                """)

        @OptionGroup var options: VaultOptions
        @Argument(help: "The common ancestor (%O; not needed: every record carries its own stamp).") var base: String
        @Argument(help: "Our version (%A), replaced by the merge.") var ours: String
        @Argument(help: "Their version (%B).") var theirs: String
        @Argument(help: "The vault's path in the working tree (%P), whose timed unlock may be used.") var path: String?

        func run() throws {
            let credentials = Credentials(options)
            let mine = try saying("our version of \(path ?? "the vault")") {
                let cached = options.usesCache ? try path.flatMap { try VaultAccess.openCopy(at: ours, usingKeyKeptFor: $0) } : nil
                return try cached ?? VaultAccess.openCopy(at: ours) { try credentials.unlocking(path ?? ours) }
            }
            // Their version opens with our key or not at all: its key slots are not tried, so a
            // crafted slot (4 GiB × 8 passes) cannot make every `git pull` spend a minute.
            let other = try saying("their version of \(path ?? "the vault")") {
                guard let copy = try mine.openCopyWithHeldKey(theirs) else {
                    throw CLIError.invalidValue(
                        "their version was modified or re-keyed (a passphrase change on another device?), so it does not "
                            + "open with this vault's key")
                }
                return copy
            }
            try mine.requireSameVault(other)
            let (merged, outcome) = try mine.document.merging([VaultCopy(label: "their version", document: other.document)])
            for conflict in outcome.conflicts { Console.note("confidant merge-driver: " + conflict.description) }
            for duplicate in outcome.duplicates { Console.note("confidant merge-driver: " + duplicate) }
            // No terminal to ask at: a merge that weakens a protection is left to the person.
            guard outcome.weakenings.isEmpty else {
                Console.note(
                    "confidant merge-driver: their version would weaken \(outcome.weakenings.count) protection"
                        + "\(outcome.weakenings.count == 1 ? "" : "s"); git leaves the conflict:")
                for weakening in outcome.weakenings { Console.note("  ! " + weakening) }
                Console.note(
                    "To review and finish it: `git show :3:\(path ?? "FILE") > theirs.confidant`, `confidant merge theirs.confidant`, "
                        + "then `git add` the vault")
                throw ExitCode(1)
            }
            try mine.replaceCopy(with: merged)
        }

        /// Runs `open`, saying first on failure which version could not be opened and how to
        /// finish the merge by hand: git shows only the error that follows.
        private func saying<T>(_ what: String, _ open: () throws -> T) throws -> T {
            do {
                return try open()
            } catch {
                Console.note(
                    "confidant merge-driver: could not open \(what); git leaves the conflict. To finish it: "
                        + "`git show :3:\(path ?? "FILE") > theirs.confidant`, `confidant merge theirs.confidant`, then `git add` the vault")
                throw error
            }
        }
    }
}
