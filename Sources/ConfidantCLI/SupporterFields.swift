import ArgumentParser
import Confidant

/// The flags for a supporter's details, shared by `add` and `edit`.
struct SupporterFields: ParsableArguments {
    @Option(help: "Who they are to you.") var relationship: Relationship?
    @Option(help: "personal (outside work), work (inside work) or service (professional support); default follows the relationship.")
    var sphere: Sphere?
    @Option(help: "Phone number.") var phone: String?
    @Option(help: "Email address.") var email: String?
    @Option(help: "When they are usually available.") var availability: String?
    @Option(help: "What hearing about your work could do to them.") var impactOnThem: String?
    @Option(help: "What leaning on them could do to your relationship.") var impactOnRelationship: String?
    @Option(help: "Anything else worth remembering.") var note: String?

    /// Whether any field was given.
    var isEmpty: Bool {
        [relationship as Any?, sphere, phone, email, availability, impactOnThem, impactOnRelationship, note].allSatisfy { $0 == nil }
    }
}
