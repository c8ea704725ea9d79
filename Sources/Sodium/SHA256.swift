import CSodium

/// SHA-256 (FIPS 180-4), for checksums of released plaintext in tests and reports.
public enum SHA256 {
    /// The 32-byte digest of `bytes`.
    public static func hash(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: 32)
        digest.withUnsafeMutableBufferPointer { out in
            withNonNullBase(bytes) { _ = crypto_hash_sha256(out.baseAddress!, $0, UInt64(bytes.count)) }
        }
        return digest
    }

    /// The 32-byte digest of `bytes`.
    public static func hash(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBytes { hash($0) }
    }
}
