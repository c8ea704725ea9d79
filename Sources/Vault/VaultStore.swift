import Foundation
import Glibc

/// The vault on disk: one file, a sidecar lock, and the last few versions in `generations/`.
///
/// Every change takes the exclusive lock for the whole read-modify-write, copies the current file
/// into `generations/`, writes the new one to a temporary file, fsyncs it, renames it over the
/// vault and fsyncs the directory. Nothing is written on a failure path before that rename, so a
/// failed or killed command leaves the vault as it was.
public struct VaultStore: Sendable {
    /// How many previous versions `generations/` keeps.
    public static let generationsKept = 5

    /// The vault file. A symbolic link given as the vault is followed once, here, on purpose:
    /// the lock, `generations/`, `backups/` and temporary files then sit beside the real file,
    /// which is replaced in place of the link's target (docs/SECURITY.md).
    public let path: String
    /// How long to wait for another process's lock before giving up with `VaultError.busy`.
    public var lockTimeout: Double

    /// A store for the vault at `path`.
    public init(path: String, lockTimeout: Double = 10) {
        self.path = FileSystem.followingLink(path)
        self.lockTimeout = lockTimeout
    }

    /// Whether there is a file at the path.
    public var exists: Bool { FileSystem.exists(path) }

    /// The sidecar lock file.
    public var lockPath: String { path + ".lock" }
    /// The folder of previous versions, beside the vault.
    public var generationsDirectory: String { FileSystem.parent(of: path) + "/generations" }

    // MARK: Reading and writing

    /// Creates the vault's directory, and any missing parents, with mode 0700.
    public func makeDirectory() throws {
        try FileSystem.makeDirectories(FileSystem.parent(of: path))
    }

    /// Creates the vault, with its directory (0700) if missing. Refuses to replace anything.
    /// - Throws: `VaultError.alreadyExists` (the existing file is untouched), `.io`.
    public func create(_ vault: SealedVault) throws {
        try makeDirectory()
        try FileSystem.checkPrivate(directory: FileSystem.parent(of: path))
        let lock = try FileLock(path: lockPath, exclusive: true, timeout: lockTimeout)
        defer { withExtendedLifetime(lock) {} }
        if FileSystem.exists(path) { throw VaultError.alreadyExists(path: path) }
        try FileSystem.createExclusively(path, with: vault.serialized)
    }

    /// Why the vault's folder is unsafe to write in (another user's, or writable by others), or
    /// nil when it is private. Writes refuse such a folder; reads go on, with this said.
    public var folderProblem: String? {
        do {
            try FileSystem.checkPrivate(directory: FileSystem.parent(of: path))
            return nil
        } catch VaultError.unsafeLocation(_, let reason) {
            return reason
        } catch {
            return nil
        }
    }

    /// Reads and parses the vault under a shared lock.
    /// - Throws: `VaultError.notFound`, `.busy`, parse errors of `SealedVault.parse`.
    public func read() throws -> SealedVault {
        guard FileSystem.exists(path) else { throw VaultError.notFound(path: path) }
        let lock = try sharedLockIfPossible()
        defer { withExtendedLifetime(lock) {} }
        return try SealedVault.parse(FileSystem.read(path, limit: VaultFormat.maximumFileLength, followingLinks: false))
    }

    /// Runs a read-modify-write under the exclusive lock. `change` receives the current vault and
    /// returns the new one, or nil to leave the file alone; whatever it throws is rethrown with
    /// nothing written. The new file is parsed back before it replaces the vault, so a vault we
    /// could not read again is never written.
    ///
    /// With `reseal`, every kept generation (the one just kept included) is then passed to it
    /// under the same lock and replaced by what it returns, or removed when it returns nil or
    /// throws: `passwd` and `rekey` re-seal the history under the new keys.
    public func update(_ change: (SealedVault) throws -> SealedVault?, resealingGenerations reseal: ((SealedVault) throws -> SealedVault?)? = nil)
        throws
    {
        guard FileSystem.exists(path) else { throw VaultError.notFound(path: path) }
        try FileSystem.checkPrivate(directory: FileSystem.parent(of: path))
        let lock = try FileLock(path: lockPath, exclusive: true, timeout: lockTimeout)
        defer { withExtendedLifetime(lock) {} }
        removeStaleTemporaries()
        let current = try FileSystem.read(path, limit: VaultFormat.maximumFileLength, followingLinks: false)
        guard let next = try change(SealedVault.parse(current)) else { return }
        let bytes = next.serialized
        _ = try SealedVault.parse(bytes)
        try keepGeneration(current)
        try FileSystem.replace(path, with: bytes)
        guard let reseal else { return }
        for generation in generations() {
            if let copy = try? Self.readCopy(generation), let resealed = try? reseal(copy) {
                try FileSystem.replace(generation, with: resealed.serialized)
            } else {
                unlink(generation)
            }
        }
        try FileSystem.syncDirectory(of: generationsDirectory + "/.")
    }

    // MARK: Backups

    /// The default folder for backups, beside the vault.
    public var backupsDirectory: String { FileSystem.parent(of: path) + "/backups" }

    /// Copies the vault, as it is on disk, into `directory` (default `backupsDirectory`, created
    /// 0700) as `NAME.YYYYMMDDTHHMMSS.ffffffZ`, mode 0600, written exclusively and fsynced.
    /// Returns the copy's path; the caller verifies it.
    public func backup(to directory: String? = nil) throws -> String {
        let directory = directory ?? backupsDirectory
        let bytes: [UInt8] = try {
            guard FileSystem.exists(path) else { throw VaultError.notFound(path: path) }
            let lock = try sharedLockIfPossible()
            defer { withExtendedLifetime(lock) {} }
            return try FileSystem.read(path, limit: VaultFormat.maximumFileLength, followingLinks: false)
        }()
        try FileSystem.makeDirectories(directory)
        var target = directory + "/" + FileSystem.name(of: path) + "." + Self.timestamp()
        while FileSystem.exists(target) { target += "+" }
        try FileSystem.createExclusively(target, with: bytes)
        return target
    }

    /// The backups in `directory` (default `backupsDirectory`) made from this vault, oldest first.
    public func backups(in directory: String? = nil) -> [String] {
        let directory = directory ?? backupsDirectory
        return FileSystem.list(directory).filter(isCopyName).sorted().map { directory + "/" + $0 }
    }

    /// Reads and parses any vault file (a backup, a generation) without locking it. A FIFO or
    /// device is refused rather than waited on.
    public static func readCopy(_ path: String) throws -> SealedVault {
        try SealedVault.parse(FileSystem.read(path, limit: VaultFormat.maximumFileLength, followingLinks: true))
    }

    /// The size in bytes and modification time of a file, for listings.
    public static func fileInfo(_ path: String) -> (size: Int, modified: Double, device: UInt64)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return (Int(info.st_size), Double(info.st_mtim.tv_sec), UInt64(info.st_dev))
    }

    // MARK: Generations

    /// The kept previous versions, oldest first (their names sort by time).
    public func generations() -> [String] {
        FileSystem.list(generationsDirectory).filter(isCopyName).sorted().map { generationsDirectory + "/" + $0 }
    }

    /// Whether `name` is exactly what this store names a copy of its vault: `NAME.` and a
    /// timestamp `YYYYMMDDTHHMMSS.ffffffZ`, then any `+` added to make it unique. Nothing else in
    /// the folder is ours (the vault `notes` must not count `notes.old.…` as its own).
    private func isCopyName(_ name: String) -> Bool {
        let prefix = FileSystem.name(of: path) + "."
        guard name.hasPrefix(prefix) else { return false }
        let stamp = Array(name.utf8.dropFirst(prefix.utf8.count)).prefix { $0 != UInt8(ascii: "+") }
        let rest = name.utf8.count - prefix.utf8.count - stamp.count
        guard stamp.count == 23, name.utf8.suffix(rest).allSatisfy({ $0 == UInt8(ascii: "+") }) else { return false }
        return stamp.enumerated().allSatisfy { index, byte in
            switch index {
            case 8: byte == UInt8(ascii: "T")
            case 15: byte == UInt8(ascii: ".")
            case 22: byte == UInt8(ascii: "Z")
            default: (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            }
        }
    }

    /// Keeps the current file in `generations/` as `NAME.YYYYMMDDTHHMMSS.ffffffZ`: a hard link
    /// (atomic, and the vault is only ever replaced by rename, never changed in place), or a copy
    /// where the file system has no hard links. Old ones are pruned first, so a kill at any point
    /// leaves at most `generationsKept`.
    private func keepGeneration(_ bytes: [UInt8]) throws {
        try FileSystem.makeDirectories(generationsDirectory)
        for old in generations().dropLast(Self.generationsKept - 1) { unlink(old) }
        var name = generationsDirectory + "/" + FileSystem.name(of: path) + "." + Self.timestamp()
        while FileSystem.exists(name) { name += "+" }
        if link(path, name) == 0 {
            try FileSystem.syncDirectory(of: name)
        } else {
            try FileSystem.replace(name, with: bytes)
        }
    }

    private static func timestamp() -> String {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        var parts = tm()
        var seconds = time.tv_sec
        gmtime_r(&seconds, &parts)
        return String(
            format: "%04d%02d%02dT%02d%02d%02d.%06dZ", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday,
            parts.tm_hour, parts.tm_min, parts.tm_sec, Int(time.tv_nsec / 1000))
    }

    // MARK: Helpers

    /// A shared lock, or none where there is no lock file (a copy in generations/ or backups/
    /// opened with --vault: a reader creates nothing beside it) or it cannot be opened (a
    /// read-only copy). A read needs the lock only to wait for a writer: the vault is replaced by
    /// rename, so a read without it still sees one whole file.
    private func sharedLockIfPossible() throws -> FileLock? {
        do {
            return try FileLock(path: lockPath, exclusive: false, timeout: lockTimeout, creating: false)
        } catch VaultError.io(_, _, let error) where error == EACCES || error == EROFS || error == ENOENT {
            return nil
        }
    }

    /// Temporary files left by a writer that was killed (only ever encrypted bytes): exactly
    /// `.NAME.tmp-XXXXXX` beside the vault or one of its generations. Safe to remove because we
    /// hold the exclusive lock, so no writer is using them.
    private func removeStaleTemporaries() {
        let vault = FileSystem.name(of: FileSystem.temporaryPrefix(for: path))
        let removable = { (name: String, prefix: String) in name.hasPrefix(prefix) && name.utf8.count == prefix.utf8.count + 6 }
        for name in FileSystem.list(FileSystem.parent(of: path)) where removable(name, vault) {
            unlink(FileSystem.parent(of: path) + "/" + name)
        }
        for name in FileSystem.list(generationsDirectory) where name.hasPrefix(".") {
            let original = String(name.dropFirst())
            if let cut = original.range(of: ".tmp-", options: .backwards), isCopyName(String(original[..<cut.lowerBound])),
                removable(name, "." + original[..<cut.lowerBound] + ".tmp-")
            {
                unlink(generationsDirectory + "/" + name)
            }
        }
    }
}
