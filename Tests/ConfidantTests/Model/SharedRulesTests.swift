import Foundation
import Testing

@testable import Confidant

/// Rules the front ends once decided each for themselves, now decided once in the library and
/// tested here without the binary: when an agreement is due for review, when two log entries are
/// one, what stays with the vault file, when a note about you is refused.
@Suite struct SharedRulesTests {
    private func supporter(_ status: AgreementStatus, review: String?) -> Supporter {
        var sam = Supporter(name: "Sam", relationship: .partner)
        sam.agreements = [Agreement(status: status, on: Day("2026-01-01")!, reviewOn: review.flatMap { Day($0) })]
        return sam
    }

    @Test func anAgreementIsDueForReviewWithinThirtyDaysOrOverdue() {
        let today = Day("2026-12-05")!
        #expect(supporter(.agreed, review: "2026-12-15").daysUntilReview(from: today) == 10)
        #expect(supporter(.agreed, review: "2027-01-04").daysUntilReview(from: today) == 30)
        #expect(supporter(.agreed, review: "2027-01-05").daysUntilReview(from: today) == nil)
        #expect(supporter(.agreed, review: "2026-12-01").daysUntilReview(from: today) == -4)
        #expect(supporter(.paused, review: "2026-12-15").daysUntilReview(from: today) == nil, "only an agreement in force is reviewed")
        #expect(supporter(.agreed, review: nil).daysUntilReview(from: today) == nil)
    }

    @Test func twoLogEntriesAreOneOnlyWhenTheyAgreeOnWhomToo() {
        let at = Date(timeIntervalSince1970: 1_800_000_000)
        let (sam, priya) = (UUID(), UUID())
        let entry = Event(.agreementRecorded, supporter: sam, summary: "agreement recorded", at: at)
        #expect(entry.identity == Event(.agreementRecorded, supporter: sam, summary: "agreement recorded", at: at).identity)
        #expect(entry.identity != Event(.agreementRecorded, supporter: priya, summary: "agreement recorded", at: at).identity)
        var mine = VaultDocument(), theirs = VaultDocument()
        mine.events = [entry]
        theirs.events = [Event(.agreementRecorded, supporter: priya, summary: "agreement recorded", at: at)]
        var imported = mine
        imported.merge(imported: theirs, replace: false)
        #expect(imported.events.count == 2 && mine.converged(with: theirs).events.count == 2, "the import and the merge of copies agree")
    }

    @Test func whatBelongsToTheFileStaysWithIt() throws {
        var own = VaultDocument()
        own.vaultId = UUID()
        own.writeCount = 7
        var foreign = VaultDocument()
        foreign.vaultId = UUID()
        foreign.writeCount = 99
        var replaced = own
        replaced.merge(imported: foreign, replace: true)
        #expect(replaced.fileState == own.fileState)
        let export = try ExportDocument(vault: own).encoded(exportKey: own.exportKey!)
        #expect(try ExportDocument.decode(export, exportKey: own.exportKey).export.vault.fileState == FileState())
    }

    @Test func aNoteNamingAProtectedTermIsRefusedAndAFirstNameAloneIsAsked() throws {
        var document = VaultDocument()
        _ = try document.addTerms(["Kim Baker"], kind: .client, note: nil)
        #expect(CheckIn.check("rough day, kim baker again", document: document).refused)
        let firstName = CheckIn.check("kim made me laugh", document: document)
        #expect(!firstName.refused && !firstName.findings.isEmpty, "possible only: for the person to judge")
        #expect(!CheckIn.check("tired but ok", document: document).refused)
    }

    /// A service is used, not asked: it gets what it offers and the way in, a person what leaning
    /// on them could do; both are asked when they are available, in words about them.
    @Test func aServiceIsAskedWhatItOffersAPersonWhatItCouldDoToThem() {
        #expect(SupporterQuestion.asked(in: .service) == [.offers, .availability, .access, .phone, .notes])
        #expect(SupporterQuestion.asked(in: .personal) == [.impactOnThem, .impactOnRelationship, .availability, .notes])
        #expect(SupporterQuestion.asked(in: .work) == SupporterQuestion.asked(in: .personal))
        let sam = Supporter(name: "Sam", relationship: .partner), line = Supporter(name: "EAP", relationship: .other, sphere: .service)
        #expect(SupporterQuestion.availability.text(about: sam) == "When is Sam usually available?")
        #expect(SupporterQuestion.availability.text(about: line) == "When is it open?")
        var filled = sam
        for question in SupporterQuestion.allCases { filled[keyPath: question.field] = "\(question)" }
        #expect([filled.offers, filled.availability, filled.access, filled.phone] == ["offers", "availability", "access", "phone"])
        #expect([filled.impactOnThem, filled.impactOnRelationship, filled.notes] == ["impactOnThem", "impactOnRelationship", "notes"])
    }

    /// A second person by a name in use: the problem says how to change the first one's record,
    /// as a command every front end renders its own way.
    @Test func aNameInUseSuggestsEditingTheirRecord() throws {
        let problem = try #require(Problem(ConfidantError.duplicateSupporter("sam", existing: "Sam")))
        #expect(problem.kind == .usage)
        #expect(problem.suggestion == Suggestion("edit", for: "Sam"))
        #expect(Problem(ConfidantError.invalidValue("x"))?.suggestion == nil)
        #expect(throws: ConfidantError.invalidValue(Topic.nameRule)) {
            var document = VaultDocument()
            try document.defineTopic(Topic(name: "My Health", meaning: "mine"), boundary: false)
        }
    }
}
