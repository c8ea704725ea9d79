import Confidant
import Glibc
import Sodium

/// Files the CLI writes that hold a secret (the recovery key): created new, mode 0600 whatever
/// the umask, written straight from guarded memory and fsynced.
enum SecretFile {
    /// Creates `path` with `contents` and a final newline; refuses to replace an existing file.
    /// - Throws: `ConfidantError.outputExists`, or `CLIError.io` for other failures (the partial file is removed).
    static func createNew(_ path: String, contents: SecureBytes) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            if errno == EEXIST { throw ConfidantError.outputExists(path: path) }
            throw CLIError.io(operation: "create", path: path, errno: errno)
        }
        var written = false
        defer {
            close(fd)
            if !written { unlink(path) }
        }
        guard fchmod(fd, 0o600) == 0 else { throw CLIError.io(operation: "chmod", path: path, errno: errno) }
        let complete = contents.withUnsafeBytes { Console.write(fd, $0) } && Console.write(fd, text: "\n")
        guard complete, fsync(fd) == 0 else { throw CLIError.io(operation: "write", path: path, errno: errno) }
        written = true
    }
}
