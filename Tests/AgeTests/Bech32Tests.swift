import Testing

@testable import Age

@Suite struct Bech32Tests {
    /// BIP 173's valid test strings (checksums over the lower-case form; upper case accepted).
    @Test(arguments: [
        "A12UEL5L", "a12uel5l", "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw",
        "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w", "?1ezyfcl",
    ])
    func acceptsBIP173Examples(text: String) throws {
        let (hrp, data) = try Bech32.decode(text)
        #expect(Bech32.encode(hrp: hrp, data: data) == text.lowercased())
    }

    /// BIP 173's invalid examples, plus mixed case.
    @Test(arguments: [
        "pzry9x0s0muk", "1pzry9x0s0muk", "x1b4n0q5v", "li1dgmt3", "A1G7SGD8", "10a06t8", "1qzzfhee", "A12uEL5L",
        "a12uel5m", "abc 1qqqqqq", "a\u{7f}1qqqqqq",
    ])
    func refusesInvalidStrings(text: String) {
        #expect(throws: AgeError.self) { try Bech32.decode(text) }
    }

    @Test func roundTripsAgeLengthKeysBeyondBIP173sLimit() throws {
        let data = (0..<64).map { UInt8($0 * 7 & 0xff) }
        let text = Bech32.encode(hrp: "AGE-PLUGIN-TEST-", data: data)
        #expect(text.count > 90)
        let decoded = try Bech32.decode(text.uppercased())
        #expect(decoded.hrp == "age-plugin-test-" && decoded.data == data)
    }
}
