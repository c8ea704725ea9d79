import CSodium

/// Public random values (salts, nonces) from the operating system's CSPRNG.
/// Secret random values are made with `SecureBytes(randomCount:)` instead.
public enum Random {
    /// `count` bytes from `randombytes_buf` (getrandom(2) on Linux).
    public static func bytes(_ count: Int) throws -> [UInt8] {
        try Library.ensureInitialized()
        var result = [UInt8](repeating: 0, count: count)
        result.withUnsafeMutableBytes { if $0.count > 0 { randombytes_buf($0.baseAddress!, $0.count) } }
        return result
    }
}
