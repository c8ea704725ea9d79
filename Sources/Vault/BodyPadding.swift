import Sodium

/// The body plaintext: a 4-byte big-endian length, the document, then zero bytes up to the
/// Padmé length of the whole, so the file size says little about how many people are in it.
enum BodyPadding {
    /// Frames and pads `document` into new guarded memory.
    /// - Throws: `VaultError.bodyTooLarge` when the padded body and its tag would exceed what a
    ///   reader accepts (the limit applies after rounding: a document just under it rounds over).
    static func pad(_ document: SecureBytes) throws -> SecureBytes {
        let paddedLength = Padme.paddedLength(VaultFormat.lengthPrefixLength + document.count)
        guard paddedLength + VaultFormat.tagLength <= VaultFormat.maximumCiphertextLength else {
            throw VaultError.bodyTooLarge(bytes: document.count)
        }
        let padded = try SecureBytes(count: paddedLength)
        padded.withUnsafeMutableBytes { out in
            var prefix: [UInt8] = []
            prefix.appendBigEndian(UInt32(document.count))
            out.copyBytes(from: prefix)
            document.withUnsafeBytes { source in
                if source.count > 0 {
                    UnsafeMutableRawBufferPointer(rebasing: out[VaultFormat.lengthPrefixLength...]).copyMemory(from: source)
                }
            }
        }
        return padded
    }

    /// Checks the frame strictly (declared length fits, padded length is exactly Padmé's, padding
    /// is all zero) and returns the document in new guarded memory.
    /// - Throws: `VaultError.damaged` for any deviation.
    static func unpad(_ padded: SecureBytes) throws -> SecureBytes {
        let length: Int = try padded.withUnsafeBytes { bytes in
            guard bytes.count >= VaultFormat.lengthPrefixLength else { throw VaultError.damaged("body shorter than its length prefix") }
            let declared = bytes.prefix(VaultFormat.lengthPrefixLength).reduce(0) { $0 << 8 | Int($1) }
            let framed = VaultFormat.lengthPrefixLength + declared
            guard framed <= bytes.count, Padme.paddedLength(framed) == bytes.count else {
                throw VaultError.damaged("body length \(declared) does not match its padded size \(bytes.count)")
            }
            guard bytes[framed...].allSatisfy({ $0 == 0 }) else { throw VaultError.damaged("body padding is not zero") }
            return declared
        }
        return try padded.slice(VaultFormat.lengthPrefixLength, length)
    }
}
