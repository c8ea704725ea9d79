import ArgumentParser
import Confidant
import Foundation

extension CLI {
    /// `confidant restore FILE`: verify a copy, keep the current vault in generations/, replace atomically.
    struct Restore: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Replace the vault's contents with a verified copy; the current vault is kept in generations/.",
            discussion: """
                The copy's contents are sealed under the vault's current keys, so restoring a copy made before a \
                passphrase change does not bring the old passphrase back. A copy that the current key does not \
                open is opened with --copy-passphrase-file, or the passphrase asked for at a prompt.
                """)

        @OptionGroup var options: VaultOptions
        @Argument(help: "The backup (or generation) to restore.") var file: String
        @Option(help: ArgumentHelp("The passphrase the copy was made with, when it is not this vault's current key (first line of this file).",
                                   valueName: "path"))
        var copyPassphraseFile: String?

        func run() throws {
            try Self.checkIsACopy(file)
            let vault = options.file()
            let existed = vault.exists
            let credentials = Credentials(options)
            try vault.restore(from: file, key: { try credentials.unlocking(vault.path) }, copyKey: {
                existed ? try credentials.copyPassphrase(file: copyPassphraseFile, copy: file) : try credentials.unlocking(file)
            })
            Console.out(existed ? "Restored \(file), sealed under your current keys. The vault it replaced is kept in generations/."
                                : "Restored \(file) as a new vault at \(vault.path).")
        }

        /// Refuses a path with nothing there, or an export (which `import` reads), before asking
        /// for anything (`restore`, `merge`).
        static func checkIsACopy(_ path: String) throws {
            guard FileManager.default.fileExists(atPath: path) else { throw CLIError.copyNotFound(path: path) }
            let start = FileHandle(forReadingAtPath: path).flatMap { try? $0.read(upToCount: 40) } ?? Data()
            if ExportDocument.isAgeFile(Array(start)) {
                throw CLIError.exportGivenToRestore(path: path)
            }
        }
    }
}
