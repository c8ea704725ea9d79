import Glibc

/// Reading a whole input the user names: a file, or standard input for `-`. Pipes, FIFOs,
/// `/dev/stdin` and process substitution (`--draft <(xclip -o)`) are read like files, a closed
/// standard input is an error rather than a crash, and reading stops past `limit` bytes.
enum InputFile {
    /// Why an input could not be read.
    enum Problem: Error {
        /// The system's reason: "No such file or directory", "Is a directory", …
        case unreadable(String)
        case tooLarge
    }

    /// The bytes of `source`.
    static func read(_ source: String, limit: Int) throws(Problem) -> [UInt8] {
        let fd = source == "-" ? 0 : open(source, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .unreadable(reason(errno)) }
        defer { if fd != 0 { close(fd) } }
        return try read(fd: fd, limit: limit)
    }

    /// The bytes of the open descriptor `fd`, to its end.
    static func read(fd: Int32, limit: Int) throws(Problem) -> [UInt8] {
        var status = stat()
        guard fstat(fd, &status) == 0 else { throw .unreadable(reason(errno)) }
        guard status.st_mode & S_IFMT != S_IFDIR else { throw .unreadable(reason(EISDIR)) }
        // A regular file's size is known: refuse it before reading anything.
        guard status.st_mode & S_IFMT != S_IFREG || Int(status.st_size) <= limit else { throw .tooLarge }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw .unreadable(reason(errno)) }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[..<count])
            guard bytes.count <= limit else { throw .tooLarge }
        }
    }

    private static func reason(_ number: Int32) -> String {
        String(cString: strerror(number))
    }
}
