/// How freely something may be shared with a person.
public enum SharingLevel: String, Codable, CaseIterable, Comparable, Sendable {
    case share, care, never

    public static func < (lhs: SharingLevel, rhs: SharingLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Something you might talk about, with a one-line meaning.
public struct Topic: Codable, Equatable, Hashable, Sendable {
    /// The short name used on the command line (`case-details`).
    public let name: String
    /// What it covers, in plain English.
    public let meaning: String

    /// A topic; names are lower-case words joined by hyphens.
    public init(name: String, meaning: String) {
        self.name = name
        self.meaning = meaning
    }

    /// Whether `name` is a usable topic name: 1–40 characters of a–z, 0–9 and hyphens.
    public static func isValidName(_ name: String) -> Bool {
        (1...40).contains(name.count) && name.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// What `isValidName` asks for, as an error says it.
    public static let nameRule = "topic names are lower-case words joined by hyphens, e.g. my-health"

    /// The topics every vault starts with, in the order they are shown.
    public static let builtIn: [Topic] = [
        Topic(name: "feelings", meaning: "how you feel, without saying what about"),
        Topic(name: "hard-day", meaning: "that a day was hard, in general terms"),
        Topic(name: "workload", meaning: "how busy you are, hours, pressure"),
        Topic(name: "role", meaning: "what your job is and what it involves in general"),
        Topic(name: "case-details", meaning: "what happened in a particular case, even without names"),
        Topic(name: "identities", meaning: "anything that identifies a client, victim or colleague"),
        Topic(name: "offence-details", meaning: "the details of an offence"),
        Topic(name: "case-material", meaning: "reports, notes, images or records from a case"),
        Topic(name: "risk-decisions", meaning: "risk assessments and decisions about a person"),
    ]

    /// Default levels by sphere (docs/SHARING.md explains each choice).
    public static func defaultLevel(of topic: String, for sphere: Sphere) -> SharingLevel {
        switch (sphere, topic) {
        case (_, "feelings"), (_, "hard-day"), (_, "workload"), (_, "role"): .share
        case (.personal, _): .never
        case (.work, _): .care
        case (.service, "identities"), (.service, "case-material"): .never
        case (.service, _): .care
        }
    }
}
