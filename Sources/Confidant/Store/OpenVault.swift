import Sodium
import Vault

/// An unlocked vault and its decoded document (from `VaultFile.open`).
public final class OpenVault {
    /// Where it is.
    public let file: VaultFile
    /// The document as it was read.
    public private(set) var document: VaultDocument
    var sealed: SealedVault
    var unlocked: UnlockedVault

    init(file: VaultFile, sealed: SealedVault, unlocked: UnlockedVault) throws {
        self.file = file
        self.sealed = sealed
        self.unlocked = unlocked
        document = try DocumentCodec.decode(unlocked.document)
        // The decoded document is what a command uses; the plaintext bytes go now, not at exit.
        unlocked.document = try SecureBytes(count: 0)
    }

    /// What `verify` reports about the file.
    public var info: VaultInfo {
        let kdf = sealed.passphraseParameters
        return VaultInfo(path: file.path, format: Int(VaultFormat.version), schema: document.schema,
                         argon2id: .init(passes: kdf.passes, memoryKiB: kdf.memoryKiB),
                         recoveryKeySlot: sealed.recoverySlot != nil, generations: file.generations)
    }

    /// Applies `change` to the current document under the exclusive lock, then seals and replaces
    /// the file atomically (the previous version goes to `generations/`). Usually nobody wrote
    /// since the vault was opened, and the document already read is changed; otherwise the file
    /// is reopened with the master key already held. When `change` throws, nothing is written.
    /// Returns what `change` returned; `document` is the new document afterwards.
    @discardableResult
    public func update<Result>(_ change: (inout VaultDocument) throws -> Result) throws -> Result {
        var result: Result?
        var changed: (document: VaultDocument, sealed: SealedVault)?
        try file.store.update { current in
            let unchanged = current == sealed
            let reopened = unchanged ? unlocked : try unlocked.reopen(current)
            var document = unchanged ? self.document : try DocumentCodec.decode(reopened.document)
            result = try change(&document)
            // A vault made before exports were signed gets its export key with its next write.
            if document.exportKey == nil { document.exportKey = try ExportAuthenticator.newKey() }
            reopened.document = try DocumentCodec.encode(document)
            let next = try reopened.sealed()
            changed = (document, next)
            return next
        }
        if let changed { (document, sealed) = changed }
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
