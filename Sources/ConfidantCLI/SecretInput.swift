import Confidant
import Glibc
import Sodium

/// Reads a secret's first line from a file, a command's output or a descriptor, straight into
/// guarded memory: it never passes through a `String`, `Data` or an array.
enum SecretInput {
    /// Longest first line accepted (a passphrase or a recovery key).
    static let maximumLength = 4096

    /// The first line of the file at `path`, trailing newline dropped.
    static func firstLine(ofFile path: String, what: String) throws -> SecureBytes {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw CLIError.secretSourceFailed(what: what, reason: "cannot open \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        return try firstLine(of: fd, what: what)
    }

    /// The first line of what `/bin/sh -c command` prints on stdout.
    /// - Throws: `CLIError.secretSourceFailed` when it cannot start or exits non-zero.
    static func firstLine(ofCommand command: String, what: String) throws -> SecureBytes {
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { throw CLIError.secretSourceFailed(what: what, reason: "cannot create a pipe") }
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
        return try Passphrases.firstLine(of: buffer.prefix(length))
    }
}
