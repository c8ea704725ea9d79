import CSodium

/// Unkeyed BLAKE2b (`crypto_generichash`), used as a checksum for accidental damage.
public enum BLAKE2b {
    /// The 32-byte BLAKE2b-256 digest of `bytes`.
    public static func hash256(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: 32)
        digest.withUnsafeMutableBytes { out in
            _ = crypto_generichash(
                out.baseAddress!.assumingMemoryBound(to: UInt8.self), 32,
                bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), UInt64(bytes.count), nil, 0)
        }
        return digest
    }

    /// The 32-byte BLAKE2b-256 digest of `bytes`.
    public static func hash256(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBytes { hash256($0) }
    }
}
