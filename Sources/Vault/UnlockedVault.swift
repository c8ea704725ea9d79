import Sodium

/// A vault whose master key is in guarded memory: its decrypted document can be read, replaced
/// and sealed again. Sealing always draws a fresh body nonce.
public final class UnlockedVault {
    private let masterKey: SecureBytes
    private var passphraseSlot: KeySlot
    private let recoverySlot: KeySlot?

    /// The decrypted document (the vault JSON), in guarded memory.
    public var document: SecureBytes

    init(masterKey: SecureBytes, slots: KeySlots, body: SecureBytes) {
        self.masterKey = masterKey
        passphraseSlot = slots.passphrase
        recoverySlot = slots.recovery
        document = body
    }

    /// A new vault: a random master key, a passphrase slot with `parameters` and, when
    /// `recoveryKey` is given, a recovery slot.
    /// - Throws: `VaultError.kdfOutOfBounds` for parameters a reader would refuse.
    public static func create(
        document: SecureBytes, passphrase: SecureBytes, parameters: Argon2id.Parameters, recoveryKey: RecoveryKey?
    ) throws -> UnlockedVault {
        try create(
            document: document, passphrase: passphrase, parameters: parameters, recoveryKey: recoveryKey,
            masterKey: SecureBytes(randomCount: VaultFormat.keyLength))
    }

    /// `create` with every random input given, for the test vector of docs/FORMAT.md.
    static func create(
        document: SecureBytes, passphrase: SecureBytes, parameters: Argon2id.Parameters, recoveryKey: RecoveryKey?,
        masterKey: SecureBytes, passphraseSalt: [UInt8]? = nil, passphraseNonce: [UInt8]? = nil,
        recoverySalt: [UInt8]? = nil, recoveryNonce: [UInt8]? = nil
    ) throws -> UnlockedVault {
        let kind = try passphraseKind(parameters)
        let passphraseSlot = try KeySlot.wrap(masterKey, kind: kind, secret: passphrase, salt: passphraseSalt, nonce: passphraseNonce)
        let recoverySlot = try recoveryKey.map {
            try KeySlot.wrap(masterKey, kind: .recoveryKey, secret: $0.bytes, salt: recoverySalt, nonce: recoveryNonce)
        }
        return UnlockedVault(masterKey: masterKey, slots: KeySlots(passphrase: passphraseSlot, recovery: recoverySlot), body: document)
    }

    /// Rewraps the master key in slot 1 under a new passphrase (fresh salt and nonce). The master
    /// key and the recovery slot are unchanged, so the recovery key keeps working.
    public func changePassphrase(to passphrase: SecureBytes, parameters: Argon2id.Parameters) throws {
        passphraseSlot = try preparePassphraseSlot(passphrase, parameters: parameters).slot
    }

    /// The master key wrapped under `passphrase`: the key derivation, done before a write lock is
    /// taken, so that only `use(_:)` happens under it.
    public func preparePassphraseSlot(_ passphrase: SecureBytes, parameters: Argon2id.Parameters) throws -> PreparedSlot {
        PreparedSlot(slot: try KeySlot.wrap(masterKey, kind: Self.passphraseKind(parameters), secret: passphrase))
    }

    /// Puts a prepared passphrase slot in place of slot 1 (it wraps the same master key).
    public func use(_ prepared: PreparedSlot) {
        passphraseSlot = prepared.slot
    }

    /// Opens `sealed`, a newer copy of this same vault, with the master key already held: no
    /// key derivation. A command unlocks once, before taking the write lock, then re-reads the
    /// file under the lock and reopens it this way (a `passwd` in between keeps the master key).
    /// - Throws: `VaultError.bodyModified` when `sealed` is not this vault or was modified.
    public func reopen(_ sealed: SealedVault) throws -> UnlockedVault {
        try sealed.open(masterKey: masterKey)
    }

    /// Seals the current document under the master key with a fresh random nonce.
    public func sealed() throws -> SealedVault {
        try sealed(nonce: Random.bytes(VaultFormat.nonceLength))
    }

    /// `sealed()` with a given nonce, for the test vector of docs/FORMAT.md.
    func sealed(nonce: [UInt8]) throws -> SealedVault {
        let padded = try BodyPadding.pad(document)
        // The header includes the ciphertext's length, which is known before encrypting.
        let header = SealedVault.header(passphraseSlot: passphraseSlot, recoverySlot: recoverySlot, bodyNonce: nonce,
                                        ciphertextLength: padded.count + VaultFormat.tagLength)
        let ciphertext = try AEAD.xChaCha20Poly1305.seal(padded, key: masterKey, nonce: nonce, authenticating: header)
        return SealedVault(passphraseSlot: passphraseSlot, recoverySlot: recoverySlot, bodyNonce: nonce, ciphertext: ciphertext)
    }

    private static func passphraseKind(_ parameters: Argon2id.Parameters) throws -> KeySlot.Kind {
        let memoryKiB = parameters.memoryBytes / 1024
        guard parameters.memoryBytes % 1024 == 0, parameters.opsLimit <= UInt64(UInt32.max), memoryKiB <= Int(UInt32.max) else {
            throw VaultError.kdfOutOfBounds("Argon2id memory must be a whole number of KiB")
        }
        try KeySlot.checkBounds(passes: UInt32(parameters.opsLimit), memoryKiB: UInt32(memoryKiB))
        return .passphrase(passes: UInt32(parameters.opsLimit), memoryKiB: UInt32(memoryKiB))
    }
}
