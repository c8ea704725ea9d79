import Foundation

/// An agreement as given by flags or at the prompts; what is not given comes from the previous
/// record (`Agreement.next`).
public struct AgreementDraft: Sendable {
    public var status: AgreementStatus?
    public var willing: Answer?
    public var able: Answer?
    public var support: [SupportKind] = []
    /// Support in the user's words that is none of the kinds (`Agreement.otherSupport`).
    public var otherSupport: String?
    public var limits: [String] = []
    /// When it was agreed (default today).
    public var on: Day?
    public var reviewOn: Day?
    public var reviewIn: Period?

    /// The whole record, as a form that shows every field gives it: what is not given is empty,
    /// not carried over from the previous record.
    public var complete = false

    /// Nothing given yet.
    public init() {}

    /// The whole of `agreement` again (status, willing, able, support, limits), as a form filled
    /// in with it gives it; its date and review are the new record's own.
    public init(_ agreement: Agreement) {
        (status, willing, able, complete) = (agreement.status, agreement.willing, agreement.able, true)
        (support, otherSupport, limits) = (agreement.support, agreement.otherSupport, agreement.limits)
    }
}

extension Agreement {
    /// The record `draft` makes after `previous` (the person's latest). The status defaults to
    /// the previous one, or agreed. Willing, able, support and limits not given are carried over
    /// only from an agreed or paused record into an agreed or paused one: a record that says
    /// they were not asked, were asked, declined or ended starts clean, so an old "willing: yes"
    /// never hides that nobody asked again; a `complete` draft carries nothing. The review falls
    /// due on `reviewOn`, or `reviewIn` after the agreement, or for an agreement six months after it.
    /// - Throws: `ConfidantError.invalidValue` for an agreement dated in the future, a review
    ///   before the agreement, or "agreed" when they said no to being willing or able.
    public static func next(after previous: Agreement?, _ draft: AgreementDraft, today: Day = .today) throws -> Agreement {
        let status = draft.status ?? previous?.status ?? .agreed
        let day = draft.on ?? today
        guard day <= today else {
            throw ConfidantError.invalidValue("the agreement date \(day) is in the future: record an agreement once it is made")
        }
        let review = draft.reviewOn ?? draft.reviewIn.map(day.adding) ?? (status == .agreed ? day.adding(defaultReviewPeriod) : nil)
        if let review, review < day { throw ConfidantError.invalidValue("the review date \(review) is before the agreement date \(day)") }
        let carried = !draft.complete && [.agreed, .paused].contains(status) && [.agreed, .paused].contains(previous?.status) ? previous : nil
        let willing = draft.willing ?? carried?.willing, able = draft.able ?? carried?.able
        if status == .agreed, willing == .no || able == .no {
            throw ConfidantError.invalidValue(
                "\"agreed\", but they are \(willing == .no ? "not willing" : "not able"): record it as "
                    + "--status declined or paused, or change --willing/--able if that has changed")
        }
        return Agreement(
            status: status, on: day, willing: willing, able: able,
            support: draft.support.isEmpty && draft.otherSupport == nil ? carried?.support ?? [] : draft.support,
            otherSupport: draft.support.isEmpty && draft.otherSupport == nil ? carried?.otherSupport : draft.otherSupport,
            limits: draft.limits.isEmpty ? carried?.limits ?? [] : draft.limits, reviewOn: review)
    }

    /// The first record for someone you asked when adding them: agreed when they said they are
    /// both willing and able (then due for review in six months), declined when they said no to
    /// either, otherwise asked.
    public static func first(willing: Answer?, able: Answer?, on day: Day = .today) -> Agreement {
        let agreed = willing == .yes && able == .yes
        // A no to either is their answer: they declined (issue 20: "asked, not answered yet" for
        // someone who said no read as if they might still say yes).
        let status: AgreementStatus = agreed ? .agreed : willing == .no || able == .no ? .declined : .asked
        return Agreement(
            status: status, on: day, willing: willing, able: able,
            reviewOn: agreed ? day.adding(defaultReviewPeriod) : nil)
    }
}

extension VaultDocument {
    /// Records the agreement `draft` makes with the supporter with `id` (the earlier ones stay in
    /// the history) and logs it; returns the new record.
    /// - Throws: `ConfidantError.unknownSupporter`, and `Agreement.next`'s errors.
    @discardableResult
    public mutating func recordAgreement(for id: UUID, _ draft: AgreementDraft, today: Day = .today) throws -> Agreement {
        let index = try position(of: id)
        let record = try Agreement.next(after: supporters[index].agreement, draft, today: today)
        supporters[index].agreements.append(record)
        supporters[index].updatedAt = .currentSecond
        log(.agreementRecorded, supporter: id, "agreement with \(supporters[index].name): \(record.status.rawValue)")
        return record
    }
}
