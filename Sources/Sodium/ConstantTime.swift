import CSodium

/// Comparisons whose running time does not depend on where two buffers differ.
public enum ConstantTime {
    /// True when both buffers have the same length and contents; the contents are compared with
    /// `sodium_memcmp`, so a MAC or key check leaks nothing through timing.
    public static func equals(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
        guard a.count == b.count else { return false }
        guard a.count > 0 else { return true }
        return sodium_memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0
    }

    /// True when both arrays have the same length and contents, compared in constant time.
    public static func equals(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        a.withUnsafeBytes { x in b.withUnsafeBytes { y in equals(x, y) } }
    }
}
