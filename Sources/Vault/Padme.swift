/// Padmé padding (Nikitin et al., "Reducing Metadata Leakage from Encrypted Files and
/// Communication with PURBs", 2019): rounds a length up so that at most O(log log L) bits of it
/// are revealed, with at most 12% overhead.
enum Padme {
    /// The padded length for a plaintext of `length` bytes (never below the format's minimum).
    static func paddedLength(_ length: Int) -> Int {
        guard length > VaultFormat.minimumPaddedLength else { return VaultFormat.minimumPaddedLength }
        let exponent = Int.bitWidth - 1 - length.leadingZeroBitCount // ⌊log2 L⌋
        let exponentBits = Int.bitWidth - exponent.leadingZeroBitCount // ⌊log2 E⌋ + 1
        let lowBits = exponent - exponentBits
        let mask = (1 << lowBits) - 1
        return (length + mask) & ~mask
    }
}
