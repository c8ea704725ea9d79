import Foundation

/// What a protected term stands for.
public enum TermKind: String, Codable, CaseIterable, Sendable {
    case client, victim, colleague
    /// Anyone else connected to a case: a relative, a witness, a neighbour.
    case person
    case caseRef = "case-ref"
    case place, other
}

/// A name, case reference or place that must never be said outside work. It exists only inside
/// the encrypted vault.
public struct ProtectedTerm: Codable, Equatable, Sendable {
    /// Stable identifier.
    public let id: UUID
    /// The term as entered.
    public var term: String
    /// What it stands for.
    public var kind: TermKind
    /// An optional note.
    public var note: String?
    /// When it was added.
    public var addedAt: Date
    /// Matched only as entered (with plurals and possessives), not in the other forms names are
    /// written in (docs/DRAFT-CHECK.md). Absent in the document when false.
    public var exact: Bool

    /// A new term.
    public init(id: UUID = UUID(), term: String, kind: TermKind, note: String? = nil, addedAt: Date = .currentSecond, exact: Bool = false) {
        self.id = id
        self.term = term
        self.kind = kind
        self.note = note
        self.addedAt = addedAt
        self.exact = exact
    }

    private enum CodingKeys: String, CodingKey { case id, term, kind, note, addedAt, exact }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try container.decode(UUID.self, forKey: .id), term: try container.decode(String.self, forKey: .term),
                  kind: try container.decode(TermKind.self, forKey: .kind), note: try container.decodeIfPresent(String.self, forKey: .note),
                  addedAt: try container.decode(Date.self, forKey: .addedAt),
                  exact: try container.decodeIfPresent(Bool.self, forKey: .exact) ?? false)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(term, forKey: .term)
        try container.encode(kind, forKey: .kind)
        try container.encodeIfPresent(note, forKey: .note)
        try container.encode(addedAt, forKey: .addedAt)
        if exact { try container.encode(true, forKey: .exact) }
    }
}
