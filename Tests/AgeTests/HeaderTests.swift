import Sodium
import Testing

@testable import Age

@Suite struct HeaderTests {
    private func read(_ text: String) throws -> Header {
        var reader = BufferedReader(MemorySource(Array(text.utf8)))
        return try Header.read(from: &reader)
    }

    @Test func whatIsWrittenReadsBackAndItsMACVerifies() throws {
        let key = try SecureBytes(randomCount: 16)
        let stanzas = [Stanza(["X25519", "abc"], body: Array(repeating: 7, count: 48)), Stanza(["other"], body: [])]
        let bytes = try Header.serialized(stanzas: stanzas, fileKey: key)
        var reader = BufferedReader(MemorySource(bytes + [1, 2, 3]))
        let header = try Header.read(from: &reader)
        #expect(header.stanzas == stanzas)
        #expect(try Header.macFor(header.authenticatedBytes, fileKey: key) == header.mac)
        #expect(try Header.macFor(header.authenticatedBytes, fileKey: SecureBytes(randomCount: 16)) != header.mac)
    }

    private static let mac = "--- " + String(repeating: "A", count: 43) + "\n"

    @Test(arguments: [
        ("", "not an age"), ("age-encryption.org/v2\n", "not an age"), ("age-encryption.org/v1\n", "header ends early"),
        ("age-encryption.org/v1\n" + mac, "no recipient stanza"),
        ("age-encryption.org/v1\n-> a\r\n\n" + mac, "carriage return"),
        ("age-encryption.org/v1\n-> \n\n" + mac, "malformed stanza line"),
        ("age-encryption.org/v1\n-> a  b\n\n" + mac, "malformed stanza line"),
        ("age-encryption.org/v1\n-> a\nAAA=\n" + mac, "malformed stanza body line"),
        ("age-encryption.org/v1\n-> a\n" + String(repeating: "A", count: 65) + "\n" + mac, "stanza body"),
        ("age-encryption.org/v1\n-> a\nAB\n" + mac, "not canonical base64"),
        ("age-encryption.org/v1\n-> a\n\n--- AAAA\n", "malformed MAC line"),
        ("age-encryption.org/v1\nhello\n", "unexpected line"),
    ])
    func refusesMalformedHeaders(text: String, reason: String) {
        #expect { try read(text) } throws: { "\($0)".contains(reason) }
    }

    @Test func quotesLinesPrintablyAndShort() {
        #expect(Header.quote(Array("a\u{1}b".utf8)) == "\"a?b\"")
        #expect(Header.quote(Array(repeating: UInt8(ascii: "x"), count: 50)) == "\"" + String(repeating: "x", count: 40) + "…\"")
    }

    /// One 63 MB stanza held 429 MB, 20,000 stanzas took seconds. The
    /// header is refused past 1 MiB or 256 stanzas, as it is read.
    @Test func aCraftedHeaderCannotTakeMemoryOrTime() throws {
        let line = String(repeating: "A", count: 64) + "\n"
        let huge = "age-encryption.org/v1\n-> X25519 abc\n" + String(repeating: line, count: (2 << 20) / 65) + "AA\n" + Self.mac
        #expect { try read(huge) } throws: { "\($0)".contains("header larger than") }
        let many = "age-encryption.org/v1\n" + String(repeating: "-> X25519 abc\nAA\n", count: Header.maximumStanzas + 1) + Self.mac
        #expect { try read(many) } throws: { "\($0)".contains("more than 256") }
        let enough = "age-encryption.org/v1\n" + String(repeating: "-> X25519 abc\nAA\n", count: Header.maximumStanzas) + Self.mac
        #expect(try read(enough).stanzas.count == Header.maximumStanzas)
    }

    /// A 190-byte file asking scrypt for 2^22 made an import take 4 GB and 20 s; above 2^20 is now
    /// refused before anything is derived or allocated.
    @Test func aCraftedScryptWorkFactorIsRefusedAtOnce() throws {
        let salt = Base64.encode(Array(repeating: 1, count: 16), padded: false)
        let stanza = Stanza(["scrypt", salt, "22"], body: Array(repeating: 0, count: 32))
        let start = ContinuousClock.now
        #expect { try ScryptIdentity(passphrase: SecureBytes(copying: Array("pass".utf8))).unwrap([stanza]) } throws: {
            "\($0)".contains("above 20")
        }
        #expect(ContinuousClock.now - start < .milliseconds(500))
    }
}
