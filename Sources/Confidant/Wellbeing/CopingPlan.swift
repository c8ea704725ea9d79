import Foundation

/// Your plan for when the work gets to you (docs/WELLBEING.md): the signs you notice, the
/// short-term responses you see in yourself, the longer-term strategies you chose, the people to
/// turn to, what your organisation offers and the helplines. Everything is optional and in your
/// own words; nothing in it is diagnostic.
public struct CopingPlan: Codable, Equatable, Sendable {
    /// Signs that the work is getting to you.
    public var signs: [String]
    /// Short-term responses you notice (avoidance, emotional ones), named without judgement.
    public var responses: [String]
    /// Longer-term strategies you chose.
    public var strategies: [String]
    /// Supporters to turn to, by id: a rename follows, a removal drops them.
    public var people: [UUID]
    /// What your organisation offers, and whom to ask.
    public var organisation: [OrganisationContact]
    /// Helplines; a new plan starts with two UK ones (`Helpline.starting`).
    public var helplines: [Helpline]
    /// How often you want to check in; `review` notes when it is overdue (nil: never).
    public var checkInEvery: Int?
    /// When the plan last changed: an import keeps the newer plan. A plan made by migrating a
    /// schema-1 vault dates from 1970, so it never replaces one a user wrote.
    public var updatedAt: Date

    /// A plan with nothing of yours yet and the starting helplines, dated 1970 until you change it.
    public init(updatedAt: Date = Date(timeIntervalSince1970: 0)) {
        signs = []
        responses = []
        strategies = []
        people = []
        organisation = []
        helplines = Helpline.starting
        checkInEvery = nil
        self.updatedAt = updatedAt
    }

    /// Longer-term strategies to start from; docs/WELLBEING.md says where each comes from.
    public static let suggestedStrategies = [
        "regular exercise", "time in nature", "a hobby that uses other parts of the mind",
        "a firm boundary between work and home", "regular supervision", "peer support with colleagues",
        "a short walk before going home",
    ]

    /// Short-term responses people commonly notice; normal for a while, not a plan on their own.
    public static let commonResponses = [
        "avoidance: television, music, keeping busy", "emotional: banging doors, shouting",
    ]
}

/// One kind of support an organisation can give when the work keeps affecting you.
public enum OrganisationSupport: String, Codable, CaseIterable, Sendable {
    case supervision, counselling, training, workload
    case employeeAssistance = "employee-assistance"

    /// What it is, for a person.
    public var meaning: String {
        switch self {
        case .supervision: "supervision"
        case .counselling: "counselling"
        case .training: "further training"
        case .workload: "a review of your workload, caseload or the content of your work"
        case .employeeAssistance: "the employee assistance programme"
        }
    }
}

/// Whom to ask for one kind of organisational support, and how.
public struct OrganisationContact: Codable, Equatable, Sendable {
    public var kind: OrganisationSupport
    /// Whom to ask ("my line manager", "HR, Ann Lee").
    public var who: String?
    public var phone: String?
    public var email: String?

    /// The contact for `kind`.
    public init(kind: OrganisationSupport, who: String? = nil, phone: String? = nil, email: String? = nil) {
        (self.kind, self.who, self.phone, self.email) = (kind, who, phone, email)
    }
}

/// A helpline: its name, number, country and what it is for.
public struct Helpline: Codable, Equatable, Sendable {
    public var name: String
    public var phone: String
    /// Where the number works (ISO 3166 code or a country's name: "UK").
    public var country: String
    public var note: String?

    /// A helpline.
    public init(name: String, phone: String, country: String, note: String? = nil) {
        (self.name, self.phone, self.country, self.note) = (name, phone, country, note)
    }

    /// The Stop It Now helpline.
    public static let stopItNow = Helpline(
        name: "Stop It Now", phone: "0808 1000 900", country: "UK",
        note: "confidential; for anyone worried about sexual thoughts, their own or another's")
    /// The Samaritans.
    public static let samaritans = Helpline(name: "Samaritans", phone: "116 123", country: "UK", note: "any time, day or night")

    /// The helplines a new plan starts with (both UK; a user elsewhere replaces them).
    public static let starting = [stopItNow, samaritans]
}
