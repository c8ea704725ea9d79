import Glibc
import Sodium

/// The highest write count this account has seen for each vault, kept outside the vault, so that
/// a vault file replaced by an older copy of itself can be noticed (docs/SECURITY.md, rollback).
///
/// One line per vault, `KEY COUNT`: the key is a hash of the vault's id (which only the
/// decrypted vault holds) and its path, so the file says neither where vaults are nor how many
/// times each was written without the vault itself. The file is 0600 in a 0700 folder, replaced
/// atomically, and changed under a lock beside it. It is not authenticated: whoever can write it
/// can also delete it, and the check then starts again from the vault as it is.
public struct LastSeen: Sendable {
    /// The state file.
    public let path: String

    /// The state kept at `path`.
    public init(path: String) {
        self.path = path
    }

    /// `$XDG_STATE_HOME/confidant/last-seen`, else `~/.local/state/confidant/last-seen`.
    public static func defaultPath(environment: [String: String]) -> String {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/confidant/last-seen"
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "."
        return home + "/.local/state/confidant/last-seen"
    }

    /// The key of the vault with id `vaultID` at `vaultPath` (its folder resolved, so another
    /// spelling of the same path finds the same entry).
    public static func key(vaultID: String, vaultPath: String) -> String {
        let folder = FileSystem.parent(of: vaultPath)
        let resolved =
            realpath(folder, nil).map { pointer in
                defer { free(pointer) }
                return String(cString: pointer)
            } ?? folder
        let hash = BLAKE2b.hash256(Array("confidant last-seen v1\n\(vaultID)\n\(resolved)/\(FileSystem.name(of: vaultPath))".utf8))
        return Hex.lowercase(hash.prefix(16))
    }

    /// Why the state file exists but cannot be read (a symbolic link, another user's, not a
    /// file), or nil: unread, it would silently stop rollback from being noticed.
    public var problem: String? {
        do {
            _ = try FileSystem.read(path, limit: 16 << 20)
            return nil
        } catch VaultError.notFound {
            return nil
        } catch {
            return "\(error)"
        }
    }

    /// The count recorded for `key`; nil when there is none, or the file cannot be read.
    public func count(for key: String) -> UInt64? {
        entries()[key]
    }

    /// Records `count` for `key` unless a higher one is recorded already.
    /// - Throws: `VaultError.io`, `.busy`, `.unsafeLocation`.
    public func record(_ count: UInt64, for key: String) throws {
        try FileSystem.makeDirectories(FileSystem.parent(of: path))
        let lock = try FileLock(path: path + ".lock", exclusive: true, timeout: 2)
        defer { withExtendedLifetime(lock) {} }
        var entries = entries()
        guard entries[key].map({ $0 < count }) ?? true else { return }
        entries[key] = count
        let text = entries.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)\n" }.joined()
        try FileSystem.replace(path, with: Array(text.utf8))
    }

    /// Every well-formed line of the file (others are skipped: a damaged line forgets one vault).
    private func entries() -> [String: UInt64] {
        guard let bytes = try? FileSystem.read(path, limit: 16 << 20) else { return [:] }
        var entries: [String: UInt64] = [:]
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: " ")
            guard parts.count == 2, parts[0].utf8.count == 32, let count = UInt64(parts[1]) else { continue }
            entries[String(parts[0])] = max(entries[String(parts[0])] ?? 0, count)
        }
        return entries
    }
}
