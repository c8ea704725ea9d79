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
}
