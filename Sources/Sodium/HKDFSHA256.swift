/// HKDF-SHA256 (RFC 5869), built on `HMACSHA256` because libsodium 1.0.18 has no HKDF.
public enum HKDFSHA256 {
    /// Extract then expand: `length` bytes (at most 255 × 32) of key material.
    /// An empty salt means 32 zero bytes, as RFC 5869 specifies.
    /// - Throws: `SodiumError.invalidLength` for a length of 0 or above 8160.
    public static func deriveKey(
        length: Int, from inputKeyMaterial: SecureBytes, salt: [UInt8], info: [UInt8]
    ) throws -> SecureBytes {
        let prk = try extract(salt: salt, inputKeyMaterial: inputKeyMaterial)
        return try expand(length: length, pseudorandomKey: prk, info: info)
    }

    /// HKDF-Extract: PRK = HMAC-SHA256(salt, IKM).
    public static func extract(salt: [UInt8], inputKeyMaterial: SecureBytes) throws -> SecureBytes {
        let hmac = try HMACSHA256(publicKey: salt.isEmpty ? [UInt8](repeating: 0, count: 32) : salt)
        hmac.update(inputKeyMaterial)
        return try hmac.finalizeSecret()
    }

    /// HKDF-Expand: T(i) = HMAC(PRK, T(i−1) ‖ info ‖ i), concatenated and cut to `length`.
    public static func expand(length: Int, pseudorandomKey: SecureBytes, info: [UInt8]) throws -> SecureBytes {
        let blockLength = HMACSHA256.macLength
        guard length > 0, length <= 255 * blockLength else {
            throw SodiumError.invalidLength(what: "HKDF output", expected: "1...\(255 * blockLength)", actual: length)
        }
        let output = try SecureBytes(count: length)
        var previous = try SecureBytes(count: 0)
        var written = 0
        var counter: UInt8 = 1
        while written < length {
            let hmac = try HMACSHA256(key: pseudorandomKey)
            hmac.update(previous)
            hmac.update(info)
            hmac.update([counter])
            let block = try hmac.finalizeSecret()
            let take = min(blockLength, length - written)
            output.withUnsafeMutableBytes { out in
                block.withUnsafeBytes { out.baseAddress!.advanced(by: written).copyMemory(from: $0.baseAddress!, byteCount: take) }
            }
            written += take
            previous = block
            counter &+= 1
        }
        return output
    }
}
