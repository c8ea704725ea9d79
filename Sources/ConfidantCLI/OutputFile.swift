import Glibc
import Vault

/// Output files (exports): never a terminal, never over an existing file without `force`, and
/// written atomically with mode 0600 like the vault itself.
enum OutputFile {
    /// Writes `bytes` to `path`.
    /// - Throws: `CLIError.outputIsTerminal` for a terminal, `.outputExists` without `force`, `VaultError.io`.
    static func write(_ bytes: [UInt8], to path: String, force: Bool) throws {
        var info = stat()
        if stat(path, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFCHR {
                let fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
                defer { if fd >= 0 { close(fd) } }
                if fd >= 0, isatty(fd) == 1 { throw CLIError.outputIsTerminal }
            }
            guard force else { throw CLIError.outputExists(path: path) }
        }
        do {
            try AtomicFile.write(bytes, to: path, replacing: force)
        } catch VaultError.alreadyExists {
            throw CLIError.outputExists(path: path)
        }
    }
}
