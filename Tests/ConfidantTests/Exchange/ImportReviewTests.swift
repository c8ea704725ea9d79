import Foundation
import Sodium
import Testing

@testable import Confidant

/// Anyone who knows your age public key could write an export that
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
        newer.supporters[0].availability = "evenings"
        newer.supporters[0].updatedAt = Date().addingTimeInterval(60)
        let review = ImportReview(current: current, imported: newer, replace: false, signedHere: true)
        #expect(review.risks.isEmpty)
        #expect(review.changes == ["change Sam: availability", "add Priya (supervisor)"])
    }

    /// An export signed here (an old copy's key, or a replayed export) that
    /// changes how to reach someone, brings back a person removed here, or changes the plan's
    /// helplines needs consent like a weakening.
    @Test func contactsPlanAndRevivalsFromAnImportNeedConsent() throws {
        var current = try vault()
        var replayed = current
        replayed.supporters[0].phone = "07700 900666"
        replayed.supporters[0].updatedAt = Date().addingTimeInterval(60)
        replayed.plan.helplines = [Helpline(name: "Samaritans", phone: "0900 666666", country: "GB")]
        replayed.plan.updatedAt = Date().addingTimeInterval(60)
        let before = current
        let removed = try current.removeSupporter(current.supporters[0].id)
        current.stampChanges(from: before, at: Stamp.next(after: nil, device: "0a"))
        let review = ImportReview(current: current, imported: replayed, replace: false, signedHere: true)
        #expect(review.risks.contains("\(removed.name), removed from this vault, would come back"), "\(review.risks)")
        #expect(review.risks.contains("the helplines in your coping plan would change"), "\(review.risks)")
        let edited = ImportReview(current: before, imported: replayed, replace: false, signedHere: true)
        #expect(edited.risks.contains("Sam's phone would change from nothing to 07700 900666"), "\(edited.risks)")
    }

    /// The export key is new after `passwd`, `rekey` and `restore`, and merging
    /// a copy made before does not bring the retired key back, in either order.
    @Test func aReplayedOldCopyDoesNotBringTheRetiredExportKeyBack() throws {
        let old = try vault()
        var rekeyed = old
        rekeyed.exportKey = try ExportAuthenticator.newKey()
        rekeyed.stampChanges(from: old, at: Stamp.next(after: old.sync.clock, device: "0b"))
        #expect(rekeyed.exportKey != old.exportKey)
        #expect(old.converged(with: rekeyed).exportKey == rekeyed.exportKey)
        #expect(rekeyed.converged(with: old).exportKey == rekeyed.exportKey)
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
