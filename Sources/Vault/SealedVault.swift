import Glibc
import Sodium

/// A vault file as bytes on disk: parsed and checked, but not decrypted. Holds no secrets.
///
/// Layout (docs/FORMAT.md): magic ‖ version ‖ slot count ‖ slots ‖ body nonce ‖ ciphertext length
/// ‖ ciphertext ‖ BLAKE2b-256 checksum of everything before it.
public struct SealedVault: Equatable, Sendable {
    /// Slot 1, the passphrase slot.
    public let passphraseSlot: KeySlot
    /// Slot 2, the recovery-key slot, absent for vaults made with `--no-recovery-key`.
    public let recoverySlot: KeySlot?
    /// The body's XChaCha20-Poly1305 nonce, fresh on every save.
    let bodyNonce: [UInt8]
    /// The whole file: a vault is read, sealed and written as one buffer (a large vault is tens
    /// of megabytes, and is never copied between the three).
    public let serialized: [UInt8]
    /// Where the sealed, padded body is in `serialized`.
    private let ciphertextRange: Range<Int>

    /// The sealed, padded body.
    var ciphertext: ArraySlice<UInt8> { serialized[ciphertextRange] }

    /// The Argon2id settings of the passphrase slot.
    public var passphraseParameters: (passes: UInt32, memoryKiB: UInt32) {
        guard case .passphrase(let passes, let memoryKiB) = passphraseSlot.kind else { return (0, 0) }
        return (passes, memoryKiB)
    }

    /// Every byte before the ciphertext: the body's associated data.
    var header: [UInt8] {
        Self.header(
            passphraseSlot: passphraseSlot, recoverySlot: recoverySlot, bodyNonce: bodyNonce,
            ciphertextLength: ciphertext.count)
    }

    /// The header for these slots and nonce, before a ciphertext of `ciphertextLength` bytes.
    static func header(passphraseSlot: KeySlot, recoverySlot: KeySlot?, bodyNonce: [UInt8], ciphertextLength: Int) -> [UInt8] {
        var bytes = VaultFormat.magic + [VaultFormat.version, recoverySlot == nil ? 1 : 2]
        bytes += passphraseSlot.serialized
        bytes += recoverySlot?.serialized ?? []
        bytes += bodyNonce
        bytes.appendBigEndian(UInt32(ciphertextLength))
        return bytes
    }

    /// A vault of these parts: `file` is the complete file, its ciphertext at `ciphertextRange`.
    init(passphraseSlot: KeySlot, recoverySlot: KeySlot?, bodyNonce: [UInt8], file: [UInt8], ciphertextRange: Range<Int>) {
        self.passphraseSlot = passphraseSlot
        self.recoverySlot = recoverySlot
        self.bodyNonce = bodyNonce
        serialized = file
        self.ciphertextRange = ciphertextRange
    }

    /// Equal files, byte for byte (compared with `memcmp`: a writer compares the vault it read
    /// with the file under the lock, and an element-by-element comparison of tens of megabytes
    /// shows).
    public static func == (lhs: SealedVault, rhs: SealedVault) -> Bool {
        lhs.serialized.count == rhs.serialized.count
            && lhs.serialized.withUnsafeBytes { a in rhs.serialized.withUnsafeBytes { b in memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0 } }
    }

    // MARK: Parsing

    /// Parses a vault file strictly: magic, version, slot kinds and count, Argon2id bounds and
    /// lengths are checked before anything is allocated or derived; the checksum must match and
    /// no byte may follow it.
    /// - Throws: `VaultError.notAVault`, `.unsupportedVersion`, `.kdfOutOfBounds` or `.damaged`.
    public static func parse(_ bytes: [UInt8]) throws -> SealedVault {
        var reader = ByteReader(bytes)
        let magic = VaultFormat.magic
        guard bytes.count >= magic.count, Array(bytes.prefix(magic.count)) == magic else { throw VaultError.notAVault }
        _ = try reader.take(magic.count, "magic")
        let version = try reader.byte("version")
        guard version == VaultFormat.version else { throw VaultError.unsupportedVersion(version) }
        let slotCount = try reader.byte("slot count")
        guard slotCount == 1 || slotCount == 2 else { throw VaultError.damaged("slot count \(slotCount), expected 1 or 2") }
        let passphraseSlot = try KeySlot.parse(&reader, expecting: VaultFormat.passphraseSlotKind, index: 1)
        let recoverySlot = slotCount == 2 ? try KeySlot.parse(&reader, expecting: VaultFormat.recoverySlotKind, index: 2) : nil
        let bodyNonce = try reader.take(VaultFormat.nonceLength, "body nonce")
        let length = Int(try reader.uint32("ciphertext length"))
        let smallest = VaultFormat.minimumPaddedLength + VaultFormat.tagLength
        guard length >= smallest, length <= VaultFormat.maximumCiphertextLength else {
            throw VaultError.damaged("ciphertext length \(length) outside \(smallest)...\(VaultFormat.maximumCiphertextLength)")
        }
        guard reader.remaining == length + VaultFormat.checksumLength else {
            throw VaultError.damaged(
                "file is \(bytes.count) bytes; its header says \(reader.offset + length + VaultFormat.checksumLength)")
        }
        let start = reader.offset
        _ = try reader.slice(length, "ciphertext")
        let checksum = try reader.take(VaultFormat.checksumLength, "checksum")
        let expected = bytes.withUnsafeBytes { BLAKE2b.hash256(UnsafeRawBufferPointer(rebasing: $0.dropLast(VaultFormat.checksumLength))) }
        guard ConstantTime.equals(checksum, expected) else {
            throw VaultError.damaged("checksum does not match the contents")
        }
        return SealedVault(
            passphraseSlot: passphraseSlot, recoverySlot: recoverySlot, bodyNonce: bodyNonce, file: bytes,
            ciphertextRange: start..<start + length)
    }

    // MARK: Opening

    /// Unwraps the master key with `credential` and decrypts the body.
    /// - Throws: `VaultError.wrongCredential` when the slot does not open, `.noRecoverySlot`,
    ///   `.bodyModified` when the body or header was changed, `.damaged` for bad padding.
    public func open(with credential: Credential) throws -> UnlockedVault {
        let masterKey: SecureBytes
        switch credential {
        case .passphrase(let passphrase):
            masterKey = try passphraseSlot.unwrap(with: passphrase, as: .passphrase)
        case .recoveryKey(let key):
            guard let recoverySlot else { throw VaultError.noRecoverySlot }
            masterKey = try recoverySlot.unwrap(with: key.bytes, as: .recoveryKey)
        }
        return try open(masterKey: masterKey)
    }

    /// Decrypts the body with a master key already unwrapped (by `open(with:)` here, or kept in
    /// the kernel keyring by a timed unlock). The whole header is the body's associated data, so
    /// a modified file does not open with the right key either.
    /// - Throws: `VaultError.bodyModified` when the key does not open the body (another key, or
    ///   a modified file), `.damaged` for bad padding.
    public func open(masterKey: SecureBytes) throws -> UnlockedVault {
        let plaintext: SecureBytes
        do {
            plaintext = try ciphertext.withUnsafeBytes {
                try AEAD.xChaCha20Poly1305.open($0, key: masterKey, nonce: bodyNonce, authenticating: header)
            }
        } catch SodiumError.authenticationFailed {
            throw VaultError.bodyModified
        }
        return UnlockedVault(
            masterKey: masterKey, slots: KeySlots(passphrase: passphraseSlot, recovery: recoverySlot),
            body: try BodyPadding.unpad(plaintext))
    }
}

/// The key slots of a vault: what wraps its master key.
struct KeySlots {
    let passphrase: KeySlot
    let recovery: KeySlot?
}

/// What unlocks a vault.
public enum Credential {
    /// The NFC-normalised passphrase (see `Passphrase.normalized`).
    case passphrase(SecureBytes)
    /// The recovery key printed by `init`.
    case recoveryKey(RecoveryKey)
}
