import Foundation
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
}

extension OpenVault {
    /// Writes a timestamped copy (to `directory`, default `backups/` beside the vault), then reads
    /// it back from disk and opens it with this vault's master key before reporting success.
    /// Returns its path.
    /// - Throws: `VaultError.io`; `VaultError`/`ConfidantError` when the copy does not verify
    ///   (the vault itself is untouched either way).
    public func backup(to directory: String? = nil) throws -> String {
        let copy = try file.store.backup(to: directory)
        try verify(copyAt: copy)
        return copy
    }

    /// Every copy in `directory` (default `backups/`), with whether it opens with this vault's
    /// master key (every copy of a vault does, even across passphrase changes) and decodes.
    public func backups(in directory: String? = nil) -> [BackupCopy] {
        file.store.backups(in: directory).map { path in
            let info = VaultStore.fileInfo(path)
            let modified = Timestamp.format(Date(timeIntervalSince1970: info?.modified ?? 0))
            do {
                try verify(copyAt: path)
                return BackupCopy(path: path, modified: modified, bytes: info?.size ?? 0, verifies: true, problem: nil)
            } catch {
                return BackupCopy(path: path, modified: modified, bytes: info?.size ?? 0, verifies: false, problem: "\(error)")
            }
        }
    }

    /// Opens the copy at `path` with this vault's master key and decodes it.
    func verify(copyAt path: String) throws {
        _ = try DocumentCodec.decode(unlocked.reopen(VaultStore.readCopy(path)).document)
    }
}

extension VaultFile {
    /// Replaces this vault with the copy at `copy`, verified first: it must open with this vault's
    /// master key (the vault is opened with `key`) or, failing that (a copy of another vault),
    /// with the key `copyKey` returns, and decode. The vault it replaces is kept in
    /// `generations/`. With no vault here yet, the copy is opened with `copyKey` and becomes the
    /// vault.
    /// - Throws: errors of reading, unlocking and decoding the copy or the current vault; nothing
    ///   is written when any is thrown.
    public func restore(from copy: String, key: () throws -> VaultKey, copyKey: () throws -> VaultKey) throws {
        let sealed = try VaultStore.readCopy(copy)
        guard exists else {
            _ = try DocumentCodec.decode(sealed.open(with: copyKey().credential()).document)
            return try store.create(sealed)
        }
        let current = try open(with: key)
        let restored = try (try? current.unlocked.reopen(sealed)) ?? sealed.open(with: copyKey().credential())
        _ = try DocumentCodec.decode(restored.document)
        try store.replace(with: sealed)
    }
}
