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

    /// The common short forms, said for a question about the ones the person goes by: "kaz,
    /// kazza are found anyway, as possible"; nil when there are none.
    public var commonShortFormsNote: String? {
        let common = commonShortForms.prefix(6)
        return common.isEmpty ? nil : "\(common.joined(separator: ", ")) are found anyway, as possible"
    }

    /// Whether a short name this person goes by can be recorded (`setGoesBy`): a person's name
    /// of two words or more, found in its forms (not only as entered).
    public var takesShortNames: Bool {
        kind.isPersonLike && !exact && term.trimmingCharacters(in: .whitespaces).contains(" ")
    }

    /// The terms one line of a list holds. Names apart on one line ("kayleigh moss; jordan price")
    /// are that many terms. A comma between parts of two words or more is in doubt: two people
    /// ("kayleigh moss, jordan price"), or one written surname first with a surname of two words
    /// ("Al Hassan, Omar Farouk"); then `terms` keeps the line whole and `apart` is the other
    /// reading, for the front end to ask which. Any other line is one term ("KHAN, Aisha").
    public static func entries(inLine line: String) -> (terms: [String], apart: [String]?) {
        let pieces = { (text: Substring, separator: Character) in
            text.split(separator: separator).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        let terms = pieces(Substring(line), ";")
        let apart = terms.flatMap { pieces(Substring($0), ",") }
        let doubtful = terms.contains { term in
            let names = pieces(Substring(term), ",")
            return names.count > 1 && names.allSatisfy { $0.split(separator: " ").count >= 2 }
        }
        return (terms, doubtful ? apart : nil)
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
