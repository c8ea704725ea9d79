import Glibc

/// An advisory `flock` on a sidecar file (`vault.confidant.lock`), shared for readers and
/// exclusive for the whole read-modify-write of a writer. The lock is released when the
/// descriptor closes, including when the process is killed.
final class FileLock {
    private let fd: Int32

    /// Takes the lock, retrying every 20 ms until `timeout` seconds have passed; the lock file is
    /// created when missing unless `creating` is false.
    /// - Throws: `VaultError.busy` when another process still holds it, `.io` when the lock file
    ///   cannot be opened (ENOENT when it does not exist and is not to be created).
    init(path: String, exclusive: Bool, timeout: Double, creating: Bool = true) throws {
        // Never through a link: a planted `vault.confidant.lock` link must not make us create or
        // lock a file elsewhere.
        let fd = open(path, O_RDWR | (creating ? O_CREAT : 0) | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0o600)
        guard fd >= 0 else {
            if errno == ELOOP { throw VaultError.unsafeLocation(path: path, reason: "the lock file is a symbolic link") }
            throw VaultError.io(operation: "open lock file", path: path, errno: errno)
        }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw VaultError.unsafeLocation(path: path, reason: "the lock file is not a regular file")
        }
        let deadline = Self.now() + timeout
        while flock(fd, (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                let error = errno
                close(fd)
                throw VaultError.io(operation: "lock", path: path, errno: error)
            }
            guard Self.now() < deadline else {
                close(fd)
                throw VaultError.busy(path: path)
            }
            usleep(20_000)
        }
        self.fd = fd
    }

    deinit { close(fd) }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
