import ArgumentParser
import Confidant

extension CLI {
    /// `confidant restore FILE`: verify a copy, keep the current vault in generations/, replace atomically.
    struct Restore: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Replace the vault with a verified copy; the current vault is kept in generations/.")

        @OptionGroup var options: VaultOptions
        @Argument(help: "The backup (or generation) to restore.") var file: String

        func run() throws {
            let vault = options.file()
            let existed = vault.exists
            let credentials = Credentials(options)
            try vault.restore(from: file, key: { try credentials.unlocking(vault.path) }, copyKey: { try credentials.unlocking(file) })
            Console.out(existed ? "Restored \(file). The vault it replaced is kept in generations/." : "Restored \(file) as a new vault at \(vault.path).")
        }
    }
}
