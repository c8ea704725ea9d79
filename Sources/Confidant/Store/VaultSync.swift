import Foundation
import Sodium
import Vault

/// Merging copies of one vault (docs/SYNC.md): another copy merged into the vault, conflict copies
/// a sync tool left beside it, and a git merge of two versions of the file.
extension OpenVault {
    /// Opens the copy at `path` with the master key this vault was opened with (a copy made
    /// since the last passphrase change opens with it); nil when the copy is under other keys.
    /// - Throws: the errors of reading the copy (`VaultError.notFound`, damage).
    public func openCopyWithHeldKey(_ path: String) throws -> OpenVault? {
        let sealed = try VaultStore.readCopy(path)
        do {
            return try OpenVault(access: VaultAccess(path: path), sealed: sealed, unlocked: sealed.open(masterKey: unlocked.masterKeyForKeyring))
        } catch VaultError.bodyModified {
            return nil
        }
    }

    /// Refuses a copy that is not of this vault.
    /// - Throws: `ConfidantError.differentVault`.
    public func requireSameVault(_ copy: OpenVault) throws {
        guard let id = document.vaultId, id == copy.document.vaultId else { throw ConfidantError.differentVault(path: copy.access.path) }
    }

    /// Merges `copies` (other copies of this vault) into it under the lock (`VaultDocument.merging`)
    /// and returns what changed; with `dryRun`, what would. Merged records keep the stamps they
    /// were made with. A merge that weakens a protection is written only with `acceptingWeakening`,
    /// and, when `shown` lists the weakenings the person saw and accepted, only if the merge made
    /// under the lock weakens nothing more.
    /// - Throws: `ConfidantError.differentVault`, `.stampAhead`, `.mergeNeedsConsent`, and those of `update`.
    public func merge(
        _ copies: [(label: String, vault: OpenVault)], acceptingWeakening: Bool, shown: [String]? = nil, dryRun: Bool = false
    ) throws -> MergeOutcome {
        for copy in copies { try requireSameVault(copy.vault) }
        let documents = copies.map { VaultCopy(label: $0.label, document: $0.vault.document) }
        let preview = try document.merging(documents).outcome
        // Written when something changes, or when a copy was saved more often than this vault (so
        // that this file, copied back over it, is not taken for an older copy of it).
        let counted = documents.contains { $0.document.writeCount > document.writeCount }
        if dryRun || preview.changes.isEmpty && !counted { return preview }
        return try write(acceptingRollback: acceptsRollback, stamping: false) { document in
            var (merged, outcome) = try document.merging(documents)
            let accepted = acceptingWeakening && (shown.map { Set(outcome.weakenings).isSubset(of: Set($0)) } ?? true)
            guard outcome.weakenings.isEmpty || accepted else { throw ConfidantError.mergeNeedsConsent(count: outcome.weakenings.count) }
            document = merged
            outcome.written = true
            return outcome
        }
    }

    /// Removes the conflict copies at `paths`, once merged: after checking that the file on disk
    /// holds the document last written (when the merge `written` it), so a copy goes only when
    /// what it held is safely in the vault. Returns the paths removed.
    /// - Throws: the errors of `verifyOnDisk`; `VaultError.io` when a copy cannot be removed.
    public func removeMergedCopies(_ paths: [String], written: Bool) throws -> [String] {
        if written { try verifyOnDisk() }
        for path in paths where unlink(path) != 0 {
            throw VaultError.io(operation: "remove the merged conflict copy", path: path, errno: errno)
        }
        return paths
    }

    /// Reads the file back and opens it with the key held: it must hold the document last
    /// written (`merge --conflicts` removes copies only after this).
    /// - Throws: `VaultError.bodyModified` and the errors of reading and decoding;
    ///   `ConfidantError.invalidDocument` when it holds something else.
    public func verifyOnDisk() throws {
        let sealed = try access.store.read()
        let reread = try DocumentCodec.decode(sealed.open(masterKey: unlocked.masterKeyForKeyring).document)
        guard reread == document else { throw ConfidantError.invalidDocument("the vault read back is not the one written") }
    }

    /// For a copy opened from a git merge (`merge-driver`): writes `document` over this copy's
    /// file, sealed under its own keys, atomically, with no lock, generations or state beside
    /// it (git owns that file).
    /// - Throws: the errors of encoding, sealing and writing.
    public func replaceCopy(with merged: VaultDocument) throws {
        var merged = merged
        merged.writeCount = max(merged.writeCount, document.writeCount) + 1
        unlocked.document = try DocumentCodec.encode(merged)
        defer { unlocked.document = (try? SecureBytes(count: 0)) ?? unlocked.document }
        try AtomicFile.write(try unlocked.sealed().serialized, to: access.path, replacing: true)
        document = merged
    }
}

extension VaultAccess {
    /// Opens the copy at `path` with the key a timed unlock keeps for the vault at `vaultPath`
    /// (`KeyCache`); nil when there is none or it does not open the copy.
    /// - Throws: the errors of reading the copy.
    public static func openCopy(at path: String, usingKeyKeptFor vaultPath: String) throws -> OpenVault? {
        guard let cached = KeyCache.cached(forVaultAt: vaultPath), let masterKey = try? cached.masterKey() else { return nil }
        let sealed = try VaultStore.readCopy(path)
        guard let copy = try? OpenVault(access: VaultAccess(path: path), sealed: sealed, unlocked: sealed.open(masterKey: masterKey)),
            copy.document.vaultId.map(KeyCache.uuidBytes) == cached.vaultID
        else { return nil }
        return copy
    }
}

/// The conflict copies a sync tool leaves beside a file it could not reconcile (docs/SYNC.md).
public enum ConflictCopies {
    /// The conflict copies of the vault at `path`, by full path, sorted: Syncthing's
    /// `NAME.sync-conflict-YYYYMMDD-HHMMSS-DEVICE.EXT`, and Nextcloud's and Dropbox's
    /// `NAME (… conflicted copy …).EXT`.
    public static func beside(_ path: String) -> [String] {
        let folder = path.contains("/") ? PathParts.folder(of: path) : "", name = PathParts.name(of: path)
        let (stem, ext) = PathParts.stemAndExtension(of: name)
        let suffix = ext.isEmpty ? "" : "." + ext
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        return names.filter { isConflictCopy($0, stem: stem, suffix: suffix) }.sorted().map { (folder.isEmpty ? "" : folder + "/") + $0 }
    }

    static func isConflictCopy(_ candidate: String, stem: String, suffix: String) -> Bool {
        guard candidate.hasPrefix(stem), candidate.hasSuffix(suffix), candidate.count > stem.count + suffix.count else { return false }
        let middle = candidate.dropFirst(stem.count).dropLast(suffix.count)
        if middle.hasPrefix(".sync-conflict-") { return middle.count > ".sync-conflict-".count }
        return middle.hasPrefix(" (") && middle.hasSuffix(")") && middle.contains("conflicted copy")
    }
}
