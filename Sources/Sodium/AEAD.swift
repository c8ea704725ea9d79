import CSodium

/// One direction of an AEAD: (output, input, input length, ad, ad length, nonce, key) → status.
typealias AEADFunction =
    @Sendable (
        UnsafeMutablePointer<UInt8>, UnsafePointer<UInt8>, UInt64, UnsafePointer<UInt8>?, UInt64,
        UnsafePointer<UInt8>, UnsafePointer<UInt8>
    ) -> Int32

/// An authenticated cipher with associated data: one of libsodium's IETF ChaCha20-Poly1305
/// constructions. Ciphertexts are the encrypted bytes followed by a 16-byte Poly1305 tag.
public struct AEAD: Sendable {
    /// Key length in bytes (32) of both constructions.
    public static let keyLength = 32
    /// Authentication tag length in bytes (16), appended to every ciphertext.
    public static let tagLength = 16

    /// XChaCha20-Poly1305 (draft-irtf-cfrg-xchacha), 24-byte nonce: large enough to pick at random
    /// for every message, which is why the vault uses it for its body and key slots.
    public static let xChaCha20Poly1305 = AEAD(
        name: "XChaCha20-Poly1305", nonceLength: 24,
        encrypt: { crypto_aead_xchacha20poly1305_ietf_encrypt($0, nil, $1, $2, $3, $4, nil, $5, $6) },
        decrypt: { crypto_aead_xchacha20poly1305_ietf_decrypt($0, nil, nil, $1, $2, $3, $4, $5, $6) })

    /// ChaCha20-Poly1305 as in RFC 8439, 12-byte nonce. age uses it for its file-key stanzas and
    /// its STREAM payload, where nonces are fixed or counters, never random.
    public static let chaCha20Poly1305 = AEAD(
        name: "ChaCha20-Poly1305", nonceLength: 12,
        encrypt: { crypto_aead_chacha20poly1305_ietf_encrypt($0, nil, $1, $2, $3, $4, nil, $5, $6) },
        decrypt: { crypto_aead_chacha20poly1305_ietf_decrypt($0, nil, nil, $1, $2, $3, $4, $5, $6) })

    /// The construction's name, used in error messages.
    public let name: String
    /// The nonce length in bytes.
    public let nonceLength: Int
    let encrypt: AEADFunction
    let decrypt: AEADFunction

    /// Encrypts `plaintext` under `key` and `nonce`, binding `associatedData`; returns ciphertext ‖ tag.
    /// - Throws: `SodiumError.invalidLength` for a key or nonce of the wrong size.
    public func seal(
        _ plaintext: SecureBytes, key: SecureBytes, nonce: [UInt8], authenticating associatedData: [UInt8] = []
    ) throws -> [UInt8] {
        try plaintext.withUnsafeBytes { buffer in
            try seal(buffer, key: key, nonce: nonce, authenticating: associatedData)
        }
    }

    /// Authenticates and decrypts ciphertext ‖ tag into guarded memory.
    /// - Throws: `SodiumError.authenticationFailed` for a wrong key or modified data or associated data.
    public func open(
        _ ciphertext: [UInt8], key: SecureBytes, nonce: [UInt8], authenticating associatedData: [UInt8] = []
    ) throws -> SecureBytes {
        try ciphertext.withUnsafeBytes { buffer in
            try open(buffer, key: key, nonce: nonce, authenticating: associatedData)
        }
    }

    /// Encrypts raw bytes (for payloads that are not secret to this process, or already in a buffer).
    public func seal(
        _ plaintext: UnsafeRawBufferPointer, key: SecureBytes, nonce: [UInt8], authenticating ad: [UInt8]
    ) throws -> [UInt8] {
        try Library.ensureInitialized()
        try checkKeyAndNonce(key, nonce)
        var output = [UInt8](repeating: 0, count: plaintext.count + Self.tagLength)
        output.withUnsafeMutableBufferPointer { out in
            sealInto(out.baseAddress!, plaintext, key: key, nonce: nonce, ad: ad)
        }
        return output
    }

    /// Authenticates and decrypts raw ciphertext ‖ tag into guarded memory.
    public func open(
        _ ciphertext: UnsafeRawBufferPointer, key: SecureBytes, nonce: [UInt8], authenticating ad: [UInt8]
    ) throws -> SecureBytes {
        try Library.ensureInitialized()
        try checkKeyAndNonce(key, nonce)
        guard ciphertext.count >= Self.tagLength else {
            throw SodiumError.invalidLength(
                what: "\(name) ciphertext", expected: "at least \(Self.tagLength)", actual: ciphertext.count)
        }
        let plaintext = try SecureBytes(count: ciphertext.count - Self.tagLength)
        let status = plaintext.withUnsafeMutableBytes { out in
            openInto(out.baseAddress!.assumingMemoryBound(to: UInt8.self), ciphertext, key: key, nonce: nonce, ad: ad)
        }
        guard status == 0 else { throw SodiumError.authenticationFailed }
        return plaintext
    }

    /// Encrypts `plaintext` into `output`, which must hold `plaintext.count + 16` bytes; for
    /// streams that reuse their buffers chunk after chunk.
    /// - Throws: `SodiumError.invalidLength` for a wrong key, nonce or output size.
    public func seal(
        _ plaintext: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer,
        key: SecureBytes, nonce: [UInt8], authenticating ad: [UInt8] = []
    ) throws {
        try Library.ensureInitialized()
        try checkKeyAndNonce(key, nonce)
        try Library.check("\(name) output", output.count, is: plaintext.count + Self.tagLength)
        sealInto(output.baseAddress!.assumingMemoryBound(to: UInt8.self), plaintext, key: key, nonce: nonce, ad: ad)
    }

    /// Decrypts `ciphertext` (with its tag) into `output`, which must hold `ciphertext.count - 16`
    /// bytes; for streams that reuse their buffers.
    /// - Throws: `SodiumError.authenticationFailed`, or `.invalidLength` for wrong sizes.
    public func open(
        _ ciphertext: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer,
        key: SecureBytes, nonce: [UInt8], authenticating ad: [UInt8] = []
    ) throws {
        try Library.ensureInitialized()
        try checkKeyAndNonce(key, nonce)
        guard ciphertext.count >= Self.tagLength else {
            throw SodiumError.invalidLength(what: "\(name) ciphertext", expected: "at least \(Self.tagLength)", actual: ciphertext.count)
        }
        try Library.check("\(name) output", output.count, is: ciphertext.count - Self.tagLength)
        let status: Int32
        if let base = output.baseAddress {
            status = openInto(base.assumingMemoryBound(to: UInt8.self), ciphertext, key: key, nonce: nonce, ad: ad)
        } else {
            var scratch: UInt8 = 0
            status = withUnsafeMutablePointer(to: &scratch) { openInto($0, ciphertext, key: key, nonce: nonce, ad: ad) }
        }
        guard status == 0 else { throw SodiumError.authenticationFailed }
    }

    /// Low-level seal into caller memory of at least `plaintext.count + 16` bytes. Lengths checked by the caller.
    func sealInto(
        _ out: UnsafeMutablePointer<UInt8>, _ plaintext: UnsafeRawBufferPointer,
        key: SecureBytes, nonce: [UInt8], ad: [UInt8]
    ) {
        key.withUnsafeBytes { k in
            nonce.withUnsafeBufferPointer { n in
                ad.withUnsafeBufferPointer { a in
                    withNonNullBase(plaintext) { input in
                        _ = encrypt(
                            out, input, UInt64(plaintext.count),
                            a.baseAddress, UInt64(a.count), n.baseAddress!, k.baseAddress!.assumingMemoryBound(to: UInt8.self))
                    }
                }
            }
        }
    }

    /// Low-level open into caller memory of at least `ciphertext.count - 16` bytes; returns libsodium's status.
    func openInto(
        _ out: UnsafeMutablePointer<UInt8>, _ ciphertext: UnsafeRawBufferPointer,
        key: SecureBytes, nonce: [UInt8], ad: [UInt8]
    ) -> Int32 {
        key.withUnsafeBytes { k in
            nonce.withUnsafeBufferPointer { n in
                ad.withUnsafeBufferPointer { a in
                    decrypt(
                        out, ciphertext.baseAddress!.assumingMemoryBound(to: UInt8.self), UInt64(ciphertext.count),
                        a.baseAddress, UInt64(a.count), n.baseAddress!, k.baseAddress!.assumingMemoryBound(to: UInt8.self))
                }
            }
        }
    }

    func checkKeyAndNonce(_ key: SecureBytes, _ nonce: [UInt8]) throws {
        try Library.check("\(name) key", key.count, is: Self.keyLength)
        try Library.check("\(name) nonce", nonce.count, is: nonceLength)
    }
}
