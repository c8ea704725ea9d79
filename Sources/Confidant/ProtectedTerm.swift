import Foundation

/// What a protected term stands for.
public enum TermKind: String, Codable, CaseIterable, Sendable {
    case client, victim, colleague
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

    /// A new term.
    public init(id: UUID = UUID(), term: String, kind: TermKind, note: String? = nil, addedAt: Date = .currentSecond) {
        self.id = id
        self.term = term
        self.kind = kind
        self.note = note
        self.addedAt = addedAt
    }
}
