/// What needs attention in the network, each item with what to do about it.
public struct ReviewItem: Codable, Equatable, Sendable {
    /// What kind of attention.
    public enum Kind: String, Codable, Sendable {
        case reviewOverdue = "review-overdue", reviewDue = "review-due", neverAsked = "never-asked", notAgreed = "not-agreed"
        case gapOutsideWork = "gap-outside-work", gapFewerThanTwo = "gap-fewer-than-two", gapInsideWork = "gap-inside-work"
        case gapNoService = "gap-no-service", unresolved
        case backupsOnVaultDisk = "backups-on-vault-disk"
        case impactPersists = "impact-persists", checkInDue = "checkin-due"
    }

    /// What kind of attention.
    public let kind: Kind
    /// The supporter concerned, for per-person items.
    public let supporter: String?
    /// What is wrong, in a sentence.
    public let message: String
    /// What addresses it.
    public let suggestion: Suggestion
    /// Another way to address it, if there is one.
    public let alternative: Suggestion?

    init(_ kind: Kind, supporter: String? = nil, _ message: String, _ suggestion: Suggestion, or alternative: Suggestion? = nil) {
        self.kind = kind
        self.supporter = supporter
        self.message = message
        self.suggestion = suggestion
        self.alternative = alternative
    }
}

/// Builds the review: reviews due (within `soon` days) or overdue, people never asked, agreements
/// declined, paused or ended, and gaps in the network.
public enum Review {
    /// Days ahead within which a review counts as due.
    public static let soon = 30

    /// The items for `document` as of `today`: about you first (`wellbeing`), then per-person
    /// items, then gaps.
    public static func items(for document: VaultDocument, today: Day = .today) -> [ReviewItem] {
        var items = wellbeing(document, today: today)
        for supporter in document.supporters.sortedByName() {
            items += personal(supporter, inPlan: document.plan.people.contains(supporter.id), today: today)
        }
        return items + gaps(document.supporters, plan: document.plan)
    }

    private static func personal(_ supporter: Supporter, inPlan: Bool, today: Day) -> [ReviewItem] {
        let name = supporter.name
        // A service is there to be used: no agreement to ask for, so nothing to nudge about.
        if supporter.isService { return [] }
        let renew = Suggestion("agree", for: name, flags: ["--status", "agreed", "--review-in", "6m"])
        switch supporter.status {
        case .notAsked:
            return [
                ReviewItem(
                    .neverAsked, supporter: name,
                    "\(name) has not been asked whether they are willing and able to support you",
                    Suggestion.recordAgreement(for: name))
            ]
        case .declined, .paused, .ended, .asked:
            // Someone who said no stays in your life: nothing to remove, only the plan to keep
            // true. A colleague whose agreement ended may have moved on.
            let notice = AgreementStanding(for: supporter).notice ?? "the agreement with \(name) is \(supporter.status.rawValue)"
            if inPlan, supporter.status != .asked {
                return [
                    ReviewItem(
                        .notAgreed, supporter: name, notice + " They are still among the people in your plan",
                        Suggestion("plan remove person", for: name))
                ]
            }
            // A no is an answer, not something to fix: nothing to do unless they are in the plan. A
            // colleague whose agreement ended may have moved on.
            if supporter.status == .ended, supporter.sphere == .work {
                return [ReviewItem(.notAgreed, supporter: name, notice, Suggestion("agree", for: name), or: Suggestion("remove", for: name))]
            }
            guard [.paused, .asked].contains(supporter.status) else { return [] }
            return [ReviewItem(.notAgreed, supporter: name, notice, Suggestion("agree", for: name))]
        case .agreed:
            if let open = supporter.agreement?.unresolved {
                return [
                    ReviewItem(
                        .unresolved, supporter: name, "the agreement with \(name) is not settled: \(open); talk about it again",
                        Suggestion.recordAgreement(for: name))
                ]
            }
            guard let days = supporter.daysUntilReview(from: today), let review = supporter.agreement?.reviewOn else { return [] }
            if days < 0 {
                return [
                    ReviewItem(
                        .reviewOverdue, supporter: name,
                        "the agreement with \(name) was due for review on \(review) (\(-days) days ago)", renew)
                ]
            }
            return [
                ReviewItem(
                    .reviewDue, supporter: name,
                    "the agreement with \(name) is due for review on \(review) (in \(days) days)", renew)
            ]
        }
    }

    private static func gaps(_ supporters: [Supporter], plan: CopingPlan) -> [ReviewItem] {
        let agreed = supporters.filter { $0.status == .agreed }
        var items: [ReviewItem] = []
        if !agreed.contains(where: { $0.sphere == .personal }) {
            items.append(
                ReviewItem(
                    .gapOutsideWork, "nobody outside work has agreed to support you",
                    Suggestion("add", for: nil, flags: ["--relationship", "friend"])))
        }
        if agreed.count < 2 {
            items.append(
                ReviewItem(
                    .gapFewerThanTwo, "fewer than two people have agreed to support you (\(agreed.count))",
                    Suggestion("add", for: nil)))
        }
        if !agreed.contains(where: { $0.sphere == .work }) {
            items.append(
                ReviewItem(
                    .gapInsideWork, "nobody inside work (manager, supervisor, colleague) has agreed to support you",
                    Suggestion("add", for: nil, flags: ["--relationship", "supervisor"])))
        }
        // Counselling or employee assistance noted in the coping plan is such a service too.
        let planned = plan.organisation.contains { [.counselling, .employeeAssistance].contains($0.kind) }
        if !planned, !supporters.contains(where: { $0.sphere == .service }) {
            items.append(
                ReviewItem(
                    .gapNoService,
                    "no professional service (counselling, employee assistance, a helpline) for when nobody is available",
                    Suggestion("add", for: nil, flags: ["--relationship", "helpline"])))
        }
        return items
    }
}
