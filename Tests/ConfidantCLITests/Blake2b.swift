import Sodium

/// The vault checksum, recomputed as a deliberate attacker would after changing bytes.
func blake2b256(_ bytes: [UInt8]) -> [UInt8] { BLAKE2b.hash256(bytes) }
