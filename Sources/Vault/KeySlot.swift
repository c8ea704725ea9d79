import Sodium

/// A key slot: the master key wrapped under a key-encryption key that the user can reproduce.
///
/// Slot 1 derives its key from the passphrase with Argon2id; slot 2 from the recovery key with
/// HKDF-SHA256. Each wraps with XChaCha20-Poly1305 and binds, as associated data, the magic, the
/// version and every slot byte before the wrapped key, so its parameters cannot be swapped.
public struct KeySlot: Equatable, Sendable {
    /// What a slot's key-encryption key is derived from.
    public enum Kind: Equatable, Sendable {
        /// Argon2id over the NFC-normalised passphrase, with these parameters.
        case passphrase(passes: UInt32, memoryKiB: UInt32)
        /// HKDF-SHA256 over the 32-byte recovery key.
        case recoveryKey
    }

    /// How the key-encryption key is derived.
    public let kind: Kind
    /// The slot's random salt (16 bytes).
    public let salt: [UInt8]
    /// The nonce the master key was wrapped with (24 bytes).
    public let nonce: [UInt8]
    /// The wrapped master key with its tag (48 bytes).
    let wrappedKey: [UInt8]

    /// The slot's bytes before the wrapped key, which are also its associated data (after the magic and version).
    var parameterBytes: [UInt8] {
        var bytes: [UInt8]
        switch kind {
        case .passphrase(let passes, let memoryKiB):
            bytes = [VaultFormat.passphraseSlotKind]
            bytes.appendBigEndian(passes)
            bytes.appendBigEndian(memoryKiB)
        case .recoveryKey:
            bytes = [VaultFormat.recoverySlotKind]
        }
        return bytes + salt + nonce
    }

    /// The slot as stored in the file.
    var serialized: [UInt8] { parameterBytes + wrappedKey }

    /// A BLAKE2b-256 digest of the slot as stored. Equal fingerprints mean the same wrapped master
    /// key (the slot is authenticated encryption of it), so a cached master key that does not
    /// open a body under an unchanged slot proves the body was modified, not the keys changed.
    public var fingerprint: [UInt8] { BLAKE2b.hash256(serialized) }

    private var associatedData: [UInt8] { VaultFormat.magic + [VaultFormat.version] + parameterBytes }

    // MARK: Wrapping and unwrapping

    /// Wraps `masterKey` under a key derived from `secret` with fresh salt and nonce.
    static func wrap(
        _ masterKey: SecureBytes, kind: Kind, secret: SecureBytes,
        salt: [UInt8]? = nil, nonce: [UInt8]? = nil
    ) throws -> KeySlot {
        let salt = try salt ?? Random.bytes(VaultFormat.saltLength)
        let nonce = try nonce ?? Random.bytes(VaultFormat.nonceLength)
        let unsealed = KeySlot(kind: kind, salt: salt, nonce: nonce, wrappedKey: [])
        let keyEncryptionKey = try unsealed.deriveKey(from: secret)
        let wrapped = try AEAD.xChaCha20Poly1305.seal(
            masterKey, key: keyEncryptionKey, nonce: nonce, authenticating: unsealed.associatedData)
        return KeySlot(kind: kind, salt: salt, nonce: nonce, wrappedKey: wrapped)
    }

    /// Unwraps the master key with `secret`.
    /// - Throws: `VaultError.wrongCredential` when the tag does not verify.
    func unwrap(with secret: SecureBytes, as credential: VaultError.CredentialKind) throws -> SecureBytes {
        let keyEncryptionKey = try deriveKey(from: secret)
        do {
            return try AEAD.xChaCha20Poly1305.open(wrappedKey, key: keyEncryptionKey, nonce: nonce, authenticating: associatedData)
        } catch SodiumError.authenticationFailed {
            throw VaultError.wrongCredential(credential)
        }
    }

    private func deriveKey(from secret: SecureBytes) throws -> SecureBytes {
        switch kind {
        case .passphrase(let passes, let memoryKiB):
            let parameters = try Argon2id.Parameters(opsLimit: UInt64(passes), memoryBytes: Int(memoryKiB) * 1024)
            return try Argon2id.deriveKey(length: VaultFormat.keyLength, from: secret, salt: salt, parameters: parameters)
        case .recoveryKey:
            return try HKDFSHA256.deriveKey(length: VaultFormat.keyLength, from: secret, salt: salt, info: VaultFormat.recoveryInfo)
        }
    }

    // MARK: Parsing

    /// Reads one slot, checking its kind and, for a passphrase slot, the Argon2id bounds,
    /// before anything is derived or allocated.
    static func parse(_ reader: inout ByteReader, expecting expected: UInt8, index: Int) throws -> KeySlot {
        let kindByte = try reader.byte("slot \(index) kind")
        guard kindByte == expected else {
            throw VaultError.damaged("slot \(index) has kind \(kindByte), expected \(expected)")
        }
        let kind: Kind
        if kindByte == VaultFormat.passphraseSlotKind {
            let passes = try reader.uint32("slot \(index) passes")
            let memoryKiB = try reader.uint32("slot \(index) memory")
            try checkBounds(passes: passes, memoryKiB: memoryKiB)
            kind = .passphrase(passes: passes, memoryKiB: memoryKiB)
        } else {
            kind = .recoveryKey
        }
        return KeySlot(
            kind: kind,
            salt: try reader.take(VaultFormat.saltLength, "slot \(index) salt"),
            nonce: try reader.take(VaultFormat.nonceLength, "slot \(index) nonce"),
            wrappedKey: try reader.take(VaultFormat.wrappedKeyLength, "slot \(index) wrapped key"))
    }

    /// Refuses Argon2id settings outside `VaultFormat.Bounds`.
    static func checkBounds(passes: UInt32, memoryKiB: UInt32) throws {
        let bounds = VaultFormat.Bounds.self
        guard bounds.passes.contains(UInt64(passes)) else {
            throw VaultError.kdfOutOfBounds("Argon2id passes \(passes) outside \(bounds.passes)")
        }
        guard bounds.memoryKiB.contains(UInt64(memoryKiB)) else {
            throw VaultError.kdfOutOfBounds("Argon2id memory \(memoryKiB) KiB outside \(bounds.memoryKiB) KiB")
        }
        guard UInt64(passes) * UInt64(memoryKiB) <= bounds.workKiB else {
            throw VaultError.kdfOutOfBounds("Argon2id work \(passes) passes × \(memoryKiB) KiB above \(bounds.workKiB) KiB-passes")
        }
    }
}
