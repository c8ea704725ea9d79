import CSodium

/// Strict Base64 (RFC 4648 standard alphabet), padded or unpadded.
///
/// Decoding is canonical only: no whitespace, no characters outside the alphabet, no padding where
/// none is expected (and the exact padding where it is), and zero trailing bits. age relies on
/// this so that a header has exactly one encoding.
public enum Base64 {
    /// Encodes `bytes`, with `=` padding when `padded` is true.
    public static func encode(_ bytes: [UInt8], padded: Bool) -> String {
        bytes.withUnsafeBytes { encode($0, padded: padded) }
    }

    /// Encodes raw bytes, with `=` padding when `padded` is true.
    public static func encode(_ bytes: UnsafeRawBufferPointer, padded: Bool) -> String {
        let variant = Self.variant(padded)
        let capacity = sodium_base64_encoded_len(bytes.count, variant)
        var text = [CChar](repeating: 0, count: capacity)
        text.withUnsafeMutableBufferPointer { out in
            _ = sodium_bin2base64(
                out.baseAddress!, capacity, bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count, variant)
        }
        return String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Decodes canonical Base64.
    /// - Throws: `SodiumError.invalidBase64` for anything that is not the one canonical encoding.
    public static func decode(_ text: some StringProtocol, padded: Bool) throws -> [UInt8] {
        try Library.ensureInitialized()
        let input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count / 4 * 3 + 3)
        var length = 0
        let status = output.withUnsafeMutableBufferPointer { out in
            input.withUnsafeBufferPointer { chars in
                chars.withMemoryRebound(to: CChar.self) { source in
                    // b64_end = NULL and ignore = NULL make libsodium reject, rather than stop at, any
                    // character that does not belong.
                    sodium_base642bin(
                        out.baseAddress!, out.count, source.baseAddress, source.count, nil, &length, nil,
                        variant(padded))
                }
            }
        }
        guard status == 0 else { throw SodiumError.invalidBase64 }
        return Array(output.prefix(length))
    }

    private static func variant(_ padded: Bool) -> Int32 {
        padded ? sodium_base64_VARIANT_ORIGINAL : sodium_base64_VARIANT_ORIGINAL_NO_PADDING
    }
}
