import ArgumentParser
import Confidant
import Foundation
import Glibc

extension CLI {
    /// `confidant restore FILE`: verify a copy, keep the current vault in generations/, replace atomically.
    struct Restore: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "restore",
            abstract: "Replace the vault's contents with a verified copy; the current vault is kept in generations/.",
            discussion: """
                The copy's contents are sealed under the vault's current keys, so restoring a copy made before a \
                passphrase change does not bring the old passphrase back. A copy that the current key does not \
                open is opened with --copy-passphrase-file, or the passphrase asked for at a prompt.
                """)

        @OptionGroup var options: VaultOptions
        @Argument(help: "The backup (or generation) to restore.") var file: String
        @Option(
            help: ArgumentHelp(
                "The passphrase the copy was made with, when it is not this vault's current key (first line of this file).",
                valueName: "path"))
        var copyPassphraseFile: String?

        func run() throws {
            try Self.checkIsACopy(file)
            let vault = options.access()
            let existed = vault.exists
            let credentials = Credentials(options)
            try vault.restore(
                from: file, key: { try credentials.unlocking(vault.path) },
                copyKey: {
                    existed ? try credentials.copyPassphrase(file: copyPassphraseFile, copy: file) : try credentials.unlocking(file)
                })
            Console.out(
                existed
                    ? "Restored \(file), sealed under your current keys. The vault it replaced is kept in generations/."
                    : "Restored \(file) as a new vault at \(vault.path).")
        }

        /// Refuses a path with nothing there, or an export (which `import` reads), before asking
        /// for anything (`restore`, `merge`).
        /// Refuses what is not a copy of a vault before anything opens it: a missing path, a FIFO,
        /// device or folder (opened without blocking, so a FIFO never holds the command up), an export.
        static func checkIsACopy(_ path: String) throws {
            let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
            guard fd >= 0 else {
                if errno == ENOENT { throw CLIError.copyNotFound(path: path) }
                throw CLIError.invalidValue("cannot read \(path): \(String(cString: strerror(errno))); nothing was changed")
            }
            defer { close(fd) }
            var info = stat()
            guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
                throw CLIError.invalidValue(
                    "\(path) is not a regular file (a FIFO, device or folder?), so not a copy of the vault; nothing was changed")
            }
            var start = [UInt8](repeating: 0, count: 40)
            let count = start.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if ExportDocument.isAgeFile(Array(start.prefix(max(count, 0)))) { throw CLIError.exportGivenToRestore(path: path) }
        }
    }
}
