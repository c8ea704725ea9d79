import Testing

@testable import Sodium

@Suite struct HMACSHA256Tests {
    /// RFC 4231 test cases 1–4, 6 and 7 (case 5 is the truncated one, below).
    static let vectors: [(key: [UInt8], data: [UInt8], mac: String)] = [
        (
            Array(repeating: 0x0b, count: 20), Array("Hi There".utf8),
            "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
        ),
        (
            Array("Jefe".utf8), Array("what do ya want for nothing?".utf8),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        ),
        (
            Array(repeating: 0xaa, count: 20), Array(repeating: 0xdd, count: 50),
            "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"
        ),
        (
            Array(1...25), Array(repeating: 0xcd, count: 50),
            "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"
        ),
        (
            Array(repeating: 0xaa, count: 131), Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
        ),
        (
            Array(repeating: 0xaa, count: 131),
            Array(
                ("This is a test using a larger than block-size key and a larger than block-size data. "
                    + "The key needs to be hashed before being used by the HMAC algorithm.").utf8),
            "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"
        ),
    ]

    @Test(arguments: vectors.indices)
    func matchesRFC4231(index: Int) throws {
        let vector = Self.vectors[index]
        let hmac = try HMACSHA256(key: SecureBytes(copying: vector.key))
        hmac.update(vector.data)
        #expect(hmac.finalize().hexString == vector.mac)
    }

    /// RFC 4231 test case 5: the first 128 bits.
    @Test func truncatedCaseMatches() throws {
        let hmac = try HMACSHA256(publicKey: Array(repeating: 0x0c, count: 20))
        hmac.update(Array("Test With Truncation".utf8))
        #expect(hmac.finalize().prefix(16).map { $0 } == hex("a3b6167473100ee06e0c796c2955552b"))
    }

    @Test func incrementalEqualsOneShot() throws {
        let key = try SecureBytes(randomCount: 45)
        let message = try Random.bytes(1000)
        let whole = try HMACSHA256(key: key)
        whole.update(message)
        let pieces = try HMACSHA256(key: key)
        for chunk in stride(from: 0, to: message.count, by: 77) {
            pieces.update(Array(message[chunk..<min(chunk + 77, message.count)]))
        }
        #expect(whole.finalize() == pieces.finalize())
    }
}
