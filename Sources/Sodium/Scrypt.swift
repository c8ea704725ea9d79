import CSodium

/// scrypt (RFC 7914), as age's passphrase recipient uses it: N = 2^logN, r = 8, p = 1.
public enum Scrypt {
    /// Derives `length` bytes from `passphrase` and `salt` with cost N = 2^`logN`, block size `r`
    /// and parallelism `p`.
    /// - Throws: `SodiumError.invalidParameter` for `logN` outside 1...30 or r, p of zero;
    ///   `.kdfFailed` when the memory (128 · r · N bytes) cannot be had.
    public static func deriveKey(
        length: Int, from passphrase: SecureBytes, salt: [UInt8], logN: Int, r: UInt32 = 8, p: UInt32 = 1
    ) throws -> SecureBytes {
        try Library.ensureInitialized()
        guard (1...30).contains(logN) else { throw SodiumError.invalidParameter("scrypt log2(N) \(logN) outside 1...30") }
        guard r > 0, p > 0, UInt64(r) * UInt64(p) < 1 << 30 else {
            throw SodiumError.invalidParameter("scrypt r \(r) and p \(p) out of range")
        }
        guard (1...1024).contains(length) else {
            throw SodiumError.invalidLength(what: "scrypt output", expected: "1...1024", actual: length)
        }
        let key = try SecureBytes(count: length)
        let status = key.withUnsafeMutableBytes { out in
            passphrase.withUnsafeBytes { password in
                salt.withUnsafeBytes { saltBuffer in
                    withNonNullBase(saltBuffer) { saltBytes in
                        crypto_pwhash_scryptsalsa208sha256_ll(
                            password.baseAddress!.assumingMemoryBound(to: UInt8.self), password.count,
                            saltBytes, saltBuffer.count, UInt64(1) << logN, r, p,
                            out.baseAddress!.assumingMemoryBound(to: UInt8.self), length)
                    }
                }
            }
        }
        guard status == 0 else { throw SodiumError.kdfFailed("scrypt") }
        return key
    }
}
