import Testing

@testable import Confidant

@Suite struct ReviewTests {
    let today = Day("2026-11-26")!

    private func person(_ name: String, _ relationship: Relationship, _ status: AgreementStatus?, review: String? = nil) -> Supporter {
        var supporter = Supporter(name: name, relationship: relationship)
        if let status { supporter.agreements.append(Agreement(status: status, on: Day("2026-01-01")!, reviewOn: review.flatMap(Day.init))) }
        return supporter
    }

    @Test func anEmptyNetworkHasEveryGap() {
        let kinds = Review.items(for: VaultDocument(), today: today).map(\.kind)
        #expect(kinds == [.gapOutsideWork, .gapFewerThanTwo, .gapInsideWork, .gapNoService])
    }

    @Test func aGoodNetworkNeedsNothing() {
        var document = VaultDocument()
        document.supporters = [
            person("Sam", .partner, .agreed, review: "2027-05-01"), person("Priya", .supervisor, .agreed, review: "2027-05-01"),
            person("EAP", .counsellor, .agreed),
        ]
        #expect(Review.items(for: document, today: today).isEmpty)
    }

    @Test func personalItemsSayWhatToRun() {
        var document = VaultDocument()
        document.supporters = [
            person("Sam", .partner, .agreed, review: "2026-11-01"), person("Priya", .supervisor, .agreed, review: "2026-12-10"),
            person("Alex Smith", .friend, nil), person("Jo", .colleague, .ended), person("EAP", .helpline, .paused),
        ]
        let items = Review.items(for: document, today: today)
        // The paused helpline is a service: used, not asked, so never nudged.
        #expect(items.map(\.kind) == [.neverAsked, .notAgreed, .reviewDue, .reviewOverdue])
        #expect(items[0].suggestion == Suggestion("agree", for: "Alex Smith", flags: ["--status", "agreed", "--willing", "yes", "--able", "yes"]))
        // A colleague whose agreement ended may have moved on.
        #expect(items[1].alternative == Suggestion("remove", for: "Jo"))
        #expect(items.last?.message.contains("25 days ago") == true)
    }

    @Test func aNoIsAnAnswerNotSomethingToRemove() throws {
        // A sister who declined is not suggested for removal; only the plan is kept true.
        var document = VaultDocument()
        let kate = person("Kate", .family, .declined), ben = person("Ben", .friend, .declined), lee = person("Lee", .friend, .paused)
        document.supporters = [kate, ben, lee]
        document.plan.people = [ben.id]
        let items = Review.items(for: document, today: today).filter { $0.supporter != nil }
        #expect(items.map(\.supporter) == ["Ben", "Lee"])
        #expect(items.allSatisfy { $0.suggestion.command != "remove" && $0.alternative == nil })
        #expect(items[0].suggestion == Suggestion("plan remove person", for: "Ben"))
        #expect(items[0].message.contains("Ben declined on 2026-01-01"))
        #expect(items[1].suggestion == Suggestion("agree", for: "Lee"))
    }

    @Test func anAgreementSomeoneIsUnsureAboutIsRaised() {
        var document = VaultDocument()
        var sam = person("Sam", .partner, nil)
        sam.agreements.append(Agreement(status: .agreed, on: Day("2026-11-01")!, willing: .yes, able: .unsure, reviewOn: Day("2027-05-01")))
        document.supporters = [sam]
        let item = Review.items(for: document, today: today).first
        #expect(item?.kind == .unresolved && item?.supporter == "Sam")
        #expect(item?.message.contains("unsure whether they are able") == true)
    }
}
