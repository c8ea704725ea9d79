/// Bech32 (BIP 173) without its length limit, as age uses it for `age1…` recipients and
/// `AGE-SECRET-KEY-1…` identities. Strings must be all lower or all upper case; the checksum is
/// computed over the lower-case form.
enum Bech32 {
    private static let charset = Array("qpzry9x8gf2tvdw0s3jn54khce6mua7l".utf8)
    private static let generator: [UInt32] = [0x3b6a_57b2, 0x2650_8e6d, 0x1ea1_19fa, 0x3d42_33dd, 0x2a14_62b3]

    /// Encodes `data` under `hrp` (lower case).
    static func encode(hrp: String, data: [UInt8]) -> String {
        let values = convert(data, from: 8, to: 5, pad: true)!
        let hrpBytes = Array(hrp.lowercased().utf8)
        let polymod = polymod(expand(hrpBytes) + values + [0, 0, 0, 0, 0, 0]) ^ 1
        let checksum = (0..<6).map { UInt8((polymod >> (5 * (5 - UInt32($0)))) & 31) }
        return String(decoding: hrpBytes + [UInt8(ascii: "1")] + (values + checksum).map { charset[Int($0)] }, as: UTF8.self)
    }

    /// Decodes a Bech32 string into its human-readable part (lower case) and data.
    static func decode(_ text: String) throws -> (hrp: String, data: [UInt8]) {
        let bytes = Array(text.utf8)
        let hasUpper = bytes.contains { (65...90).contains($0) }, hasLower = bytes.contains { (97...122).contains($0) }
        guard !(hasUpper && hasLower) else { throw AgeError.invalidKey("mixed case") }
        guard bytes.allSatisfy({ (33...126).contains($0) }) else { throw AgeError.invalidKey("invalid character") }
        let folded = bytes.map { (65...90).contains($0) ? $0 + 32 : $0 }
        guard let separator = folded.lastIndex(of: UInt8(ascii: "1")), separator >= 1, folded.count - separator - 1 >= 6 else {
            throw AgeError.invalidKey("not Bech32")
        }
        let hrp = Array(folded[..<separator])
        var values: [UInt8] = []
        for character in folded[(separator + 1)...] {
            guard let value = charset.firstIndex(of: character) else { throw AgeError.invalidKey("invalid Bech32 character") }
            values.append(UInt8(value))
        }
        guard polymod(expand(hrp) + values) == 1 else { throw AgeError.invalidKey("bad checksum (a typo?)") }
        guard let data = convert(Array(values.dropLast(6)), from: 5, to: 8, pad: false) else {
            throw AgeError.invalidKey("bad Bech32 padding")
        }
        return (String(decoding: hrp, as: UTF8.self), data)
    }

    private static func polymod(_ values: [UInt8]) -> UInt32 {
        var check: UInt32 = 1
        for value in values {
            let top = check >> 25
            check = (check & 0x1ff_ffff) << 5 ^ UInt32(value)
            for index in 0..<5 where (top >> index) & 1 == 1 { check ^= generator[index] }
        }
        return check
    }

    private static func expand(_ hrp: [UInt8]) -> [UInt8] {
        hrp.map { $0 >> 5 } + [0] + hrp.map { $0 & 31 }
    }

    /// Regroups bits; nil when padding is non-zero or too long (non-canonical input).
    private static func convert(_ data: [UInt8], from: Int, to: Int, pad: Bool) -> [UInt8]? {
        var accumulator = 0, bits = 0
        var result: [UInt8] = []
        let maximum = (1 << to) - 1
        for value in data {
            accumulator = (accumulator << from) | Int(value)
            bits += from
            while bits >= to {
                bits -= to
                result.append(UInt8((accumulator >> bits) & maximum))
            }
        }
        if pad {
            if bits > 0 { result.append(UInt8((accumulator << (to - bits)) & maximum)) }
        } else if bits >= from || (accumulator << (to - bits)) & maximum != 0 {
            return nil
        }
        return result
    }
}
