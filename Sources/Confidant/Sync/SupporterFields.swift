import Foundation

/// A supporter's own fields as a merge sees them (docs/SYNC.md): each under its own name, as
/// text, so two copies that changed different fields of one person both keep their change, and a
/// field changed on both is named when it is reported. Sharing is a field per topic
/// (`sharing/TOPIC`), so limits set for different topics on two devices are both kept.
enum SupporterFields {
    /// One field: its name in record keys, its name for a person, and how to read and set it.
    struct Field: Sendable {
        let name: String
        let label: String
        let get: @Sendable (Supporter) -> String?
        let set: @Sendable (inout Supporter, String?) -> Void
    }

    /// The fields every supporter has, in a fixed order.
    static let fixed: [Field] = [
        Field(name: "name", label: "name", get: \.name, set: { if let text = $1 { $0.name = text } }),
        Field(
            name: "relationship", label: "relationship", get: \.relationship.rawValue,
            set: { if let relationship = $1.flatMap(Relationship.init(rawValue:)) { $0.relationship = relationship } }),
        Field(
            name: "sphere", label: "sphere", get: \.sphere.rawValue,
            set: { if let sphere = $1.flatMap(Sphere.init(rawValue:)) { $0.sphere = sphere } }),
        Field(name: "phone", label: "phone", get: \.phone, set: { $0.phone = $1 }),
        Field(name: "email", label: "email", get: \.email, set: { $0.email = $1 }),
        Field(name: "availability", label: "availability", get: \.availability, set: { $0.availability = $1 }),
        Field(name: "notes", label: "notes", get: \.notes, set: { $0.notes = $1 }),
        Field(name: "impactOnThem", label: "impact on them", get: \.impactOnThem, set: { $0.impactOnThem = $1 }),
        Field(
            name: "impactOnRelationship", label: "impact on the relationship", get: \.impactOnRelationship,
            set: { $0.impactOnRelationship = $1 }),
        Field(name: "offers", label: "what the service offers", get: \.offers, set: { $0.offers = $1 }),
        Field(name: "access", label: "how to reach the service", get: \.access, set: { $0.access = $1 }),
    ]

    /// Every field of `supporter` that has a value, by name.
    static func values(of supporter: Supporter) -> [String: String] {
        var values: [String: String] = [:]
        for field in fixed { values[field.name] = field.get(supporter) }
        for (topic, level) in supporter.sharing { values["sharing/" + topic] = level.rawValue }
        return values
    }

    /// The names of the fields that differ between `a` and `b`.
    static func differing(_ a: Supporter, _ b: Supporter) -> [String] {
        var names = fixed.filter { $0.get(a) != $0.get(b) }.map(\.name)
        for topic in Set(a.sharing.keys).union(b.sharing.keys).sorted() where a.sharing[topic] != b.sharing[topic] {
            names.append("sharing/" + topic)
        }
        return names
    }

    /// Sets the field `name` of `supporter` to `value` (nil: no value).
    static func set(_ name: String, of supporter: inout Supporter, to value: String?) {
        if name.hasPrefix("sharing/") {
            supporter.sharing[String(name.dropFirst(8))] = value.flatMap(SharingLevel.init(rawValue:))
        } else if let field = fixed.first(where: { $0.name == name }) {
            field.set(&supporter, value)
        }
    }

    /// The field `name` of `supporter`.
    static func value(_ name: String, of supporter: Supporter) -> String? {
        if name.hasPrefix("sharing/") { return supporter.sharing[String(name.dropFirst(8))]?.rawValue }
        return fixed.first { $0.name == name }?.get(supporter)
    }

    /// The field `name` for a person: "phone", "sharing of work-stress".
    static func label(_ name: String) -> String {
        if name.hasPrefix("sharing/") { return "sharing of " + name.dropFirst(8) }
        return fixed.first { $0.name == name }?.label ?? name
    }
}
