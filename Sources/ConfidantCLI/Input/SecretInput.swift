import Confidant
import Glibc
import Sodium

/// Reads a secret's first line from a file, a command's output or a descriptor, straight into
/// guarded memory: it never passes through a `String`, `Data` or an array.
enum SecretInput {
    /// Longest first line accepted (a passphrase or a recovery key).
    static let maximumLength = 4096

    /// The first line of the file at `path`, trailing newline dropped; the file must pass
    /// `checkOwnership`.
    /// `-` reads standard input (a pipe from a password manager, say).
    static func firstLine(ofFile path: String, what: String) throws -> SecureBytes {
        if path == "-" { return try firstLine(of: STDIN_FILENO, what: what) }
        let fd = try openChecked(path, what: what)
        defer { close(fd) }
        return try firstLine(of: fd, what: what)
    }

    /// Opens a file holding a secret (a passphrase, a recovery key, an age identity) for reading,
    /// after `checkOwnership`.
    static func openChecked(_ path: String, what: String) throws -> Int32 {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw CLIError.secretSourceFailed(what: what, reason: "cannot open \(path): \(String(cString: strerror(errno)))") }
        do { try checkOwnership(fd, path: path, what: what) } catch {
            close(fd)
            throw error
        }
        return fd
    }

    /// A secret file must be ours and only we may change it: a regular file owned by someone else,
    /// or one that group or others can write, is refused (whoever can write it chooses the
    /// passphrase or key we use); one they can read gets a warning. Pipes (`<(pass show …)`,
    /// standard input) are ours by construction and pass.
    static func checkOwnership(_ fd: Int32, path: String, what: String) throws {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw CLIError.secretSourceFailed(what: what, reason: "cannot stat \(path)") }
        guard info.st_mode & S_IFMT == S_IFREG else { return }
        guard info.st_uid == geteuid() else {
            throw CLIError.secretSourceFailed(what: what, reason: "\(path) belongs to another user; use a file of your own (chmod 600)")
        }
        guard info.st_mode & (S_IWGRP | S_IWOTH) == 0 else {
            throw CLIError.secretSourceFailed(what: what, reason: "other users can change \(path); run `chmod 600 \(path)` first")
        }
        if info.st_mode & (S_IRGRP | S_IROTH) != 0 {
            Console.warn("other users can read \(path) (\(what)); `chmod 600 \(path)` keeps it yours")
        }
    }

    /// The first line of what `/bin/sh -c command` prints on stdout.
    /// - Throws: `CLIError.secretSourceFailed` when it cannot start or exits non-zero.
    static func firstLine(ofCommand command: String, what: String) throws -> SecureBytes {
        var pipeEnds: [Int32] = [0, 0]
        // Close-on-exec, so the command's own children do not inherit either end (the write end
        // reaches the command as its stdout through dup2, which clears the flag there). Glibc's
        // module does not export pipe2; the CLI has one thread, so setting the flag after is safe.
        guard pipe(&pipeEnds) == 0, fcntl(pipeEnds[0], F_SETFD, FD_CLOEXEC) == 0, fcntl(pipeEnds[1], F_SETFD, FD_CLOEXEC) == 0 else {
            throw CLIError.secretSourceFailed(what: what, reason: "cannot create a pipe")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        var pid: pid_t = 0
        let words: [String] = ["/bin/sh", "-c", command]
        let arguments: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { arguments.forEach { free($0) } }
        let status = posix_spawn(&pid, "/bin/sh", &actions, nil, arguments, environ)
        close(pipeEnds[1])
        defer { close(pipeEnds[0]) }
        guard status == 0 else { throw CLIError.secretSourceFailed(what: what, reason: "cannot run /bin/sh") }
        let line = try firstLine(of: pipeEnds[0], what: what, drain: true)
        var exitStatus: Int32 = 0
        while waitpid(pid, &exitStatus, 0) < 0, errno == EINTR {}
        guard exitStatus == 0 else {
            throw CLIError.secretSourceFailed(what: what, reason: "CONFIDANT_PASSPHRASE_COMMAND failed (status \(exitStatus >> 8))")
        }
        return line
    }

    /// The first line readable from `fd`. With `drain`, the rest is read and discarded (so a
    /// command writing more does not block on a full pipe).
    static func firstLine(of fd: Int32, what: String, drain: Bool = false) throws -> SecureBytes {
        let buffer = try SecureBytes(count: maximumLength + 1)
        let length = try buffer.withUnsafeMutableBytes { bytes -> Int in
            var count = 0
            while count < bytes.count {
                let got = read(fd, bytes.baseAddress! + count, 1)
                if got < 0, errno == EINTR { continue }
                guard got > 0 else { break }
                if bytes[count] == 0x0a { break }
                count += 1
            }
            guard count <= maximumLength else {
                throw CLIError.secretSourceFailed(what: what, reason: "its first line is longer than \(maximumLength) bytes")
            }
            return count
        }
        if drain {
            var sink = [UInt8](repeating: 0, count: 4096)
            while read(fd, &sink, sink.count) > 0 { Memory.wipe(&sink) }
        }
        return try PassphraseRules.firstLine(of: buffer.prefix(length))
    }
}
