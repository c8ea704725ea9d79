import Testing

@testable import Sodium

@Suite struct HKDFSHA256Tests {
    /// RFC 5869 appendix A, test cases 1–3 (SHA-256).
    static let vectors: [(ikm: [UInt8], salt: [UInt8], info: [UInt8], okm: String)] = [
        (
            Array(repeating: 0x0b, count: 22), hex("000102030405060708090a0b0c"), hex("f0f1f2f3f4f5f6f7f8f9"),
            "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"
        ),
        (
            Array(0x00...0x4f), Array(0x60...0xaf), Array(0xb0...0xff),
            "b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c59045a99cac7827271cb41c65e590e09"
                + "da3275600c2f09b8367793a9aca3db71cc30c58179ec3e87c14c01d5c1f3434f1d87"
        ),
        (
            Array(repeating: 0x0b, count: 22), [], [],
            "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8"
        ),
    ]

    @Test(arguments: vectors.indices)
    func matchesRFC5869(index: Int) throws {
        let vector = Self.vectors[index]
        let okm = try HKDFSHA256.deriveKey(
            length: vector.okm.count / 2, from: SecureBytes(copying: vector.ikm), salt: vector.salt, info: vector.info)
        #expect(okm.revealedForTest.hexString == vector.okm)
    }

    @Test func extractMatchesTheRFCsPseudorandomKey() throws {
        let prk = try HKDFSHA256.extract(
            salt: hex("000102030405060708090a0b0c"), inputKeyMaterial: SecureBytes(copying: Array(repeating: 0x0b, count: 22)))
        #expect(prk.revealedForTest.hexString == "077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5")
    }

    @Test func refusesLengthsOutsideTheRFC() throws {
        let ikm = try SecureBytes(randomCount: 32)
        #expect(throws: SodiumError.self) { try HKDFSHA256.deriveKey(length: 0, from: ikm, salt: [], info: []) }
        #expect(throws: SodiumError.self) { try HKDFSHA256.deriveKey(length: 255 * 32 + 1, from: ikm, salt: [], info: []) }
        #expect(try HKDFSHA256.deriveKey(length: 255 * 32, from: ikm, salt: [], info: []).count == 8160)
    }
}
