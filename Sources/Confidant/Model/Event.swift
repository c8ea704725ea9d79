import Foundation

/// One entry of the vault's own history: what changed and when. Kept inside the vault.
public struct Event: Codable, Equatable, Sendable {
    /// What kind of change.
    public enum Kind: String, Codable, Sendable {
        case supporterAdded = "supporter-added", supporterEdited = "supporter-edited", supporterRemoved = "supporter-removed"
        case agreementRecorded = "agreement-recorded", sharingChanged = "sharing-changed"
        case termsAdded = "terms-added", termsRemoved = "terms-removed", boundariesChanged = "boundaries-changed"
        case exported, imported, restored
        case planChanged = "plan-changed", checkInRecorded = "checkin-recorded", checkInRemoved = "checkin-removed"
    }

    /// When it happened.
    public let at: Date
    /// What kind of change.
    public let kind: Kind
    /// The supporter concerned, if any.
    public let supporter: UUID?
    /// A short description.
    public let summary: String

    /// What makes two entries the same one (both merges, of an import and of copies, keep each
    /// once): when, what kind, about whom, and what it says.
    var identity: String {
        "\(at.timeIntervalSince1970)|\(kind.rawValue)|\(supporter.map(UUIDText.format) ?? "")|\(summary)"
    }

    /// A new event.
    public init(_ kind: Kind, supporter: UUID? = nil, summary: String, at: Date = .currentSecond) {
        self.at = at
        self.kind = kind
        self.supporter = supporter
        self.summary = summary
    }
}
