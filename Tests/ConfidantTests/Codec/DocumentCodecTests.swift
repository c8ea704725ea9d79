import Foundation
import Sodium
import Testing

@testable import Confidant

@Suite struct DocumentCodecTests {
    private func secret(_ text: String) throws -> SecureBytes { try SecureBytes(copying: Array(text.utf8)) }
    private func text(_ bytes: SecureBytes) -> String { bytes.withUnsafeBytes { String(decoding: $0, as: UTF8.self) } }

    @Test func roundTrips() throws {
        let document = try SchemaTests.sample()
        #expect(try DocumentCodec.decode(DocumentCodec.encode(document)) == document)
        let empty = VaultDocument(createdAt: Date(timeIntervalSince1970: 1_700_000_000))
        #expect(text(try DocumentCodec.encode(empty)).hasPrefix(#"{"schema":4,"createdAt":"2023-11-14T22:13:20Z","supporters":[]"#))
    }

    @Test func newerSchemasAreRefusedByNumber() throws {
        #expect(throws: ConfidantError.newerSchema(found: 5, supported: 4)) {
            try DocumentCodec.decode(secret(#"{"schema":5,"supporters":"a different shape"}"#))
        }
    }

    @Test func unknownKeysAreSkippedAndEscapesDecoded() throws {
        let document = try DocumentCodec.decode(
            secret(
                #" {"future":{"a":[1,2.5e3,true,false,null,{"b":"\u00e9"}]},"schema":1,"createdAt":"2026-01-01T00:00:00Z","#
                    + #""customTopics":[{"name":"x","meaning":"caf\u00e9 \ud83d\ude00 \"q\" \/ \\"}]} "#))
        #expect(document.customTopics.first?.meaning == "café 😀 \"q\" / \\")
    }

    @Test(arguments: [
        "", "[]", "{", #"{"createdAt":"2026-01-01T00:00:00Z"}"#, #"{"schema":1,"createdAt":7}"#,
        #"{"schema":1,"createdAt":"2026-01-01T00:00:00Z"} x"#, #"{"schema":1,"createdAt":"2026-01-01T00:00:00Z","supporters":[{}]}"#,
        #"{"schema":1,"createdAt":"2026-01-01T00:00:00Z","customTopics":[{"name":"a\x","meaning":""}]}"#,
        #"{"schema":1,"createdAt":"2026-02-30T00:00:00Z"}"#, #"{"schema":0,"createdAt":"2026-01-01T00:00:00Z"}"#,
        #"{"schema":1,"createdAt":"2026-01-01T00:00:00Z","x":"\ud800"}"#,
        #"{"schema":1,"createdAt":"2026-01-01T00:00:00Z","x":""# + "\u{01}\"}",
        #"{"schema":1,"createdAt":"2026-01-01T00:00:00Z","x":"# + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "}",
        #"{"schema":2,"checkIns":[{"id":"5B0C1D3E-8E0A-4C59-9E5B-3C1A2B3C4D5E","on":"2026-01-01","recordedAt":"2026-01-01T00:00:00Z","#
            + #""ratings":{"impact-on-me":5}}]}"#,
        #"{"schema":2,"plan":{"organisation":[{"who":"HR"}]}}"#, #"{"schema":2,"plan":{"helplines":[{"name":"x"}]}}"#,
    ])
    func invalidDocumentsAreRefused(text: String) throws {
        #expect(throws: ConfidantError.self) { try DocumentCodec.decode(secret(text)) }
    }

    @Test func invalidUTF8IsRefused() throws {
        let bytes = Array(#"{"schema":1,"createdAt":"2026-01-01T00:00:00Z","x":""#.utf8) + [0xff, 0x22, 0x7d]
        #expect(throws: ConfidantError.self) { try DocumentCodec.decode(SecureBytes(copying: bytes)) }
    }

    @Test func timestampsFormatAndParse() {
        let date = Date(timeIntervalSince1970: 1_700_000_000)
        #expect(Timestamp.format(date) == "2023-11-14T22:13:20Z")
        #expect(Timestamp.parse("2023-11-14T22:13:20Z") == date)
        #expect(Timestamp.parse("1969-12-31T23:59:59Z") == Date(timeIntervalSince1970: -1))
        for bad in ["2023-11-14T24:00:00Z", "2023-11-14 22:13:20Z", "2023-11-14T22:13:20", "2023-11-14T22:13:20.5Z"] {
            #expect(Timestamp.parse(bad) == nil, "\(bad)")
        }
    }
}

@Suite struct UUIDTextTests {
    @Test func parsesWhatFoundationParses() {
        for _ in 0..<100 {
            let id = UUID()
            #expect(UUIDText.parse(id.uuidString) == id)
            #expect(UUIDText.parse(id.uuidString.lowercased()) == id)
        }
        for bad in [
            "", "not-a-uuid", "E621E1F8-C36C-495A-93FC-0C247A3E6E5", "E621E1F8-C36C-495A-93FC-0C247A3E6E5FF",
            "E621E1F8C36C-495A-93FC-0C247A3E6E5F-", "G621E1F8-C36C-495A-93FC-0C247A3E6E5F",
        ] {
            #expect(UUIDText.parse(bad) == nil, "\(bad)")
        }
    }

    @Test func writesWhatFoundationWrites() {
        for _ in 0..<100 {
            let id = UUID()
            #expect(UUIDText.format(id) == id.uuidString)
        }
        #expect(UUIDText.format(UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))) == "00000000-0000-0000-0000-000000000000")
    }
}
