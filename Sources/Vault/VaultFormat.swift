/// Every constant of vault format v1, in one place (docs/FORMAT.md is the prose version).
public enum VaultFormat {
    /// The first 16 bytes of every vault file.
    public static let magic: [UInt8] = Array("confidant vault\n".utf8)
    /// The only format version this code reads and writes.
    public static let version: UInt8 = 1

    /// Slot kind byte of the Argon2id passphrase slot (always slot 1).
    static let passphraseSlotKind: UInt8 = 0x01
    /// Slot kind byte of the recovery-key slot (optional slot 2).
    static let recoverySlotKind: UInt8 = 0x02

    /// Length of the master key and of every key-encryption key.
    static let keyLength = 32
    /// Length of slot salts.
    static let saltLength = 16
    /// Length of XChaCha20-Poly1305 nonces.
    static let nonceLength = 24
    /// Length of the Poly1305 tag.
    static let tagLength = 16
    /// Length of a wrapped master key (key ‖ tag).
    static let wrappedKeyLength = keyLength + tagLength
    /// Length of the trailing BLAKE2b-256 checksum.
    static let checksumLength = 32
    /// Length of the plaintext's big-endian length prefix.
    static let lengthPrefixLength = 4

    /// Bytes of a passphrase slot: kind, passes (u32), memory KiB (u32), salt, nonce, wrapped key.
    static let passphraseSlotLength = 1 + 4 + 4 + saltLength + nonceLength + wrappedKeyLength
    /// Bytes of a recovery slot: kind, salt, nonce, wrapped key.
    static let recoverySlotLength = 1 + saltLength + nonceLength + wrappedKeyLength

    /// Smallest padded plaintext, so that small vaults all look the same size.
    static let minimumPaddedLength = 256
    /// Largest body ciphertext accepted (256 MiB): checked before anything is allocated for it.
    public static let maximumCiphertextLength = 256 << 20
    /// Largest file accepted: header with both slots, body and checksum.
    public static let maximumFileLength =
        magic.count + 2 + passphraseSlotLength + recoverySlotLength + nonceLength + 4 + maximumCiphertextLength
        + checksumLength

    /// HKDF info that makes a recovery key's key-encryption key.
    static let recoveryInfo: [UInt8] = Array("confidant v1 recovery slot".utf8)

    /// Argon2id bounds a file may ask for. Outside them the file is refused before any KDF runs,
    /// so a crafted vault cannot make us allocate 64 GiB or spin for hours.
    public enum Bounds {
        /// Passes: 1 to 1,000.
        public static let passes: ClosedRange<UInt64> = 1...1_000
        /// Memory: 8 KiB (libsodium's minimum) to 4 GiB.
        public static let memoryKiB: ClosedRange<UInt64> = 8...(4 << 20)
        /// Passes × memory at most 32 GiB-passes (about half a minute on a 2025 laptop core).
        public static let workKiB: UInt64 = 32 << 20
    }

    /// Minimum passphrase length, in characters, for a new passphrase.
    public static let minimumPassphraseLength = 10
}
