import Glibc
import Vault

/// Writes a file the way the vault is written: a temporary file beside it (0600), fsync, then
/// link (refusing to replace) or rename (with `force`), then fsync of the directory. A reader sees
/// either nothing, the old file, or the complete new one.
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
        let directory = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        var template = Array((directory + "/.confidant-export.tmp-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        let temporary = String(cString: template)
        guard fd >= 0 else { throw VaultError.io(operation: "create", path: temporary, errno: errno) }
        var placed = false
        defer {
            close(fd)
            if !placed { unlink(temporary) }
        }
        guard fchmod(fd, 0o600) == 0, bytes.withUnsafeBytes({ Console.write(fd, $0) }), fsync(fd) == 0 else {
            throw VaultError.io(operation: "write", path: path, errno: errno)
        }
        if force {
            guard rename(temporary, path) == 0 else { throw VaultError.io(operation: "rename", path: path, errno: errno) }
        } else {
            guard link(temporary, path) == 0 else {
                if errno == EEXIST { throw CLIError.outputExists(path: path) }
                throw VaultError.io(operation: "link", path: path, errno: errno)
            }
            unlink(temporary)
        }
        placed = true
        let directoryFD = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directoryFD >= 0 {
            fsync(directoryFD)
            close(directoryFD)
        }
    }
}
