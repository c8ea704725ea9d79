import Testing

@testable import Confidant

@Suite struct AgreementChangesTests {
    let today = Day("2026-11-27")!

    @Test func anAgreementFallsDueForReviewInSixMonths() throws {
        let record = try Agreement.next(after: nil, AgreementDraft(), today: today)
        #expect(record.status == .agreed)
        #expect(record.on == today)
        #expect(record.reviewOn == Day("2027-05-27"))
    }

    @Test func whatIsNotGivenIsCarriedOver() throws {
        var first = AgreementDraft()
        (first.willing, first.able, first.support, first.limits) = (.yes, .yes, [.listening], ["not after 10pm"])
        let previous = try Agreement.next(after: nil, first, today: today)
        var change = AgreementDraft()
        change.status = .paused
        let next = try Agreement.next(after: previous, change, today: today)
        #expect(next.status == .paused)
        #expect(next.willing == .yes && next.able == .yes)
        #expect(next.support == [.listening] && next.limits == ["not after 10pm"])
        #expect(next.reviewOn == nil) // only an agreement has a default review
        #expect(try Agreement.next(after: next, AgreementDraft(), today: today).status == .paused)
    }

    /// Contradictions are refused, and carry-over never hides an open question.
    /// A whole record given again (a form that shows every field) carries nothing over: what it
    /// leaves empty is empty; given back unchanged, it is the same record, newly dated.
    @Test func aCompleteDraftCarriesNothingOver() throws {
        var first = AgreementDraft()
        (first.willing, first.able, first.support, first.limits) = (.yes, .yes, [.listening, .other], ["not after 10pm"])
        first.otherSupport = "walks"
        let previous = try Agreement.next(after: nil, first, today: today)
        let again = try Agreement.next(after: previous, AgreementDraft(previous), today: today)
        #expect(
            (again.status, again.willing, again.able, again.support, again.otherSupport, again.limits)
                == (previous.status, previous.willing, previous.able, previous.support, previous.otherSupport, previous.limits))
        var emptied = AgreementDraft(previous)
        (emptied.support, emptied.otherSupport, emptied.limits, emptied.able) = ([], nil, [], nil)
        let next = try Agreement.next(after: previous, emptied, today: today)
        #expect(next.support.isEmpty && next.otherSupport == nil && next.limits.isEmpty && next.able == nil && next.willing == .yes)
    }

    @Test func contradictionsAndFutureDatesAreRefused() throws {
        var draft = AgreementDraft()
        (draft.status, draft.willing, draft.able) = (.agreed, .yes, .no)
        #expect(throws: ConfidantError.self) { try Agreement.next(after: nil, draft, today: today) }
        draft.able = .unsure
        let unsure = try Agreement.next(after: nil, draft, today: today)
        #expect(unsure.unresolved == "they were unsure whether they are able")
        var future = AgreementDraft()
        future.on = Day("2026-11-28")
        #expect(throws: ConfidantError.self) { try Agreement.next(after: nil, future, today: today) }
    }

    @Test func aRecordThatReopensTheQuestionStartsClean() throws {
        var first = AgreementDraft()
        (first.willing, first.able, first.limits) = (.yes, .yes, ["weekends only"])
        let agreed = try Agreement.next(after: nil, first, today: today)
        var reopened = AgreementDraft()
        reopened.status = .notAsked
        let notAsked = try Agreement.next(after: agreed, reopened, today: today)
        #expect(notAsked.willing == nil && notAsked.able == nil && notAsked.limits.isEmpty)
        var again = AgreementDraft()
        again.status = .agreed
        #expect(try Agreement.next(after: notAsked, again, today: today).limits.isEmpty)
    }

    @Test func reviewDatesComeFromTheDraft() throws {
        var draft = AgreementDraft()
        draft.on = Day("2026-01-31")
        draft.reviewIn = Period("1m")
        #expect(try Agreement.next(after: nil, draft, today: today).reviewOn == Day("2026-02-28"))
        draft.reviewIn = Period("2w")
        #expect(try Agreement.next(after: nil, draft, today: today).reviewOn == Day("2026-02-14"))
        draft.reviewIn = nil
        draft.reviewOn = Day("2026-01-30")
        #expect(throws: ConfidantError.self) { try Agreement.next(after: nil, draft, today: today) }
    }

    @Test func theFirstRecordIsAgreedOnlyWhenWillingAndAble() {
        #expect(Agreement.first(willing: .yes, able: .yes, on: today).status == .agreed)
        #expect(Agreement.first(willing: .yes, able: .yes, on: today).reviewOn == Day("2027-05-27"))
        #expect(Agreement.first(willing: .yes, able: .unsure, on: today).status == .asked)
        #expect(Agreement.first(willing: nil, able: nil, on: today).reviewOn == nil)
    }

    @Test func recordingKeepsTheHistoryAndLogs() throws {
        var document = VaultDocument()
        try document.addSupporter(Supporter(name: "Sam", relationship: .partner))
        let id = document.supporters[0].id
        try document.recordAgreement(for: id, AgreementDraft(), today: today)
        var decline = AgreementDraft()
        decline.status = .declined
        try document.recordAgreement(for: id, decline, today: today)
        #expect(document.supporters[0].agreements.map(\.status) == [.agreed, .declined])
        #expect(document.supporters[0].status == .declined)
        #expect(document.events.map(\.kind) == [.supporterAdded, .agreementRecorded, .agreementRecorded])
        var bad = AgreementDraft()
        bad.reviewOn = Day("2020-01-01")
        #expect(throws: ConfidantError.self) { try document.recordAgreement(for: id, bad, today: today) }
        #expect(document.supporters[0].agreements.count == 2)
    }
}
