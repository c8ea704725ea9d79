import Testing

@testable import Sodium

@Suite struct ScryptTests {
    /// RFC 7914 §12, the three vectors that fit in a test run (the fourth needs 1 GiB).
    @Test(arguments: [
        (
            "", "", 4, UInt32(1), UInt32(1),
            "77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906"
        ),
        (
            "password", "NaCl", 10, 8, 16,
            "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640"
        ),
        (
            "pleaseletmein", "SodiumChloride", 14, 8, 1,
            "7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887"
        ),
    ])
    func matchesRFC7914(password: String, salt: String, logN: Int, r: UInt32, p: UInt32, expected: String) throws {
        let key = try Scrypt.deriveKey(
            length: 64, from: SecureBytes.utf8(password), salt: Array(salt.utf8), logN: logN, r: r, p: p)
        #expect(key.revealedForTest.hexString == expected)
    }

    @Test func refusesAbsurdWorkFactors() throws {
        let password = try SecureBytes.utf8("x")
        #expect(throws: SodiumError.self) { try Scrypt.deriveKey(length: 32, from: password, salt: [], logN: 31) }
        #expect(throws: SodiumError.self) { try Scrypt.deriveKey(length: 32, from: password, salt: [], logN: 0) }
    }
}
