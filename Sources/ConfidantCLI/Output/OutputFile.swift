import Confidant
import Glibc

/// Output files (exports): never a terminal, never over an existing file without `force`. The
/// export itself is written atomically with mode 0600 by `OpenVault.export`; this check runs
/// first, so a refusal comes before any passphrase is asked for.
enum OutputFile {
    /// Refuses `path` when it is a terminal, or exists and `force` is not given.
    /// - Throws: `CLIError.outputIsTerminal`, `ConfidantError.outputExists`.
    static func check(_ path: String, force: Bool) throws {
        var info = stat()
        guard stat(path, &info) == 0 else { return }
        if info.st_mode & S_IFMT == S_IFCHR {
            let fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
            defer { if fd >= 0 { close(fd) } }
            if fd >= 0, isatty(fd) == 1 { throw CLIError.outputIsTerminal }
        }
        guard force else { throw ConfidantError.outputExists(path: path) }
    }
}
