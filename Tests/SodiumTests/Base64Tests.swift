import Testing

@testable import Sodium

@Suite struct Base64Tests {
    /// RFC 4648 §10.
    @Test(arguments: [
        ("", "", ""), ("f", "Zg", "Zg=="), ("fo", "Zm8", "Zm8="), ("foo", "Zm9v", "Zm9v"),
        ("foob", "Zm9vYg", "Zm9vYg=="), ("fooba", "Zm9vYmE", "Zm9vYmE="), ("foobar", "Zm9vYmFy", "Zm9vYmFy"),
    ])
    func matchesRFC4648(plain: String, unpadded: String, padded: String) throws {
        #expect(Base64.encode(Array(plain.utf8), padded: false) == unpadded)
        #expect(Base64.encode(Array(plain.utf8), padded: true) == padded)
        #expect(try Base64.decode(unpadded, padded: false) == Array(plain.utf8))
        #expect(try Base64.decode(padded, padded: true) == Array(plain.utf8))
    }

    @Test(arguments: ["Zg==", "Zh", "Zm8=", "Zm9", "Z", "Zm 9v", "Zm9v\n", "Zm9-", "Zm9_", "Zm9v*"])
    func unpaddedRejectsNonCanonical(text: String) {
        #expect(throws: SodiumError.invalidBase64) { try Base64.decode(text, padded: false) }
    }

    @Test(arguments: ["Zg", "Zg=", "Zh==", "Zm9=", "Zg===", "Zm9v=", " Zm9v"])
    func paddedRejectsNonCanonical(text: String) {
        #expect(throws: SodiumError.invalidBase64) { try Base64.decode(text, padded: true) }
    }

    @Test func roundTripsEveryLengthUpTo70() throws {
        for length in 0...70 {
            let bytes = try Random.bytes(length)
            for padded in [false, true] {
                #expect(try Base64.decode(Base64.encode(bytes, padded: padded), padded: padded) == bytes)
            }
        }
    }
}
