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
