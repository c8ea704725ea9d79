import Foundation

/// A short check-in: 0–4 ratings of how the work is affecting you, each skippable, and an
/// optional one-line note. 0 is "not at all", 4 "very much": higher is always harder.
public struct CheckIn: Codable, Equatable, Sendable, Identifiable {
    /// What a check-in rates.
    public enum Rating: String, Codable, CaseIterable, Sendable {
        case impactOnMe = "impact-on-me", impactOnRelationships = "impact-on-relationships"
        case restAndSleep = "rest-and-sleep", switchingOff = "switching-off", responsibility

        /// The question, answered 0 (not at all) to 4 (very much).
        public var question: String {
            switch self {
            case .impactOnMe: "How much is the work affecting you?"
            case .impactOnRelationships: "How much is it affecting your relationships?"
            case .restAndSleep: "How much is it disturbing your rest and sleep?"
            case .switchingOff: "How hard is it to switch off after work?"
            case .responsibility: "How responsible do you feel for what the people you work with do?"
            }
        }

        /// A short label for tables.
        public var label: String {
            switch self {
            case .impactOnMe: "Impact on you"
            case .impactOnRelationships: "On relationships"
            case .restAndSleep: "Rest and sleep"
            case .switchingOff: "Switching off"
            case .responsibility: "Feeling responsible"
            }
        }
    }

    /// Something particular that happened, kept only when you agree. There is deliberately no
    /// case for material that affected you: that answer is never stored (docs/WELLBEING.md).
    public enum Happening: String, Codable, CaseIterable, Sendable {
        case reoffended, boundaryCrossed = "boundary-crossed"
    }

    /// What each rating means, from 0 to `maximum`.
    public static let scale = ["not at all", "a little", "somewhat", "a lot", "very much"]

    /// The highest rating.
    public static let maximum = 4

    public let id: UUID
    /// The day it is about.
    public let on: Day
    /// The ratings given, by rating's raw value.
    public private(set) var ratings: [String: Int]
    /// The note, if any (checked before it is kept: `VaultDocument.recordCheckIn`).
    public let note: String?
    /// What happened, when you chose to keep it.
    public let happened: [Happening]
    public let recordedAt: Date

    /// A check-in; ratings outside 0–4 are refused.
    /// - Throws: `ConfidantError.invalidValue`.
    public init(
        on: Day, ratings: [Rating: Int], note: String? = nil, happened: [Happening] = [],
        id: UUID = UUID(), recordedAt: Date = .currentSecond
    ) throws {
        for (rating, value) in ratings where !(0...Self.maximum).contains(value) {
            throw ConfidantError.invalidValue("the \(rating.rawValue) rating is 0 to \(Self.maximum), not \(value)")
        }
        self.id = id
        self.on = on
        self.ratings = Dictionary(uniqueKeysWithValues: ratings.map { ($0.key.rawValue, $0.value) })
        self.note = note
        self.happened = happened
        self.recordedAt = recordedAt
    }

    /// The value given for `rating`, or nil when it was skipped.
    public subscript(rating: Rating) -> Int? { ratings[rating.rawValue] }

    /// Whether there is anything to keep.
    public var isEmpty: Bool { ratings.isEmpty && note == nil && happened.isEmpty }
}
