import Foundation
import Sodium
import Vault

/// An unlocked vault and its decoded document (from `VaultAccess.open`).
public final class OpenVault {
    /// The vault it is, at its path (lock timeout, last-seen state).
    public let access: VaultAccess
    /// The document as it was read.
    public internal(set) var document: VaultDocument
    /// Set when the vault is older than the newest copy of it seen here (`Rollback`): a front
    /// end warns on reads, and a write is refused unless `acceptsRollback`.
    public private(set) var rollback: Rollback?
    /// The user accepted the older vault (`--accept-rollback`): writes go on from the newest
    /// write count seen, so the copies that were newer stay detectable as different.
    public var acceptsRollback = false
    var sealed: SealedVault
    var unlocked: UnlockedVault
    /// The size of the document as last read or written, so a save sizes its buffer once.
    private var documentBytes: Int
    /// What the command should warn of (`VaultAccess.warnings`), as found when the vault was opened.
    public let warnings: [String]

    init(access: VaultAccess, sealed: SealedVault, unlocked: UnlockedVault) throws {
        self.access = access
        self.sealed = sealed
        self.unlocked = unlocked
        document = try DocumentCodec.decode(unlocked.document)
        documentBytes = unlocked.document.count
        // The decoded document is what a command uses; the plaintext bytes go now, not at exit.
        unlocked.document = try SecureBytes(count: 0)
        // Before the rollback check, which replaces a state file it could not read.
        warnings =
            access.warnings
            + (document.stampAhead(of: Date()).map { stamp in
                [
                    "this vault holds changes dated \(Timestamp.format(Date(timeIntervalSince1970: Double(stamp.wall) / 1000))), ahead of this "
                        + "computer's clock (was it set wrong?): the next change or merge made here re-dates them to now, so that other copies can merge them"
                ]
            } ?? [])
        rollback = access.checkRollback(of: document)
    }

    /// Throws when the vault is rolled back and the user has not accepted it.
    /// - Throws: `ConfidantError.rolledBack`.
    public func refuseRollback() throws {
        if let rollback, !acceptsRollback { throw ConfidantError.rolledBack(rollback) }
    }

    /// What `verify` reports about the file.
    public var info: VaultInfo {
        let kdf = sealed.passphraseParameters
        return VaultInfo(
            path: access.path, format: Int(VaultFormat.version), schema: document.schema,
            argon2id: .init(passes: kdf.passes, memoryKiB: kdf.memoryKiB),
            recoveryKeySlot: sealed.recoverySlot != nil, generations: access.generations)
    }

    /// Reads the file again and, when another process has written it since, takes its document
    /// (opened with the master key already held): a front end that stays open, such as the page
    /// on loopback, shows the vault as it is now. Returns whether it had changed.
    /// - Throws: `VaultError.keysChanged` after a `passwd` or `rekey` elsewhere; those of reading
    ///   and decoding. On a throw `document` is as it was.
    @discardableResult
    public func refresh() throws -> Bool {
        let current = try access.store.read()
        guard current != sealed else { return false }
        let reopened = try unlocked.reopen(current)
        let read = try DocumentCodec.decode(reopened.document)
        documentBytes = reopened.document.count
        reopened.document = try SecureBytes(count: 0)
        (document, sealed, unlocked) = (read, current, reopened)
        rollback = access.checkRollback(of: document)
        return true
    }

    /// Applies `change` to the current document under the exclusive lock, then seals and replaces
    /// the file atomically (the previous version goes to `generations/`). Usually nobody wrote
    /// since the vault was opened, and the document already read is changed; otherwise the file
    /// is reopened with the master key already held. When `change` throws, nothing is written.
    /// Returns what `change` returned; `document` is the new document afterwards.
    /// Each write counts itself (`VaultDocument.writeCount`) and is recorded as seen; a vault
    /// older than the newest seen is refused unless `acceptsRollback` (judged again under the
    /// lock, on the file as it is then).
    /// - Throws: `ConfidantError.rolledBack`; `change`'s errors; those of reading and writing.
    @discardableResult
    public func update<Result>(_ change: (inout VaultDocument) throws -> Result) throws -> Result {
        try write(acceptingRollback: acceptsRollback, change)
    }

    /// `update`, with the rollback check as `acceptingRollback` says (a restore replaces an
    /// older vault on purpose); without `stamping`, the change brings its own stamps (a merge).
    func write<Result>(acceptingRollback: Bool, stamping: Bool = true, _ change: (inout VaultDocument) throws -> Result) throws -> Result {
        var result: Result?
        var changed: (document: VaultDocument, sealed: SealedVault, bytes: Int)?
        try access.store.update { current in
            let unchanged = current == sealed
            // The file as read now replaces the copy read at open, so only one is held.
            if unchanged { sealed = current }
            let reopened = unchanged ? unlocked : try unlocked.reopen(current)
            var document = unchanged ? self.document : try DocumentCodec.decode(reopened.document)
            let seen = access.lastSeenCount(of: document), before = document.writeCount
            if before < seen, !acceptingRollback { throw ConfidantError.rolledBack(Rollback(found: before, seen: seen)) }
            // Changes dated ahead by a clock set wrong are re-dated now, so other copies can merge them.
            document.redateFuture(now: Date())
            let unchangedDocument = document
            result = try change(&document)
            if stamping { document.stampChanges(from: unchangedDocument, at: Stamp.next(after: document.sync.clock, device: access.deviceID)) }
            // A vault made before exports were signed, or before vaults had ids, gets them now.
            if document.exportKey == nil { document.exportKey = try ExportAuthenticator.newKey() }
            if document.vaultId == nil { document.vaultId = UUID() }
            document.writeCount = max(before, document.writeCount, seen) + 1
            reopened.document = try DocumentCodec.encode(document, expectedBytes: documentBytes + documentBytes / 16 + 4096)
            let next = try reopened.sealed()
            changed = (document, next, reopened.document.count)
            // Sealed: the plaintext is not needed any more.
            reopened.document = try SecureBytes(count: 0)
            return next
        }
        if let changed {
            (document, sealed, documentBytes) = changed
            rollback = nil
            access.recordSeen(document)
        }
        return result!
    }
}

/// A vault's format and settings, as `verify` shows them (docs/CLI.md).
public struct VaultInfo: Encodable, Sendable {
    public let ok = true
    public let path: String
    /// The file format (docs/FORMAT.md).
    public let format: Int
    /// The decrypted document's schema.
    public let schema: Int
    public let argon2id: KDF
    public let recoveryKeySlot: Bool
    /// Previous versions kept in `generations/`.
    public let generations: Int

    /// Argon2id's settings.
    public struct KDF: Encodable, Sendable {
        public let passes: UInt32
        public let memoryKiB: UInt32
    }
}
