import Foundation
import Testing

@testable import Confidant

@Suite struct MergeTests {
    private let earlier = Date(timeIntervalSince1970: 1_700_000_000), later = Date(timeIntervalSince1970: 1_800_000_000)

    private func person(_ name: String, updated: Date) -> Supporter {
        var supporter = Supporter(name: name, relationship: .friend, now: earlier)
        supporter.updatedAt = updated
        return supporter
    }

    @Test func newerCopiesWinAndNothingIsDeleted() throws {
        var ours = VaultDocument(createdAt: later)
        let sam = person("Sam", updated: earlier), priya = person("Priya", updated: later)
        ours.supporters = [sam, priya]
        _ = try ours.addTerms(["Darren Pike"], kind: .client, note: nil)

        var theirs = VaultDocument(createdAt: earlier)
        var newerSam = sam
        newerSam.phone = "07700 900123"
        newerSam.updatedAt = later
        var olderPriya = priya
        olderPriya.phone = "old"
        olderPriya.updatedAt = earlier
        theirs.supporters = [newerSam, olderPriya, person("Jo", updated: earlier)]
        theirs.terms = ours.terms
        _ = try theirs.addTerms(["Hollow Lane"], kind: .place, note: nil)
        theirs.customTopics = [Topic(name: "my-health", meaning: "")]

        let report = ours.merge(imported: theirs, replace: false)
        #expect(report.supporters == .init(added: 1, updated: 1, unchanged: 1, removed: 0))
        #expect(report.terms == .init(added: 1, updated: 0, unchanged: 1, removed: 0))
        #expect(report.topics.added == 1)
        #expect(ours.supporters.map(\.name) == ["Sam", "Priya", "Jo"])
        #expect(ours.supporters[0].phone == "07700 900123")
        #expect(ours.supporters[1].phone == nil)
        #expect(ours.createdAt == later) // a merge keeps our own document's history
    }

    @Test func mergingTwiceChangesNothingMore() {
        var ours = VaultDocument()
        var theirs = VaultDocument()
        theirs.supporters = [person("Jo", updated: earlier)]
        theirs.log(.supporterAdded, "added Jo")
        _ = ours.merge(imported: theirs, replace: false)
        let once = ours
        let again = ours.merge(imported: theirs, replace: false)
        #expect(ours == once)
        #expect(again.supporters.added == 0 && again.events.added == 0)
    }

    @Test func eventsAreDeduplicatedAndKeptInOrder() {
        var ours = VaultDocument()
        ours.events = [Event(.exported, summary: "b", at: later)]
        var theirs = VaultDocument()
        theirs.events = [Event(.imported, summary: "a", at: earlier), ours.events[0]]
        #expect(ours.merge(imported: theirs, replace: false).events.added == 1)
        #expect(ours.events.map(\.summary) == ["a", "b"])
    }

    @Test func replacingCountsWhatGoesAndKeepsTheEarlierCreationDate() {
        var ours = VaultDocument(createdAt: earlier)
        ours.supporters = [person("Sam", updated: earlier), person("Priya", updated: earlier)]
        var theirs = VaultDocument(createdAt: later)
        theirs.supporters = [ours.supporters[0]]
        let report = ours.merge(imported: theirs, replace: true)
        #expect(report.supporters.removed == 1 && report.supporters.added == 1)
        #expect(ours.supporters.map(\.name) == ["Sam"])
        #expect(ours.createdAt == earlier)
    }

    @Test func replacingKeepsThisVaultsIdentity() {
        var ours = VaultDocument(createdAt: earlier)
        ours.writeCount = 9
        let (id, key) = (ours.vaultId, ours.exportKey)
        var theirs = VaultDocument(createdAt: later)
        theirs.writeCount = 50
        ours.merge(imported: theirs, replace: true)
        #expect(ours.vaultId == id && ours.exportKey == key && ours.writeCount == 9)
    }
}
