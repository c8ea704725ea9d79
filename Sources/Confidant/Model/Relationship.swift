/// Who a supporter is to you.
public enum Relationship: String, Codable, CaseIterable, Sendable {
    case partner, friend, family, colleague, manager, supervisor, counsellor, helpline, organisation, other

    /// The sphere a supporter of this relationship belongs to unless told otherwise.
    public var defaultSphere: Sphere {
        switch self {
        case .partner, .friend, .family, .other: .personal
        case .colleague, .manager, .supervisor: .work
        case .counsellor, .helpline, .organisation: .service
        }
    }
}

extension Relationship {
    /// The relationship an everyday word names ("husband" is a partner, "mum" family, "boss" a
    /// manager, "EAP" a helpline); nil for anything else.
    public init?(everydayWord word: String) {
        guard let match = Self.everydayWords[word.trimmingCharacters(in: .whitespaces).lowercased()] else { return nil }
        self = match
    }

    private static let everydayWords: [String: Relationship] = {
        let groups: [(Relationship, [String])] = [
            (
                .partner,
                ["husband", "wife", "boyfriend", "girlfriend", "spouse", "fiance", "fiancé", "fiancee", "fiancée", "civil partner", "other half"]
            ),
            (
                .family,
                [
                    "mum", "mom", "mother", "dad", "father", "parent", "sister", "brother", "sibling", "son", "daughter", "aunt", "uncle",
                    "cousin", "gran", "grandma", "grandmother", "grandad", "grandfather", "nan",
                ]
            ),
            (.friend, ["mate", "best friend", "pal", "neighbour", "neighbor"]),
            (.manager, ["boss", "line manager", "team leader", "senior", "team manager"]),
            (.colleague, ["coworker", "co-worker", "workmate", "peer", "team mate", "teammate"]),
            (.supervisor, ["clinical supervisor", "practice supervisor"]),
            (.counsellor, ["counselor", "therapist", "psychotherapist", "psychologist"]),
            (.helpline, ["eap", "employee assistance", "employee assistance programme", "samaritans", "crisis line", "hotline"]),
            (.organisation, ["union", "hr", "occupational health", "staff support", "wellbeing service"]),
        ]
        return Dictionary(uniqueKeysWithValues: groups.flatMap { relationship, words in words.map { ($0, relationship) } })
    }()
}

/// Where a supporter stands relative to your work. It decides the default sharing limits.
public enum Sphere: String, Codable, CaseIterable, Sendable {
    /// Outside work: partner, friends, family.
    case personal
    /// Inside work: manager, supervisor, colleagues.
    case work
    /// Professional or organisational support: counsellor, employee assistance, helpline.
    case service

    /// A few plain words, for output.
    public var meaning: String {
        switch self {
        case .personal: "outside work"
        case .work: "inside work"
        case .service: "professional support"
        }
    }
}
