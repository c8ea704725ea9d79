/// What needs attention in the network, each item with the command that addresses it.
public struct ReviewItem: Codable, Equatable, Sendable {
    /// What kind of attention.
    public enum Kind: String, Codable, Sendable {
        case reviewOverdue = "review-overdue", reviewDue = "review-due", neverAsked = "never-asked", notAgreed = "not-agreed"
        case gapOutsideWork = "gap-outside-work", gapFewerThanTwo = "gap-fewer-than-two", gapInsideWork = "gap-inside-work"
        case gapNoService = "gap-no-service"
    }

    /// What kind of attention.
    public let kind: Kind
    /// The supporter concerned, for per-person items.
    public let supporter: String?
    /// What is wrong, in a sentence.
    public let message: String
    /// The command that addresses it.
    public let command: String
}

/// Builds the review: reviews due (within `soon` days) or overdue, people never asked, agreements
/// declined, paused or ended, and gaps in the network.
public enum Review {
    /// Days ahead within which a review counts as due.
    public static let soon = 30

    /// The items for `document` as of `today`, per-person items first, then gaps.
    public static func items(for document: VaultDocument, today: Day = .today) -> [ReviewItem] {
        var items: [ReviewItem] = []
        for supporter in document.supporters.sortedByName() {
            items += personal(supporter, today: today)
        }
        return items + gaps(document.supporters)
    }

    private static func personal(_ supporter: Supporter, today: Day) -> [ReviewItem] {
        let name = supporter.name
        let quoted = name.contains(" ") ? "\"\(name)\"" : name
        switch supporter.status {
        case .notAsked:
            return [ReviewItem(kind: .neverAsked, supporter: name,
                               message: "\(name) has not been asked whether they are willing and able to support you",
                               command: "confidant agree \(quoted) --status agreed --willing yes --able yes")]
        case .declined, .paused, .ended, .asked:
            let status = supporter.status.rawValue
            return [ReviewItem(kind: .notAgreed, supporter: name,
                               message: "the agreement with \(name) is \(status)",
                               command: "confidant agree \(quoted) --status …   (or `confidant remove \(quoted)`)")]
        case .agreed:
            guard let review = supporter.agreement?.reviewOn else { return [] }
            let days = today.days(until: review)
            if days < 0 {
                return [ReviewItem(kind: .reviewOverdue, supporter: name,
                                   message: "the agreement with \(name) was due for review on \(review) (\(-days) days ago)",
                                   command: "confidant agree \(quoted) --status agreed --review-in 6m")]
            }
            if days <= soon {
                return [ReviewItem(kind: .reviewDue, supporter: name,
                                   message: "the agreement with \(name) is due for review on \(review) (in \(days) days)",
                                   command: "confidant agree \(quoted) --status agreed --review-in 6m")]
            }
            return []
        }
    }

    private static func gaps(_ supporters: [Supporter]) -> [ReviewItem] {
        let agreed = supporters.filter { $0.status == .agreed }
        var items: [ReviewItem] = []
        if !agreed.contains(where: { $0.sphere == .personal }) {
            items.append(ReviewItem(kind: .gapOutsideWork, supporter: nil,
                                    message: "nobody outside work has agreed to support you",
                                    command: "confidant add NAME --relationship friend   (then `confidant agree NAME`)"))
        }
        if agreed.count < 2 {
            items.append(ReviewItem(kind: .gapFewerThanTwo, supporter: nil,
                                    message: "fewer than two people have agreed to support you (\(agreed.count))",
                                    command: "confidant add NAME   (then `confidant agree NAME`)"))
        }
        if !agreed.contains(where: { $0.sphere == .work }) {
            items.append(ReviewItem(kind: .gapInsideWork, supporter: nil,
                                    message: "nobody inside work (manager, supervisor, colleague) has agreed to support you",
                                    command: "confidant add NAME --relationship supervisor   (then `confidant agree NAME`)"))
        }
        if !supporters.contains(where: { $0.sphere == .service }) {
            items.append(ReviewItem(kind: .gapNoService, supporter: nil,
                                    message: "no professional service (counselling, employee assistance, a helpline) for when nobody is available",
                                    command: "confidant add NAME --relationship helpline --phone NUMBER"))
        }
        return items
    }
}
