import Testing

@testable import Sodium

@Suite struct AEADTests {
    static let key = hex("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f")
    static let ad = hex("50515253c0c1c2c3c4c5c6c7")
    static let sunscreen = Array(
        "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.".utf8)

    /// RFC 8439 §2.8.2.
    @Test func chaCha20Poly1305MatchesRFC8439() throws {
        let expected = hex(
            "d31a8d34648e60db7b86afbc53ef7ec2a4aded51296e08fea9e2b5a736ee62d63dbea45e8ca9671282fafb69da92728b"
                + "1a71de0a9e060b2905d6a5b67ecd3b3692ddbd7f2d778b8c9803aee328091b58fab324e4fad675945585808b4831d7bc"
                + "3ff4def08e4b7a9de576d26586cec64b6116" + "1ae10b594f09e26a7e902ecbd0600691")
        try checkVector(.chaCha20Poly1305, nonce: hex("070000004041424344454647"), expected: expected)
    }

    /// draft-irtf-cfrg-xchacha-03 §A.3.1.
    @Test func xChaCha20Poly1305MatchesTheDraft() throws {
        let expected = hex(
            "bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb731c7f1b0b4aa6440bf3a82f4eda7e39"
                + "ae64c6708c54c216cb96b72e1213b4522f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff9"
                + "21f9664c97637da9768812f615c68b13b52e" + "c0875924c1c7987947deafd8780acf49")
        try checkVector(.xChaCha20Poly1305, nonce: hex("404142434445464748494a4b4c4d4e4f5051525354555657"), expected: expected)
    }

    func checkVector(_ aead: AEAD, nonce: [UInt8], expected: [UInt8]) throws {
        let key = try SecureBytes(copying: Self.key)
        let sealed = try aead.seal(SecureBytes(copying: Self.sunscreen), key: key, nonce: nonce, authenticating: Self.ad)
        #expect(sealed.hexString == expected.hexString)
        let opened = try aead.open(expected, key: key, nonce: nonce, authenticating: Self.ad)
        #expect(opened.revealedForTest == Self.sunscreen)
    }

    @Test(arguments: [AEAD.chaCha20Poly1305, AEAD.xChaCha20Poly1305])
    func everyTamperIsRejected(aead: AEAD) throws {
        let key = try SecureBytes(randomCount: 32)
        let nonce = try Random.bytes(aead.nonceLength)
        let sealed = try aead.seal(SecureBytes(copying: [1, 2, 3]), key: key, nonce: nonce, authenticating: [9])
        for index in sealed.indices {
            var damaged = sealed
            damaged[index] ^= 0x01
            #expect(throws: SodiumError.authenticationFailed) {
                try aead.open(damaged, key: key, nonce: nonce, authenticating: [9])
            }
        }
        #expect(throws: SodiumError.authenticationFailed) { try aead.open(sealed, key: key, nonce: nonce, authenticating: [8]) }
        #expect(throws: SodiumError.authenticationFailed) {
            try aead.open(sealed, key: SecureBytes(randomCount: 32), nonce: nonce, authenticating: [9])
        }
    }

    @Test func lengthsAreCheckedBeforeCallingC() throws {
        let aead = AEAD.xChaCha20Poly1305
        let key = try SecureBytes(randomCount: 32)
        #expect(throws: SodiumError.self) { try aead.seal(SecureBytes(count: 1), key: SecureBytes(count: 31), nonce: Random.bytes(24)) }
        #expect(throws: SodiumError.self) { try aead.seal(SecureBytes(count: 1), key: key, nonce: Random.bytes(12)) }
        #expect(throws: SodiumError.self) { try aead.open(Array(repeating: 0, count: 15), key: key, nonce: Random.bytes(24)) }
    }

    @Test func emptyPlaintextRoundTrips() throws {
        let key = try SecureBytes(randomCount: 32)
        let nonce = try Random.bytes(12)
        let sealed = try AEAD.chaCha20Poly1305.seal(SecureBytes(count: 0), key: key, nonce: nonce)
        #expect(sealed.count == 16)
        #expect(try AEAD.chaCha20Poly1305.open(sealed, key: key, nonce: nonce).count == 0)
    }
}
