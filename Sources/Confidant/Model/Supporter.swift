import Foundation

/// A person or service who may support you, with what was agreed and what you may share.
public struct Supporter: Codable, Equatable, Sendable, Identifiable {
    /// Stable identifier (imports match records by it).
    public let id: UUID
    /// The name you know them by.
    public var name: String
    /// Who they are to you.
    public var relationship: Relationship
    /// Inside work, outside it, or professional support.
    public var sphere: Sphere
    /// How to reach them.
    public var phone: String?
    /// How to reach them.
    public var email: String?
    /// When they are usually available.
    public var availability: String?
    /// Anything else worth remembering.
    public var notes: String?
    /// What hearing about your work could do to them.
    public var impactOnThem: String?
    /// What leaning on them could do to the relationship.
    public var impactOnRelationship: String?
    /// For a service: what it offers ("24/7 phone counselling, six free sessions").
    public var offers: String?
    /// For a service: how to reach it through work ("through HR, or the number on the intranet").
    public var access: String?
    /// Every agreement recorded, oldest first; the last is current.
    public var agreements: [Agreement]
    /// Topic levels set for this person, overriding the sphere's defaults.
    public var sharing: [String: SharingLevel]
    /// When the record was created.
    public let createdAt: Date
    /// When it last changed (imports keep the newer record).
    public var updatedAt: Date

    /// A new supporter in the relationship's default sphere unless one is given.
    public init(name: String, relationship: Relationship, sphere: Sphere? = nil, now: Date = .currentSecond) {
        id = UUID()
        self.name = name
        self.relationship = relationship
        self.sphere = sphere ?? relationship.defaultSphere
        agreements = []
        sharing = [:]
        createdAt = now
        updatedAt = now
    }

    /// A supporter as read back from the vault.
    init(id: UUID, name: String, relationship: Relationship, sphere: Sphere, createdAt: Date, updatedAt: Date) {
        self.id = id
        self.name = name
        self.relationship = relationship
        self.sphere = sphere
        agreements = []
        sharing = [:]
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The current agreement, if one was recorded.
    public var agreement: Agreement? { agreements.last }

    /// The current status; `not-asked` when nothing was recorded.
    public var status: AgreementStatus { agreement?.status ?? .notAsked }

    /// Days until the agreement is due for review, when it is: agreed, with a review date that
    /// has passed (negative) or falls within `Review.soon` days of `today`; nil otherwise. The
    /// one rule behind `list --due` and `review`.
    public func daysUntilReview(from today: Day) -> Int? {
        guard status == .agreed, let review = agreement?.reviewOn else { return nil }
        let days = today.days(until: review)
        return days <= Review.soon ? days : nil
    }

    /// A professional or organisational service (employee assistance, a helpline, counselling):
    /// there to be used, not a person to ask beforehand, so it is never asked whether it is willing
    /// and able or what leaning on it would do to a relationship, nor nudged about agreements.
    public var isService: Bool { sphere == .service }
}

extension Array where Element == Supporter {
    /// Sorted by name, ignoring case, with the keys computed once rather than in every comparison
    /// (ICU collation per comparison made sorting 100,000 names take three seconds).
    public func sortedByName() -> [Supporter] {
        let keys = map { $0.name.lowercased() }
        return indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : self[$0].name < self[$1].name }.map { self[$0] }
    }
}
