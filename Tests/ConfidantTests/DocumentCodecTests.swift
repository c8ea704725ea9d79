import Foundation
import Sodium
import Testing
@testable import Confidant

@Suite struct DocumentCodecTests {
    private func secret(_ text: String) throws -> SecureBytes { try SecureBytes(copying: Array(text.utf8)) }

    @Test func roundTrips() throws {
        let document = VaultDocument(createdAt: Date(timeIntervalSince1970: 1_700_000_000))
        let encoded = try DocumentCodec.encode(document)
        #expect(encoded.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }.hasPrefix(#"{"boundaries":{"conflict-examples":"share","family-general":"care","family-situation":"never","hobbies":"share","home-and-routines":"never","sexuality":"never","victim-experience":"never"},"createdAt":"2023-11-14T22:13:20Z","customBoundaryTopics":[],"customTopics":[],"events":[],"schema":1,"supporters":[],"terms":[]}"#))
        #expect(try DocumentCodec.decode(encoded) == document)
    }

    @Test func newerSchemasAreRefusedByNumber() throws {
        #expect(throws: ConfidantError.newerSchema(found: 2, supported: 1)) {
            try DocumentCodec.decode(secret(#"{"schema":2,"createdAt":"2026-01-01T00:00:00Z"}"#))
        }
    }

    @Test(arguments: ["", "[]", #"{"createdAt":"2026-01-01T00:00:00Z"}"#, #"{"schema":1}"#, #"{"schema":1,"createdAt":7}"#])
    func invalidDocumentsNameWhatIsWrong(text: String) throws {
        #expect(throws: ConfidantError.self) { try DocumentCodec.decode(secret(text)) }
    }
}
