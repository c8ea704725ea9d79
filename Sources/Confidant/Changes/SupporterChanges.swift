import Foundation

/// Changes to a supporter's details: nil leaves a field alone, an empty string clears it.
public struct SupporterEdit: Sendable {
    public var name: String?
    public var relationship: Relationship?
    public var sphere: Sphere?
    public var phone: String?
    public var email: String?
    public var availability: String?
    public var impactOnThem: String?
    public var impactOnRelationship: String?
    public var notes: String?
    public var offers: String?
    public var access: String?

    /// No change yet.
    public init() {}
}

extension VaultDocument {
    /// Adds `supporter`, and their first agreement if they have one, to the log.
    /// - Throws: `ConfidantError.invalidValue` for a name that is empty or longer than 200
    ///   characters; `.duplicateSupporter` when the name is another supporter's under `NameKey`.
    public mutating func addSupporter(_ supporter: Supporter) throws {
        try checkName(supporter.name)
        var supporter = supporter
        supporter.name = supporter.name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        supporters.append(supporter)
        log(.supporterAdded, supporter: supporter.id, "added \(supporter.name) (\(supporter.relationship.rawValue))")
    }

    /// Applies `edit` to the supporter with `id`; returns the supporter as changed.
    /// - Throws: `ConfidantError.unknownSupporter`; the name errors of `addSupporter`.
    @discardableResult
    public mutating func editSupporter(_ id: UUID, _ edit: SupporterEdit) throws -> Supporter {
        let index = try position(of: id)
        var supporter = supporters[index]
        if let name = edit.name {
            try checkName(name, renaming: id)
            supporter.name = name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        if let relationship = edit.relationship { supporter.relationship = relationship }
        if let sphere = edit.sphere { supporter.sphere = sphere }
        func set(_ field: inout String?, _ value: String?) {
            if let value { field = value.isEmpty ? nil : value }
        }
        set(&supporter.phone, edit.phone)
        set(&supporter.email, edit.email)
        set(&supporter.availability, edit.availability)
        set(&supporter.impactOnThem, edit.impactOnThem)
        set(&supporter.impactOnRelationship, edit.impactOnRelationship)
        set(&supporter.notes, edit.notes)
        set(&supporter.offers, edit.offers)
        set(&supporter.access, edit.access)
        supporter.updatedAt = .currentSecond
        supporters[index] = supporter
        log(.supporterEdited, supporter: id, "edited \(supporter.name)")
        return supporter
    }

    /// Removes the supporter with `id`; returns them.
    /// - Throws: `ConfidantError.unknownSupporter`.
    @discardableResult
    public mutating func removeSupporter(_ id: UUID) throws -> Supporter {
        let supporter = supporters.remove(at: try position(of: id))
        plan.people.removeAll { $0 == id }
        log(.supporterRemoved, supporter: id, "removed \(supporter.name)")
        return supporter
    }

    /// Where the supporter with `id` is in `supporters`.
    /// - Throws: `ConfidantError.unknownSupporter` (the record went while the command ran).
    func position(of id: UUID) throws -> Int {
        guard let index = supporters.firstIndex(where: { $0.id == id }) else {
            throw ConfidantError.unknownSupporter(id.uuidString, candidates: [])
        }
        return index
    }

    /// Refuses a name that is empty, too long, holds control or invisible formatting characters
    /// (which would make two names look the same), or is another supporter's under `NameKey`;
    /// `id` is the supporter being renamed, who may keep their own name.
    /// - Throws: `ConfidantError.invalidValue`, `.duplicateSupporter`.
    public func checkName(_ name: String, renaming id: UUID? = nil) throws {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= 200 else { throw ConfidantError.invalidValue("a name must be 1 to 200 characters") }
        guard !StoredText.hasHiddenCharacters(name) else {
            throw ConfidantError.invalidValue("a name cannot hold control or invisible characters")
        }
        let key = NameKey.of(trimmed)
        if let other = supporters.first(where: { $0.id != id && NameKey.of($0.name) == key }) {
            throw ConfidantError.duplicateSupporter(trimmed, existing: other.name)
        }
    }
}
