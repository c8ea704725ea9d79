import Sodium

/// A fresh master key wrapped in its key slots: for a new vault, and for `passwd` and `rekey`,
/// which seal the document under a new master key so that nothing that unwrapped the old one
/// (an old passphrase, an old recovery key, a copy made before the change) opens the new file.
/// Made before a write lock is taken: the Argon2id derivation is the slow part.
public struct NewKeys {
    let masterKey: SecureBytes
    let slots: KeySlots

    /// A random master key, wrapped under `passphrase` (NFC-normalised) with Argon2id
    /// `parameters` and, when `recoveryKey` is given, under it in a recovery slot.
    /// - Throws: `VaultError.kdfOutOfBounds` for parameters a reader would refuse.
    public init(passphrase: SecureBytes, parameters: Argon2id.Parameters, recoveryKey: RecoveryKey?) throws {
        try self.init(
            passphrase: passphrase, parameters: parameters, recoveryKey: recoveryKey,
            masterKey: SecureBytes(randomCount: VaultFormat.keyLength))
    }

    /// `init` with every random input given, for the test vector of docs/FORMAT.md.
    init(
        passphrase: SecureBytes, parameters: Argon2id.Parameters, recoveryKey: RecoveryKey?, masterKey: SecureBytes,
        passphraseSalt: [UInt8]? = nil, passphraseNonce: [UInt8]? = nil, recoverySalt: [UInt8]? = nil, recoveryNonce: [UInt8]? = nil
    ) throws {
        let kind = try Self.passphraseKind(parameters)
        let passphraseSlot = try KeySlot.wrap(masterKey, kind: kind, secret: passphrase, salt: passphraseSalt, nonce: passphraseNonce)
        let recoverySlot = try recoveryKey.map {
            try KeySlot.wrap(masterKey, kind: .recoveryKey, secret: $0.bytes, salt: recoverySalt, nonce: recoveryNonce)
        }
        self.masterKey = masterKey
        slots = KeySlots(passphrase: passphraseSlot, recovery: recoverySlot)
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
