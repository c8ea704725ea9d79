import CSodium

/// Wiping of ordinary memory that briefly held a secret (for example a normalised passphrase).
public enum Memory {
    /// Overwrites the array's bytes with zeros using `sodium_memzero`, which the compiler cannot
    /// remove as a dead store.
    public static func wipe(_ bytes: inout [UInt8]) {
        bytes.withUnsafeMutableBytes { if let base = $0.baseAddress { sodium_memzero(base, $0.count) } }
    }
}

extension Memory {
    /// Overwrites raw memory with zeros using `sodium_memzero`.
    public static func wipe(_ bytes: UnsafeMutableRawBufferPointer) {
        if let base = bytes.baseAddress { sodium_memzero(base, bytes.count) }
    }
}
