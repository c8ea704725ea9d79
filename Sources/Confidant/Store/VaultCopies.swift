import Foundation
import Sodium
import Vault

/// A copy of the vault in a backups folder, and whether it verifies.
public struct BackupCopy: Encodable, Sendable {
    public let path: String
    /// When it was written, as a timestamp.
    public let modified: String
    public let bytes: Int
    public let verifies: Bool
    /// Why it does not verify.
    public let problem: String?
    /// Whether it is on the vault's own file system (disk): a failed disk or a lost laptop takes
    /// both.
    public let onVaultDisk: Bool
}

extension OpenVault {
    /// Writes a timestamped copy (to `directory`, default `backups/` beside the vault), then reads
    /// it back from disk and opens it with this vault's master key before reporting success.
    /// Returns its path.
    /// - Throws: `VaultError.io`; `VaultError`/`ConfidantError` when the copy does not verify
    ///   (the vault itself is untouched either way).
    public func backup(to directory: String? = nil) throws -> String {
        let copy = try access.store.backup(to: directory)
        try verify(copyAt: copy)
        return copy
    }

    /// Every copy in `directory` (default `backups/`), with whether it opens with this vault's
    /// master key and decodes. A copy made before `passwd` or `rekey` does not: it is reported as
    /// sealed under older keys (it opens with the passphrase it was made with) rather than damaged.
    public func backups(in directory: String? = nil) -> [BackupCopy] {
        access.store.backups(in: directory).map { path in
            let info = VaultStore.fileInfo(path)
            let modified = Timestamp.format(Date(timeIntervalSince1970: info?.modified ?? 0))
            let problem: String?
            do {
                try verify(copyAt: path)
                problem = nil
            } catch VaultError.keysChanged {
                problem =
                    "sealed under older keys (made before a passphrase change, or another vault's); it opens with the passphrase it was made with"
            } catch {
                problem = "\(error)"
            }
            return BackupCopy(
                path: path, modified: modified, bytes: info?.size ?? 0, verifies: problem == nil, problem: problem,
                onVaultDisk: isOnVaultDisk(path))
        }
    }

    /// Whether the file at `path` is on the same file system as the vault.
    public func isOnVaultDisk(_ path: String) -> Bool {
        guard let vault = VaultStore.fileInfo(access.path), let copy = VaultStore.fileInfo(path) else { return false }
        return vault.device == copy.device
    }

    /// A review item when no backup in `backups/` beside the vault is on another disk (or there
    /// is none): what `review` adds to `Review.items`, which knows the document, not the disk.
    public var backupItem: ReviewItem? {
        let copies = access.store.backups(in: nil)
        guard copies.allSatisfy(isOnVaultDisk) else { return nil }
        let message =
            copies.isEmpty
            ? "there is no backup of the vault yet"
            : "every backup (\(copies.count) in backups/) is on the same disk as the vault: a failed disk or a lost laptop takes them all"
        return ReviewItem(.backupsOnVaultDisk, message, Suggestion("backup", for: nil, flags: copies.isEmpty ? [] : ["--to", "DIR"]))
    }

    /// Opens the copy at `path` with this vault's master key and decodes it.
    func verify(copyAt path: String) throws {
        _ = try DocumentCodec.decode(unlocked.reopen(VaultStore.readCopy(path)).document)
    }
}

extension VaultAccess {
    /// Replaces this vault's contents with those of the copy at `copy`, verified first: it must
    /// open with this vault's master key (the vault is opened with `key`) or, failing that (a
    /// copy made before a passphrase change, or of another vault), with the key `copyKey`
    /// returns, and decode. The copy's document is then sealed under the current vault's keys:
    /// a restore never brings back an old passphrase or recovery key. The vault it replaces is
    /// kept in `generations/`. With no vault here yet, the copy becomes the vault under its own
    /// keys. Either way the restored vault counts as the newest write (`Rollback`).
    /// - Throws: errors of reading, unlocking and decoding the copy or the current vault; nothing
    ///   is written when any is thrown.
    public func restore(from copy: String, key: () throws -> VaultKey, copyKey: () throws -> VaultKey) throws {
        let sealed = try VaultStore.readCopy(copy)
        guard exists else {
            // The copy becomes the vault under its own keys, counted as the newest write.
            let opened = try sealed.open(with: copyKey().credential())
            var document = try DocumentCodec.decode(opened.document)
            document.writeCount = max(document.writeCount, lastSeenCount(of: document)) + 1
            opened.document = try DocumentCodec.encode(document)
            try store.create(opened.sealed())
            KeyCache.lock(vaultAt: path)
            return recordSeen(document)
        }
        let current = try open(with: key)
        let restored = try (try? current.unlocked.reopen(sealed)) ?? sealed.open(with: copyKey().credential())
        let document = try DocumentCodec.decode(restored.document)
        restored.document = try SecureBytes(count: 0)
        // Sealed under the current keys, and counted above every write seen: a restore is the
        // way to go back to an earlier copy on purpose.
        // The records are the copy's; the vault's id stays this vault's, and the export key is
        // new: whoever holds the copy (and its old passphrase) cannot sign exports as this vault.
        try current.write(acceptingRollback: true) { vault in
            let own = vault
            vault = document
            vault.vaultId = own.vaultId ?? document.vaultId
            vault.sync.stamps[SyncState.exportKeyRecord] = own.sync.stamps[SyncState.exportKeyRecord]
            vault.exportKey = try ExportAuthenticator.newKey()
        }
        // The vault was replaced: a key `unlock` kept for it is revoked, as after any change of keys.
        KeyCache.lock(vaultAt: path)
    }
}
