import Foundation
import Sodium
import Testing

@testable import Confidant

@Suite struct VaultDocumentTests {
    @Test func aSchemaOneDocumentWithoutCollectionsReadsAsEmpty() throws {
        let old = try SecureBytes(copying: Array(#"{"createdAt":"2026-11-01T00:00:00Z","schema":1}"#.utf8))
        let document = try DocumentCodec.decode(old)
        #expect(document.supporters.isEmpty && document.terms.isEmpty && document.events.isEmpty)
        #expect(document.boundaries["sexuality"] == .never)
        #expect(document.boundaries["hobbies"] == .share)
    }

    @Test func everythingRoundTrips() throws {
        var document = VaultDocument()
        var sam = Supporter(name: "Sam", relationship: .partner)
        sam.agreements.append(
            Agreement(
                status: .agreed, on: Day("2026-05-01")!, willing: .yes, able: .unsure,
                support: [.listening, .timeTogether], limits: ["not after 10pm"], reviewOn: Day("2026-11-01")))
        sam.sharing["workload"] = .care
        document.supporters.append(sam)
        _ = try document.addTerms(["Darren Pike"], kind: .client, note: "fictional")
        document.log(.supporterAdded, supporter: sam.id, "added Sam")
        let decoded = try DocumentCodec.decode(DocumentCodec.encode(document))
        #expect(decoded.supporters == document.supporters)
        #expect(decoded.terms == document.terms)
        #expect(decoded.events.count == document.events.count)
    }

    @Test func termsAreDeduplicatedWithoutCaseOrAccents() throws {
        var document = VaultDocument()
        #expect(try document.addTerms(["Zoë Adams", "  ", "zoe adams", "AB123456"], kind: .client, note: nil) == (2, 1))
        #expect(try document.addTerms(["ZOË ADAMS"], kind: .victim, note: nil) == (0, 1))
        #expect(throws: ConfidantError.self) { try document.removeTerms(["nobody"]) }
        #expect(document.terms.count == 2)
        #expect(try document.removeTerms(["zoe ADAMS"]) == 1)
        #expect(document.terms.map(\.term) == ["AB123456"])
    }

    @Test func briefingCountsTermsAndFlagsOverdueReviews() throws {
        var document = VaultDocument()
        var sam = Supporter(name: "Sam", relationship: .partner)
        sam.agreements.append(Agreement(status: .agreed, on: Day("2026-01-01")!, reviewOn: Day("2026-07-01")))
        document.supporters.append(sam)
        _ = try document.addTerms(["A", "B"], kind: .client, note: nil)
        let briefing = Briefing(for: sam, in: document, today: Day("2026-11-26")!)
        #expect(briefing.protectedTerms == 2)
        #expect(briefing.review?.overdue == true)
        #expect(briefing.never.contains("identities"))
    }
}
