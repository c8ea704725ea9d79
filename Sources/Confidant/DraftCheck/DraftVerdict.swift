/// What the draft check says about one draft: the findings, and support when the draft speaks of
/// the writer's own distress. The verdict — whether the draft must be held back — is decided here,
/// once, for every front end.
public struct DraftVerdict: Encodable, Sendable {
    /// Every finding, in reading order.
    public let findings: [Finding]
    /// Present when the draft says the writer is in distress (feeling suicidal, wanting to hurt
    /// themselves, not coping, not safe): shown first, calmly. It is never a finding.
    public let support: Support?
    /// Where the agreement with the person the draft is for stands: said with the verdict when
    /// they declined, paused or were unsure (nil for a draft to the people you work with).
    public let standing: AgreementStanding?

    /// Whether the draft must not be sent: a finding at *never*, or with `strict` any finding.
    public func blocks(strict: Bool) -> Bool {
        findings.contains { $0.level == .never || strict }
    }

    /// How many findings there are at each level.
    public var counts: [Finding.Level: Int] {
        Dictionary(grouping: findings, by: \.level).mapValues(\.count)
    }
}

/// What the check shows when a draft speaks of the writer's own distress: a few calm lines
/// (docs/WELLBEING.md gives the wording and why), the people who agreed to support them, and the
/// helplines, Samaritans first.
public struct Support: Encodable, Equatable, Sendable {
    /// Someone who agreed to support the writer, and how to reach them.
    public struct Person: Encodable, Equatable, Sendable {
        public let name: String
        public let relationship: Relationship
        public let phone: String?
        public let availability: String?
        /// What the agreement leaves open ("they were unsure whether they are able"), or nil.
        public let unsettled: String?
    }

    /// The lines said before anything else.
    public let message: [String]
    /// The plan's people who agreed to support the writer (or, when the plan names nobody, every
    /// supporter who agreed), services excepted.
    public let people: [Person]
    /// Samaritans, then the plan's other helplines (not Stop It Now, which is for sexual thoughts).
    public let helplines: [Helpline]
    /// Said last.
    public let closing: String

    /// The support for a writer whose vault is `document`.
    public init(for document: VaultDocument) {
        let agreed = document.supporters.filter { $0.status == .agreed && !$0.isService }
        let inPlan = document.peopleToTurnTo.filter { !$0.isService }
        people = (inPlan.isEmpty ? agreed : inPlan).map {
            Person(name: $0.name, relationship: $0.relationship, phone: $0.phone, availability: $0.availability, unsettled: $0.agreement?.unresolved)
        }
        helplines =
            [Helpline.samaritans]
            + document.plan.helplines.filter { $0.phone != Helpline.samaritans.phone && $0.phone != Helpline.stopItNow.phone }
        message = Self.message
        closing = Self.closing
    }

    /// The opening lines (docs/WELLBEING.md).
    public static let message = [
        "This sounds like a very hard night.",
        "How you feel is yours to share: nothing you say about it is held back, and telling someone who agreed to listen is a good thing to do.",
    ]

    /// The last line (docs/WELLBEING.md).
    public static let closing = "If you feel you might act on it tonight, 999 or A&E will help straight away."
}
