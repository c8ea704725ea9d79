import Foundation

/// Where an agreement to support you stands.
public enum AgreementStatus: String, Codable, CaseIterable, Sendable {
    case notAsked = "not-asked", asked, agreed, declined, paused, ended
}

/// An answer to "are they willing?" or "are they able?".
public enum Answer: String, Codable, CaseIterable, Sendable {
    case yes, no, unsure
}

extension Agreement {
    /// What an agreed record leaves open: "willing" or "able" answered unsure. Raised by `review`
    /// and shown by `check`, since an agreement that someone is unsure about is not yet one.
    public var unresolved: String? {
        let open = [willing == .unsure ? "willing" : nil, able == .unsure ? "able" : nil].compactMap { $0 }
        guard status == .agreed, !open.isEmpty else { return nil }
        return "they were unsure whether they are " + open.joined(separator: " and ")
    }
}

/// The kinds of support a person can agree to give.
public enum SupportKind: String, Codable, CaseIterable, Sendable {
    case listening
    case debrief
    case practical
    case timeTogether = "time-together"
    case emergencyContact = "emergency-contact"
    case other

    /// Plain words for output.
    public var meaning: String {
        switch self {
        case .listening: "listening"
        case .debrief: "a debrief after a hard day"
        case .practical: "practical help"
        case .timeTogether: "time together away from work"
        case .emergencyContact: "emergency contact"
        case .other: "other support"
        }
    }
}

/// One recorded state of the agreement with a supporter. A supporter keeps every one: the last is
/// the current agreement, the earlier ones are its history.
public struct Agreement: Codable, Equatable, Sendable {
    /// Where it stands.
    public var status: AgreementStatus
    /// When it was reached or changed.
    public var on: Day
    /// Whether they said they are willing.
    public var willing: Answer?
    /// Whether they said they are able.
    public var able: Answer?
    /// What they agreed to give.
    public var support: [SupportKind]
    /// What else they agreed to, in your words ("a coffee after bad home visits"): support that
    /// is none of the listed kinds, kept as you said it (with the kind `other`).
    public var otherSupport: String?
    /// The limits they set, in their words ("not after 10pm").
    public var limits: [String]
    /// When to talk about it again.
    public var reviewOn: Day?
    /// When this record was written.
    public var recordedAt: Date

    /// A new agreement record.
    public init(
        status: AgreementStatus, on: Day, willing: Answer? = nil, able: Answer? = nil, support: [SupportKind] = [],
        otherSupport: String? = nil, limits: [String] = [], reviewOn: Day? = nil, recordedAt: Date = .currentSecond
    ) {
        self.status = status
        self.on = on
        self.willing = willing
        self.able = able
        self.support = support
        self.otherSupport = otherSupport
        self.limits = limits
        self.reviewOn = reviewOn
        self.recordedAt = recordedAt
    }

    /// How long after agreeing a review falls due unless a date is given.
    public static let defaultReviewPeriod = Period("6m")!
}
