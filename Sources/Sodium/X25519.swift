import CSodium

/// X25519 Diffie-Hellman (RFC 7748), as age's X25519 recipients use it.
public enum X25519 {
    /// Length of public keys, secret keys and shared secrets (32 bytes).
    public static let keyLength = 32

    /// A new random secret key in guarded memory.
    public static func generateSecretKey() throws -> SecureBytes {
        try SecureBytes(randomCount: keyLength)
    }

    /// The public key (u-coordinate of secret · basepoint) for `secretKey`.
    /// - Throws: `SodiumError.invalidLength` for a secret key that is not 32 bytes.
    public static func publicKey(for secretKey: SecureBytes) throws -> [UInt8] {
        try Library.ensureInitialized()
        try Library.check("X25519 secret key", secretKey.count, is: keyLength)
        var publicKey = [UInt8](repeating: 0, count: keyLength)
        publicKey.withUnsafeMutableBufferPointer { out in
            secretKey.withUnsafeBytes { scalar in
                _ = crypto_scalarmult_base(out.baseAddress!, scalar.baseAddress!.assumingMemoryBound(to: UInt8.self))
            }
        }
        return publicKey
    }

    /// The shared secret between `secretKey` and `publicKey`.
    /// - Throws: `SodiumError.weakPublicKey` when the result is all zeros (a low-order point),
    ///   which age requires us to reject; `.invalidLength` for keys that are not 32 bytes.
    public static func sharedSecret(secretKey: SecureBytes, publicKey: [UInt8]) throws -> SecureBytes {
        try Library.ensureInitialized()
        try Library.check("X25519 secret key", secretKey.count, is: keyLength)
        try Library.check("X25519 public key", publicKey.count, is: keyLength)
        let shared = try SecureBytes(count: keyLength)
        let status = shared.withUnsafeMutableBytes { out in
            secretKey.withUnsafeBytes { scalar in
                publicKey.withUnsafeBufferPointer { point in
                    crypto_scalarmult(
                        out.baseAddress!.assumingMemoryBound(to: UInt8.self),
                        scalar.baseAddress!.assumingMemoryBound(to: UInt8.self), point.baseAddress!)
                }
            }
        }
        guard status == 0 else { throw SodiumError.weakPublicKey }
        return shared
    }
}
