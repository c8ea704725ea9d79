import Testing

@testable import Sodium

@Suite struct X25519Tests {
    /// RFC 7748 §5.2, the two single-step vectors.
    @Test(arguments: [
        (
            "a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4",
            "e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c",
            "c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552"
        ),
        (
            "4b66e9d4d1b4673c5ad22691957d6af5c11b6421e0ea01d42ca4169e7918ba0d",
            "e5210f12786811d3f4b7959d0538ae2c31dbe7106fc03c3efc4cd549c715a493",
            "95cbde9476e8907d7aade45cb4b873f88b595a68799fa152e6f8f7647aac7957"
        ),
    ])
    func matchesRFC7748(scalar: String, point: String, result: String) throws {
        let shared = try X25519.sharedSecret(secretKey: SecureBytes(copying: hex(scalar)), publicKey: hex(point))
        #expect(shared.revealedForTest.hexString == result)
    }

    /// RFC 7748 §6.1, the Diffie-Hellman example.
    @Test func aliceAndBobAgree() throws {
        let alice = try SecureBytes(copying: hex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a"))
        let bob = try SecureBytes(copying: hex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb"))
        #expect(try X25519.publicKey(for: alice).hexString == "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a")
        #expect(try X25519.publicKey(for: bob).hexString == "de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f")
        let shared = "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742"
        #expect(try X25519.sharedSecret(secretKey: alice, publicKey: X25519.publicKey(for: bob)).revealedForTest.hexString == shared)
        #expect(try X25519.sharedSecret(secretKey: bob, publicKey: X25519.publicKey(for: alice)).revealedForTest.hexString == shared)
    }

    @Test func rejectsLowOrderPoints() throws {
        let secret = try X25519.generateSecretKey()
        #expect(throws: SodiumError.weakPublicKey) { try X25519.sharedSecret(secretKey: secret, publicKey: Array(repeating: 0, count: 32)) }
        #expect(throws: SodiumError.weakPublicKey) { try X25519.sharedSecret(secretKey: secret, publicKey: [1] + Array(repeating: 0, count: 31)) }
    }

    @Test func checksKeyLengths() throws {
        #expect(throws: SodiumError.self) { try X25519.publicKey(for: SecureBytes(count: 31)) }
        #expect(throws: SodiumError.self) { try X25519.sharedSecret(secretKey: X25519.generateSecretKey(), publicKey: [9]) }
    }
}
