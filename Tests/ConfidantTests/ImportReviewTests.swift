import Foundation
import Sodium
import Testing
@testable import Confidant

/// Finding 3 of issue 11: anyone who knows your age public key could write an export that
/// rewrote your records (a supporter's id, an `updatedAt` far ahead, every topic set to share),
/// and `import` applied it with "1 updated". Exports are now signed with a key only this vault
/// holds, and every change that weakens a protection is listed for acceptance.
@Suite struct ImportReviewTests {
    private func vault() throws -> VaultDocument {
        var document = VaultDocument()
        var sam = Supporter(name: "Sam", relationship: .partner)
        sam.agreements = [Agreement(status: .agreed, on: Day("2026-01-01")!), Agreement(status: .agreed, on: Day("2026-06-01")!)]
        document.supporters = [sam]
        _ = try document.addTerms(["Darren Pike"], kind: .client, note: nil)
        return document
    }

    @Test func onlyThisVaultsExportsVerify() throws {
        let document = try vault()
        let export = ExportDocument(vault: document)
        let signed = try export.encoded(exportKey: document.exportKey!)
        #expect(try ExportDocument.decode(signed, exportKey: document.exportKey).signedHere)
        #expect(try !ExportDocument.decode(signed, exportKey: VaultDocument().exportKey).signedHere)
        #expect(try !ExportDocument.decode(signed, exportKey: nil).signedHere)
        // The same export with one byte of the vault changed (a name) no longer verifies.
        let text = signed.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }.replacingOccurrences(of: "\"Sam\"", with: "\"Sal\"")
        #expect(try !ExportDocument.decode(SecureBytes(copying: Array(text.utf8)), exportKey: document.exportKey).signedHere)
        #expect(!text.contains(document.exportKey!))
    }

    @Test func theForgedExportOfTheReportIsListedAsWeakening() throws {
        let current = try vault()
        var forged = current
        forged.supporters[0].updatedAt = Date().addingTimeInterval(3600)
        forged.supporters[0].agreements = [Agreement(status: .agreed, on: Day("2026-06-01")!)]
        for topic in Topic.builtIn { forged.supporters[0].sharing[topic.name] = .share }
        forged.terms = []
        let review = ImportReview(current: current, imported: forged, replace: true, signedHere: false)
        #expect(review.changes.contains { $0.hasPrefix("change Sam: agreements, sharing") })
        #expect(review.risks.contains("Sam would be told more: case-details would go from never to share"))
        #expect(review.risks.contains("1 agreement record with Sam would be gone"))
        #expect(review.risks.contains("the protected term \"Darren Pike\" would be removed"))
        let merged = ImportReview(current: current, imported: forged, replace: false, signedHere: false)
        #expect(merged.risks.contains("Sam would be told more: identities would go from never to share"))
        #expect(!merged.risks.contains { $0.contains("Darren Pike") })
    }

    @Test func aHarmlessImportHasNoRisks() throws {
        let current = try vault()
        var newer = current
        newer.supporters.append(Supporter(name: "Priya", relationship: .supervisor))
        newer.supporters[0].phone = "07700 900123"
        newer.supporters[0].updatedAt = Date().addingTimeInterval(60)
        let review = ImportReview(current: current, imported: newer, replace: false, signedHere: true)
        #expect(review.risks.isEmpty)
        #expect(review.changes == ["change Sam: phone", "add Priya (supervisor)"])
    }

    @Test func exportsDatedInTheFutureOrWithHiddenCharactersAreRefused() throws {
        var late = try vault()
        late.supporters[0].updatedAt = Date().addingTimeInterval(2 * 86_400)
        #expect(throws: ConfidantError.self) { try late.checkImported() }
        var hostile = try vault()
        hostile.supporters[0].name = "Sam\u{1B}]52;c;eA==\u{07}"
        #expect(throws: ConfidantError.self) { try hostile.checkImported() }
        try vault().checkImported()
    }
}
