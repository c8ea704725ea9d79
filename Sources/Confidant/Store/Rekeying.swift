import Sodium
import Vault

/// What becomes of the recovery key when the master key changes (`passwd`, `rekey`). The old
/// recovery slot wraps the old master key, so it cannot simply be carried over.
public enum RecoveryChoice {
    /// Keep the current recovery key, given as its text: it is checked against this vault and
    /// wrapped around the new master key.
    case keep(SecureBytes)
    /// Make a new recovery key, for the front end to show or write once.
    case replace
    /// No recovery key from now on.
    case drop
}

/// New keys for an open vault, made before the write lock (the Argon2id derivation is the slow
/// part): a new master key under the new passphrase and the chosen recovery key.
public struct Rekeying {
    let keys: NewKeys
    /// A new recovery key's text (grouped Base32), for `.replace`; the front end shows or writes
    /// it before `OpenVault.rekey` commits.
    public let newRecoveryKey: SecureBytes?
}

/// What `OpenVault.rekey` did beyond the vault itself.
public struct RekeyReport: Sendable {
    /// Kept generations re-sealed under the new keys.
    public let resealedGenerations: Int
    /// Kept generations removed because the old keys did not open them.
    public let removedGenerations: Int
    /// Copies in `backups/` that still open with the old keys (backups are never rewritten).
    public let backupsWithOldKeys: Int
}

extension OpenVault {
    /// Prepares new keys: `passphrase` (normalised; `PassphraseRules.checkedNew` for a new one) with
    /// Argon2id `parameters`, or the current settings when nil, and the recovery key as chosen.
    /// - Throws: `VaultError.wrongCredential(.recoveryKey)` when a kept recovery key is not this
    ///   vault's, `.invalidRecoveryKey`, `.kdfOutOfBounds`.
    public func prepareRekeying(passphrase: SecureBytes, parameters: Argon2id.Parameters?, recovery: RecoveryChoice) throws -> Rekeying {
        let kdf = sealed.passphraseParameters
        let parameters = try parameters ?? Argon2id.Parameters(opsLimit: UInt64(kdf.passes), memoryBytes: Int(kdf.memoryKiB) * 1024)
        let recoveryKey: RecoveryKey?
        switch recovery {
        case .keep(let text):
            let key = try RecoveryKey.parse(text)
            _ = try sealed.open(with: .recoveryKey(key))
            recoveryKey = key
        case .replace: recoveryKey = try RecoveryKey.generate()
        case .drop: recoveryKey = nil
        }
        let keys = try NewKeys(passphrase: passphrase, parameters: parameters, recoveryKey: recoveryKey)
        let shown: SecureBytes? = if case .replace = recovery { try recoveryKey?.formatted() } else { nil }
        return Rekeying(keys: keys, newRecoveryKey: shown)
    }

    /// Seals the vault under the new keys (a change made since it was opened is kept), then, under
    /// the same lock, re-seals every kept generation under them too, removing any the old keys do
    /// not open: afterwards nothing beside the vault opens with the old passphrase or recovery
    /// key. Backups are not touched; the report counts those that still open with the old keys.
    /// - Throws: `ConfidantError.rolledBack` (unless accepted), and errors of reading and writing.
    public func rekey(_ rekeying: Rekeying) throws -> RekeyReport {
        try refuseRollback()
        let old = unlocked
        var written: (sealed: SealedVault, unlocked: UnlockedVault)?
        var resealed = 0, removed = 0
        var rekeyed: VaultDocument?
        try access.store.update(
            { current in
                let next = try old.reopen(current).rekeyed(rekeying.keys)
                // A new export key too: whoever holds an old copy and its old passphrase cannot sign
                // an export that imports here as made by this vault.
                var document = try DocumentCodec.decode(next.document)
                let before = document
                document.exportKey = try ExportAuthenticator.newKey()
                document.stampChanges(from: before, at: Stamp.next(after: document.sync.clock, device: access.deviceID))
                next.document = try DocumentCodec.encode(document, expectedBytes: next.document.count + 4096)
                rekeyed = document
                written = (try next.sealed(), next)
                return written?.sealed
            },
            resealingGenerations: { copy in
                guard let opened = try? old.reopen(copy) else {
                    removed += 1
                    return nil
                }
                resealed += 1
                return try opened.rekeyed(rekeying.keys).sealed()
            })
        let oldBackups = access.store.backups().filter { (try? old.reopen(VaultStore.readCopy($0))) != nil }.count
        if let written, let rekeyed {
            (sealed, unlocked, document) = (written.sealed, written.unlocked, rekeyed)
            unlocked.document = try SecureBytes(count: 0)
        }
        // A key `unlock` kept is the old master key: it opens nothing now, so it goes too.
        KeyCache.lock(vaultAt: access.path)
        return RekeyReport(resealedGenerations: resealed, removedGenerations: removed, backupsWithOldKeys: oldBackups)
    }
}
