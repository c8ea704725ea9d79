import Testing

@testable import Sodium

@Suite struct BLAKE2bTests {
    /// BLAKE2b-256 of "abc" and of the empty string (RFC 7693's algorithm with a 32-byte digest).
    @Test func matchesKnownDigests() {
        #expect(
            BLAKE2b.hash256(Array("abc".utf8)).hexString
                == "bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319")
        #expect(BLAKE2b.hash256([]).hexString == "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8")
    }
}
