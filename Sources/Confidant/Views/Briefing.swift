/// What to know before talking to a supporter: how to reach them, the agreement, the review date,
/// what may be shared, and the two considerations. The data behind `confidant check NAME`.
public struct Briefing: Encodable, Sendable {
    /// When the agreement is next to be reviewed.
    public struct ReviewDate: Encodable, Sendable {
        /// The date.
        public let on: Day
        /// Days from today (negative when overdue).
        public let daysLeft: Int
        /// Whether the date has passed.
        public let overdue: Bool
    }

    public let name: String
    public let relationship: Relationship
    public let sphere: Sphere
    /// How to reach them, and when: what you look at before calling.
    public let phone: String?
    public let email: String?
    public let availability: String?
    /// For a service: what it offers, and how to reach it through work.
    public let offers: String?
    public let access: String?
    public let isService: Bool
    public let status: AgreementStatus
    public let agreement: Agreement?
    /// Where the agreement leaves you: whether to lean on them, said in a sentence.
    public let standing: AgreementStanding
    public let review: ReviewDate?
    public let share: [String]
    public let care: [String]
    public let never: [String]
    /// How many protected terms the vault holds (the terms themselves are not shown).
    public let protectedTerms: Int
    public let impactOnThem: String?
    public let impactOnRelationship: String?

    /// The briefing for `supporter` as of `today`.
    public init(for supporter: Supporter, in document: VaultDocument, today: Day = .today) {
        let sharing = Sharing(for: supporter, topics: document.topics)
        name = supporter.name
        relationship = supporter.relationship
        sphere = supporter.sphere
        phone = supporter.phone
        email = supporter.email
        availability = supporter.availability
        offers = supporter.offers
        access = supporter.access
        isService = supporter.isService
        status = supporter.status
        agreement = supporter.agreement
        standing = AgreementStanding(for: supporter)
        review = supporter.agreement?.reviewOn.map {
            ReviewDate(on: $0, daysLeft: today.days(until: $0), overdue: today.days(until: $0) < 0)
        }
        share = sharing.topics(at: .share)
        care = sharing.topics(at: .care)
        never = sharing.topics(at: .never)
        protectedTerms = document.terms.count
        impactOnThem = supporter.impactOnThem
        impactOnRelationship = supporter.impactOnRelationship
    }
}
