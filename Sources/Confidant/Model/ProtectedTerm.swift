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
    /// The short names the person goes by ("Baz", "Tel"): each is found as the first name is,
    /// alone and with the surname. Absent in the document when empty.
    public var goesBy: [String]

    /// A new term.
    public init(
        id: UUID = UUID(), term: String, kind: TermKind, note: String? = nil, addedAt: Date = .currentSecond, exact: Bool = false,
        goesBy: [String] = []
    ) {
        self.id = id
        self.term = term
        self.kind = kind
        self.note = note
        self.addedAt = addedAt
        self.exact = exact
        self.goesBy = goesBy
    }

    /// The short forms people commonly use for the term's first name (`ShortForms`: the
    /// `nicknames` dataset and the British "-z", "-zza" forms), which `terms add` offers when it
    /// asks what the person goes by; empty for a term that is not a person's name of two words.
    public var commonShortForms: [String] {
        guard kind.isPersonLike, !exact else { return [] }
        var words = NameWords()
        words.read(term, personLike: true)
        guard words.words.count > 1 else { return [] }
        let first = words.words.withWord(PersonIndex.firstName(in: words.words)) { String(decoding: $0, as: UTF8.self) }
        return ShortForms.of(first).filter { $0.count >= 3 }
    }

    /// Whether a short name this person goes by can be recorded (`setGoesBy`): a person's name
    /// of two words or more, found in its forms (not only as entered).
    public var takesShortNames: Bool {
        kind.isPersonLike && !exact && term.trimmingCharacters(in: .whitespaces).contains(" ")
    }

    /// The terms one line of a list holds: a line of several full names ("kayleigh moss, jordan
    /// price"), each of two words or more, is that many terms; any other line ("KHAN, Aisha", a
    /// surname first) is one.
    public static func entries(inLine line: String) -> [String] {
        let parts = line.split(whereSeparator: { $0 == "," || $0 == ";" }).map { $0.trimmingCharacters(in: .whitespaces) }
        let several = parts.count > 1 && parts.allSatisfy { $0.split(separator: " ").count >= 2 }
        return several ? parts : [line.trimmingCharacters(in: .whitespaces)].filter { !$0.isEmpty }
    }

    private enum CodingKeys: String, CodingKey { case id, term, kind, note, addedAt, exact, goesBy }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(UUID.self, forKey: .id), term: try container.decode(String.self, forKey: .term),
            kind: try container.decode(TermKind.self, forKey: .kind), note: try container.decodeIfPresent(String.self, forKey: .note),
            addedAt: try container.decode(Date.self, forKey: .addedAt),
            exact: try container.decodeIfPresent(Bool.self, forKey: .exact) ?? false,
            goesBy: try container.decodeIfPresent([String].self, forKey: .goesBy) ?? [])
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(term, forKey: .term)
        try container.encode(kind, forKey: .kind)
        try container.encodeIfPresent(note, forKey: .note)
        try container.encode(addedAt, forKey: .addedAt)
        if exact { try container.encode(true, forKey: .exact) }
        if !goesBy.isEmpty { try container.encode(goesBy, forKey: .goesBy) }
    }
}
