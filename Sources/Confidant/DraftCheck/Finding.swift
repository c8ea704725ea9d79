/// One thing in a draft worth a second look.
public struct Finding: Encodable, Equatable, Sendable {
    /// What kind of rule found it.
    public enum Kind: String, Encodable, Sendable {
        /// A protected name or term in one of its forms (ignoring case, accents, plurals and
        /// possessives), or the name of a supporter at work in a draft for someone outside it.
        case term
        /// A protected name or term with one word one edit off ("Whitfeld").
        case nearTerm = "near-term"
        /// An identifying detail: email, phone, date of birth, postcode, NI number, case reference.
        case detail
        /// A word or phrase of a topic that is care or never for this person.
        case topic
        /// A person's name that is neither a supporter nor a protected term, in a draft about the work.
        case unlistedName = "unlisted-name"
    }

    /// How much a finding matters for the person the draft is for.
    public enum Level: String, Encodable, Comparable, Sendable {
        /// Might be nothing: shown, but the check still passes without `--strict`.
        case possible
        /// Share only with care: shown, and the check passes without `--strict`.
        case care
        /// Must not be shared: the check fails.
        case never

        public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rank < rhs.rank }

        /// 0 for possible, 1 for care, 2 for never.
        var rank: Int {
            switch self {
            case .possible: 0
            case .care: 1
            case .never: 2
            }
        }
    }

    /// Where, 1-based; the column counts characters.
    public let line: Int
    public let column: Int
    /// The text as it stands in the draft.
    public let text: String
    public let kind: Kind
    /// Which term, detector or topic, and in which form.
    public let reason: String
    public let level: Level
}
