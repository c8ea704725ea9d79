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

    /// The master key itself, for a timed unlock that keeps it in the kernel keyring
    /// (docs/SECURITY.md): it opens this vault until `passwd` or `rekey` replaces it. Nothing
    /// else may take it out of this object: `package`, so only this package's `KeyCache` sees it,
    /// never a client of the library.
    package var masterKeyForKeyring: SecureBytes { masterKey }

    /// A new vault holding `document` under `keys`.
    public static func create(document: SecureBytes, keys: NewKeys) -> UnlockedVault {
        UnlockedVault(masterKey: keys.masterKey, slots: keys.slots, body: document)
    }

    /// This vault's document under `keys`, a new master key: what `passwd` and `rekey` seal. The
    /// old master key opens nothing sealed by the result.
    public func rekeyed(_ keys: NewKeys) -> UnlockedVault {
        UnlockedVault(masterKey: keys.masterKey, slots: keys.slots, body: document)
    }

    /// Opens `sealed`, a newer copy of this same vault, with the master key already held: no
    /// key derivation. A command unlocks once, before taking the write lock, then re-reads the
    /// file under the lock and reopens it this way.
    /// - Throws: `VaultError.keysChanged` when `sealed` has other key slots and the master key
    ///   does not open it (a `passwd` or `rekey` in between, or another vault's copy);
    ///   `.bodyModified` when it has the same slots and was modified.
    public func reopen(_ sealed: SealedVault) throws -> UnlockedVault {
        do {
            return try sealed.open(masterKey: masterKey)
        } catch VaultError.bodyModified where sealed.passphraseSlot != passphraseSlot {
            throw VaultError.keysChanged
        }
    }

    /// Seals the current document under the master key with a fresh random nonce.
    public func sealed() throws -> SealedVault {
        try sealed(nonce: Random.bytes(VaultFormat.nonceLength))
    }

    /// `sealed()` with a given nonce, for the test vector of docs/FORMAT.md.
    func sealed(nonce: [UInt8]) throws -> SealedVault {
        let padded = try BodyPadding.pad(document)
        // The header includes the ciphertext's length, which is known before encrypting; the
        // body is sealed straight into the file's buffer, and the checksum computed in place.
        let header = SealedVault.header(
            passphraseSlot: passphraseSlot, recoverySlot: recoverySlot, bodyNonce: nonce,
            ciphertextLength: padded.count + VaultFormat.tagLength)
        let body = header.count..<header.count + padded.count + VaultFormat.tagLength
        var file = [UInt8](repeating: 0, count: body.upperBound + VaultFormat.checksumLength)
        try file.withUnsafeMutableBytes { out in
            header.withUnsafeBytes { out.copyMemory(from: $0) }
            try padded.withUnsafeBytes { plaintext in
                try AEAD.xChaCha20Poly1305.seal(
                    plaintext, into: UnsafeMutableRawBufferPointer(rebasing: out[body]),
                    key: masterKey, nonce: nonce, authenticating: header)
            }
            let checksum = BLAKE2b.hash256(UnsafeRawBufferPointer(rebasing: out[..<body.upperBound]))
            checksum.withUnsafeBytes { UnsafeMutableRawBufferPointer(rebasing: out[body.upperBound...]).copyMemory(from: $0) }
        }
        return SealedVault(passphraseSlot: passphraseSlot, recoverySlot: recoverySlot, bodyNonce: nonce, file: file, ciphertextRange: body)
    }
}
