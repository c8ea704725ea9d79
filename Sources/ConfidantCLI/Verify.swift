import ArgumentParser
import Confidant

extension CLI {
    /// `confidant verify [FILE]`: a full integrity check of the vault or of any copy of it.
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check that a vault (or a backup) is intact and opens.",
            discussion: "Checks the structure and checksum, unlocks a key slot, authenticates and decodes the contents.")

        @OptionGroup var options: VaultOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: ArgumentHelp("A vault file or backup (default: the vault).", valueName: "file"))
        var file: String?

        func run() throws {
            let vault = try options.open(path: file, warningOfRollback: false)
            if let rollback = vault.rollback, !options.acceptRollback { throw ConfidantError.rolledBack(rollback) }
            let report = vault.info
            if output.json { return try Console.json(report) }
            Console.out("OK: \(report.path) is intact and opens.")
            Console.out("Format v\(report.format), schema \(report.schema); Argon2id \(report.argon2id.passes) passes × "
                + "\(report.argon2id.memoryKiB / 1024) MiB; recovery key: \(report.recoveryKeySlot ? "yes" : "no"); "
                + "previous versions kept: \(report.generations).")
        }
    }
}
