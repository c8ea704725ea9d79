import ArgumentParser
import Confidant
import Foundation

extension CLI {
    /// `confidant verify [FILE]`: a full integrity check of the vault or of any copy of it.
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Check that a vault (or a backup) is intact and opens.",
            discussion: "Checks the structure and checksum, unlocks a key slot, authenticates and decodes the contents.")

        @OptionGroup var options: VaultOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: ArgumentHelp("A vault file or backup (default: the vault).", valueName: "file"))
        var file: String?

        func run() throws {
            // A copy (a backup, a generation) is checked as it is: no lock file is left beside it.
            let copy = file.map { FileManager.default.fileExists(atPath: $0) && !isTheVault($0) } ?? false
            // Not warned of a rollback on opening: verify refuses one itself, below.
            let vault = copy ? try options.openCopy(file!) : try options.open(path: file, warningOfRollback: false)
            try vault.refuseRollback()
            let report = vault.info
            if output.json { return try Console.json(report) }
            Console.out("OK: \(report.path) is intact and opens.")
            Console.out(
                "Format v\(report.format), schema \(report.schema); Argon2id "
                    + KDFOptions.describe(passes: UInt64(report.argon2id.passes), memoryBytes: Int(report.argon2id.memoryKiB) * 1024)
                    + "; recovery key: \(report.recoveryKeySlot ? "yes" : "no"); "
                    + "previous versions kept: \(report.generations).")
        }

        /// Whether `path` names the vault itself (the same file, however it is spelled).
        private func isTheVault(_ path: String) -> Bool {
            let vault = URL(fileURLWithPath: options.vaultPath).resolvingSymlinksInPath().standardizedFileURL.path
            return URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path == vault
        }
    }
}
