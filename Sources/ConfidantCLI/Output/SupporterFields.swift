import ArgumentParser
import Confidant

/// The flags for a supporter's details, shared by `add` and `edit`.
struct SupporterFields: ParsableArguments {
    @Option(help: "Who they are to you.") var relationship: Relationship?
    @Option(help: "personal (outside work), work (inside work) or service (professional support); default follows the relationship.")
    var sphere: Sphere?
    @Option(help: "Phone number.") var phone: String?
    @Option(help: "Email address.") var email: String?
    @Option(help: "When they are usually available (- to read it from standard input).") var availability: String?
    @Option(help: "What hearing about your work could do to them (- to read it from standard input).") var impactOnThem: String?
    @Option(help: "What leaning on them could do to your relationship (- to read it from standard input).") var impactOnRelationship: String?
    @Option(help: "Anything else worth remembering (- to read it from standard input).") var note: String?
    @Option(help: "For a service: what it offers.") var offers: String?
    @Option(help: "For a service: how to reach it through work.") var access: String?

    /// The free-text fields with `-` read from standard input, and a warning for each given on
    /// the command line (`ConfidentialValue`).
    func resolved() throws -> SupporterFields {
        var fields = self
        fields.availability = try ConfidentialValue.resolve(availability, flag: "--availability")
        fields.impactOnThem = try ConfidentialValue.resolve(impactOnThem, flag: "--impact-on-them")
        fields.impactOnRelationship = try ConfidentialValue.resolve(impactOnRelationship, flag: "--impact-on-relationship")
        fields.note = try ConfidentialValue.resolve(note, flag: "--note")
        return fields
    }

    /// Whether any field was given.
    var isEmpty: Bool {
        [relationship as Any?, sphere, phone, email, availability, impactOnThem, impactOnRelationship, note, offers, access].allSatisfy { $0 == nil }
    }
}
