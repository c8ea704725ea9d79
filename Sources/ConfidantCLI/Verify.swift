import ArgumentParser
import Confidant
import Vault

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

        /// The `--json` shape (docs/CLI.md).
        struct Report: Encodable {
            let ok = true
            let path: String
            let format = Int(VaultFormat.version)
            let schema: Int
            let argon2id: KDF
            let recoveryKeySlot: Bool
            let generations: Int

            struct KDF: Encodable {
                let passes: UInt32
                let memoryKiB: UInt32
            }
        }

        func run() throws {
            let opened = try Session.read(options, path: file)
            let kdf = opened.sealed.passphraseParameters
            let report = Report(
                path: opened.store.path, schema: opened.document.schema,
                argon2id: .init(passes: kdf.passes, memoryKiB: kdf.memoryKiB),
                recoveryKeySlot: opened.sealed.recoverySlot != nil, generations: opened.store.generations().count)
            if output.json { return try Console.json(report) }
            Console.out("OK: \(report.path) is intact and opens.")
            Console.out("Format v\(report.format), schema \(report.schema); Argon2id \(kdf.passes) passes × \(kdf.memoryKiB / 1024) MiB; "
                + "recovery key: \(report.recoveryKeySlot ? "yes" : "no"); previous versions kept: \(report.generations).")
        }
    }
}
