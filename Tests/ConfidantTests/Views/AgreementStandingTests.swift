import Foundation
import Testing

@testable import Confidant

/// Agreements shown where they matter: who declined, paused or was unsure is
/// said, and is never listed as someone to lean on.
@Suite struct AgreementStandingTests {
    private func person(_ name: String, _ status: AgreementStatus?, able: Answer? = nil, limits: [String] = []) -> Supporter {
        var supporter = Supporter(name: name, relationship: .family)
        if let status { supporter.agreements.append(Agreement(status: status, on: Day("2026-03-02")!, willing: .yes, able: able, limits: limits)) }
        return supporter
    }

    @Test(arguments: [
        (AgreementStatus.declined, "Kate declined on 2026-03-02 — their limit: not about work. Not someone to lean on"),
        (.paused, "Kate paused their support on 2026-03-02 — their limit: not about work. Not someone to lean on until"),
        (.ended, "Kate ended the agreement on 2026-03-02 — their limit: not about work. Not someone to lean on"),
        (.asked, "Kate was asked on 2026-03-02 and has not answered yet"),
    ])
    func whoIsNotToBeLeantOnIsSaid(status: AgreementStatus, says: String) {
        let standing = AgreementStanding(for: person("Kate", status, limits: ["not about work"]))
        #expect(!standing.canLeanOn)
        #expect(standing.notice?.hasPrefix(says) == true, "\(standing.notice ?? "nil")")
    }

    @Test func anAgreementTheyWereUnsureOfIsListedWithThatSaid() {
        let standing = AgreementStanding(for: person("Jo", .agreed, able: .unsure))
        #expect(standing.canLeanOn)
        #expect(standing.notice == "Jo agreed on 2026-03-02, but they were unsure whether they are able. Talk about it before you lean on them.")
        #expect(AgreementStanding(for: person("Sam", .agreed, able: .yes)).notice == nil)
        #expect(AgreementStanding(for: person("Ben", nil)).notice?.contains("has not been asked yet") == true)
    }

    @Test func theDeclinedAreNeverPeopleToTurnTo() throws {
        var document = VaultDocument()
        let kate = person("Kate", .agreed, able: .yes), jo = person("Jo", .agreed, able: .unsure)
        document.supporters = [kate, jo]
        try document.addPlanPerson(kate.id)
        try document.addPlanPerson(jo.id)
        document.supporters[0].agreements.append(Agreement(status: .declined, on: Day("2026-04-01")!))
        #expect(document.peopleToTurnTo.map(\.name) == ["Jo"])
        #expect(document.planPeopleNotToLeanOn.map(\.name) == ["Kate"])
        // The support for a hard night lists Jo, saying what was left open, and never Kate.
        let support = Support(for: document)
        #expect(support.people.map(\.name) == ["Jo"])
        #expect(support.people.first?.unsettled == "they were unsure whether they are able")
    }

    @Test func someoneWhoDeclinedIsNotAddedToThePlan() throws {
        var document = VaultDocument()
        let kate = person("Kate", .declined)
        document.supporters = [kate]
        #expect(throws: ConfidantError.self) { try document.addPlanPerson(kate.id) }
        #expect(document.plan.people.isEmpty)
    }

    @Test func aDraftToSomeoneWhoDeclinedSaysSo() {
        var document = VaultDocument()
        document.supporters = [person("Kate", .declined, limits: ["not about work"])]
        let verdict = DraftScanner(document: document, supporter: document.supporters[0]).check("long day, home by 7")
        #expect(verdict.findings.isEmpty)
        #expect(verdict.standing?.canLeanOn == false)
        #expect(verdict.standing?.notice?.contains("Kate declined on 2026-03-02") == true)
        #expect(DraftScanner(document: document, supporter: nil).check("long day").standing == nil)
    }
}
