import Glibc

/// The few file operations the store needs, as thin throwing wrappers over POSIX calls, so that
/// every failure names its operation, path and errno. Only the Vault module touches vault files.
enum FileSystem {
    /// Reads a whole regular file of at most `limit` bytes. Opened without blocking, so a FIFO
    /// or device is refused (as not a vault) instead of waited on; a symbolic link is refused
    /// unless `followingLinks`.
    /// - Throws: `.notFound` when it does not exist, `.damaged` when it is larger than `limit`
    ///   (checked before reading), `.io` otherwise.
    static func read(_ path: String, limit: Int, followingLinks: Bool = false) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | (followingLinks ? 0 : O_NOFOLLOW))
        guard fd >= 0 else {
            if errno == ENOENT { throw VaultError.notFound(path: path) }
            if errno == ELOOP { throw VaultError.unsafeLocation(path: path, reason: "it became a symbolic link") }
            throw VaultError.io(operation: "open", path: path, errno: errno)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw VaultError.io(operation: "stat", path: path, errno: errno) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw VaultError.notAVault }
        guard Int(info.st_size) <= limit else {
            throw VaultError.damaged("file is \(info.st_size) bytes, larger than any vault (\(limit))")
        }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var done = 0
        while done < bytes.count {
            let count = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + done, $0.count - done) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw VaultError.io(operation: "read", path: path, errno: errno) }
            guard count > 0 else { throw VaultError.io(operation: "read (file shrank)", path: path, errno: EIO) }
            done += count
        }
        return bytes
    }

    /// Writes `bytes` to a new temporary file beside `path` (mode 0600 whatever the umask),
    /// fsyncs it and returns its path. The caller renames or links it into place.
    /// On any failure the temporary file is removed.
    static func writeTemporary(_ bytes: [UInt8], beside path: String) throws -> String {
        var template = Array((temporaryPrefix(for: path) + "XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard fd >= 0 else { throw VaultError.io(operation: "create temporary file", path: temporary, errno: errno) }
        var succeeded = false
        defer {
            close(fd)
            if !succeeded { unlink(temporary) }
        }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        guard fchmod(fd, 0o600) == 0 else { throw VaultError.io(operation: "chmod", path: temporary, errno: errno) }
        var done = 0
        while done < bytes.count {
            let count = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + done, $0.count - done) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw VaultError.io(operation: "write", path: temporary, errno: count < 0 ? errno : ENOSPC) }
            done += count
        }
        guard fsync(fd) == 0 else { throw VaultError.io(operation: "fsync", path: temporary, errno: errno) }
        succeeded = true
        return temporary
    }

    /// Replaces `path` with `bytes` atomically: temporary file, fsync, rename, fsync of the directory.
    /// A reader sees either the old file or the new one, never a mixture, even across a crash.
    static func replace(_ path: String, with bytes: [UInt8]) throws {
        let temporary = try writeTemporary(bytes, beside: path)
        guard rename(temporary, path) == 0 else {
            let error = errno
            unlink(temporary)
            throw VaultError.io(operation: "rename", path: path, errno: error)
        }
        try syncDirectory(of: path)
    }

    /// Creates `path` with `bytes` atomically, refusing if it exists: the new file is linked into
    /// place (link(2) fails with EEXIST rather than replacing).
    static func createExclusively(_ path: String, with bytes: [UInt8]) throws {
        let temporary = try writeTemporary(bytes, beside: path)
        defer { unlink(temporary) }
        guard link(temporary, path) == 0 else {
            if errno == EEXIST { throw VaultError.alreadyExists(path: path) }
            throw VaultError.io(operation: "link", path: path, errno: errno)
        }
        try syncDirectory(of: path)
    }

    /// fsyncs the directory holding `path`, so a rename or link in it survives a power cut.
    static func syncDirectory(of path: String) throws {
        let directory = parent(of: path)
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw VaultError.io(operation: "open directory", path: directory, errno: errno) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw VaultError.io(operation: "fsync directory", path: directory, errno: errno) }
    }

    /// Creates `path` and any missing parents with mode 0700 (set explicitly, so the umask does
    /// not matter), each fsynced into its parent. Existing directories are left as they are.
    static func makeDirectories(_ path: String) throws {
        var isDirectory = stat()
        if stat(path, &isDirectory) == 0 { return }
        let above = parent(of: path)
        if above != path { try makeDirectories(above) }
        guard mkdir(path, 0o700) == 0 || errno == EEXIST else {
            throw VaultError.io(operation: "create directory", path: path, errno: errno)
        }
        guard chmod(path, 0o700) == 0 else { throw VaultError.io(operation: "chmod", path: path, errno: errno) }
        try syncDirectory(of: path)
    }

    /// Refuses a folder another user could use to swap or plant the vault's files: one not owned
    /// by us (or root), or writable by group or others.
    static func checkPrivate(directory: String) throws {
        var info = stat()
        guard stat(directory, &info) == 0 else { throw VaultError.io(operation: "stat", path: directory, errno: errno) }
        guard info.st_uid == geteuid() || info.st_uid == 0 else {
            throw VaultError.unsafeLocation(path: directory, reason: "the folder belongs to another user")
        }
        guard info.st_mode & (S_IWGRP | S_IWOTH) == 0 else {
            throw VaultError.unsafeLocation(path: directory, reason: "other users can write in the folder")
        }
    }

    /// `path`, or where it points when it is a symbolic link (resolved fully); unchanged when it
    /// is not a link or does not resolve.
    static func followingLink(_ path: String) -> String {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK, let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether anything exists at `path`.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Names in a directory (without "." and ".."); empty when it does not exist.
    static func list(_ directory: String) -> [String] {
        guard let handle = opendir(directory) else { return [] }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    /// The directory part of `path` ("." for a bare name).
    static func parent(of path: String) -> String { PathParts.folder(of: path) }

    /// The last component of `path`.
    static func name(of path: String) -> String { PathParts.name(of: path) }

    /// Prefix of the temporary files written beside `path`; stale ones are swept under the lock.
    static func temporaryPrefix(for path: String) -> String {
        parent(of: path) + "/." + name(of: path) + ".tmp-"
    }
}
