/// The free-text questions asked about someone being added, in order: a person is asked what
/// hearing about your work could do to them and to your relationship, a service (used, not asked)
/// what it offers, when it is open, the way in through work and its phone number. Every front end
/// asks these; an answer already given (a flag, a form field) is kept, whatever the sphere.
public enum SupporterQuestion: CaseIterable, Sendable {
    case offers, availability, access, phone, impactOnThem, impactOnRelationship, notes

    /// The questions for someone in `sphere`, in the order they are asked.
    public static func asked(in sphere: Sphere) -> [SupporterQuestion] {
        sphere == .service ? [.offers, .availability, .access, .phone, .notes] : [.impactOnThem, .impactOnRelationship, .availability, .notes]
    }

    /// The question, about `supporter` as they are so far (their name and sphere).
    public func text(about supporter: Supporter) -> String {
        let name = supporter.name
        switch self {
        case .offers: return "What does \(name) offer?"
        case .availability: return supporter.isService ? "When is it open?" : "When is \(name) usually available?"
        case .access: return "How do you reach it through work (if you do)?"
        case .phone: return supporter.isService ? "Its phone number?" : "\(name)'s phone number?"
        case .impactOnThem: return "What could hearing about your work do to \(name)?"
        case .impactOnRelationship: return "What could leaning on \(name) do to your relationship?"
        case .notes: return "Anything else worth remembering about \(name)?"
        }
    }

    /// The field the answer fills.
    public var field: WritableKeyPath<Supporter, String?> {
        switch self {
        case .offers: \.offers
        case .availability: \.availability
        case .access: \.access
        case .phone: \.phone
        case .impactOnThem: \.impactOnThem
        case .impactOnRelationship: \.impactOnRelationship
        case .notes: \.notes
        }
    }
}
