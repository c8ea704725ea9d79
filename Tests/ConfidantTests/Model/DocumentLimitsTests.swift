import Foundation
import Sodium
import Testing

@testable import Confidant

/// An export holding two supporters with one id imported as "2 added", after
/// which every import stopped with "Duplicate values for key" and `remove` removed the wrong
/// person; a 200,000-term import made every later command take seconds. Both are refused when
/// read, and a write that would pass a limit is refused with a clear message.
@Suite struct DocumentLimitsTests {
    @Test func twoSupportersWithOneIDAreRefusedWhenRead() throws {
        var document = VaultDocument()
        let sam = Supporter(name: "Sam", relationship: .partner)
        try document.addSupporter(sam)
        var twin = Supporter(
            id: sam.id, name: "Sam's twin", relationship: .friend, sphere: sam.sphere, createdAt: sam.createdAt, updatedAt: sam.updatedAt)
        twin.phone = "07700 900123"
        document.supporters.append(twin)
        let bytes = try DocumentCodec.encode(document)
        #expect(throws: ConfidantError.invalidDocument("two supporters share one id")) { try DocumentCodec.decode(bytes) }
        let export = try ExportDocument(vault: document).encoded(exportKey: ExportAuthenticator.newKey())
        #expect(throws: ConfidantError.invalidDocument("two supporters share one id")) { try ExportDocument.decode(export, exportKey: nil) }
    }

    @Test func countsOverTheLimitsAreRefusedBeforeTheyAreBuilt() throws {
        var document = VaultDocument()
        document.terms = (0...Limits.terms).map { ProtectedTerm(term: "Client \($0)", kind: .client) }
        #expect(throws: ConfidantError.self) { try DocumentCodec.encode(document) }
        // A crafted document (written by hand, as an attacker would) is refused while reading.
        let term = #"{"id":"ID","term":"x","kind":"client","addedAt":"2026-01-01T00:00:00Z","exact":false,"goesBy":[]}"#
        let terms = (0...Limits.terms).map { _ in term.replacingOccurrences(of: "ID", with: UUID().uuidString) }.joined(separator: ",")
        let text = #"{"schema":1,"createdAt":"2026-01-01T00:00:00Z","terms":["# + terms + "]}"
        let crafted = try SecureBytes(copying: Array(text.utf8))
        #expect(throws: ConfidantError.invalidDocument("more than \(Limits.terms) protected terms, the most Confidant keeps")) {
            try DocumentCodec.decode(crafted)
        }
    }
}
