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
}
