import Foundation

/// "Did something particular happen?" at the end of a check-in, and the guidance for each answer
/// (docs/WELLBEING.md). The answer about material is never stored: `happening` has nothing for it,
/// `CheckIn.Happening` has no case for it, and no answer changes whether or what a check-in saves.
public enum HardDay: String, CaseIterable, Sendable {
    case reoffended, material, boundary, none

    /// The question, as every front end asks it.
    public static let asked = "Did something particular happen?"

    /// What the answer means, as the choice is offered.
    public var meaning: String {
        switch self {
        case .reoffended: "someone you work with re-offended or was charged again"
        case .material: "material affected you in a way that worried you (this answer is never saved)"
        case .boundary: "a personal boundary with someone you work with was crossed"
        case .none: "nothing in particular"
        }
    }

    /// The choices as the terminal lists them.
    public static let question =
        ([asked]
        + allCases.map { "  " + $0.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0) + $0.meaning + ($0 == .none ? " (Enter)" : "") })
        .joined(separator: "\n")

    /// Everyday answers: "no", "nothing", "re-offended".
    public init?(everyday word: String) {
        let word = word.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters)).lowercased()
        if ["no", "n", "nope", "nothing", "nah", "not really"].contains(word) { self = .none; return }
        if word.hasPrefix("re-off") || word.hasPrefix("reoff") || word.hasPrefix("charged") { self = .reoffended; return }
        return nil
    }

    /// What a check-in may keep of this answer, with the user's agreement; nil for what is never kept.
    public var happening: CheckIn.Happening? {
        switch self {
        case .reoffended: .reoffended
        case .boundary: .boundaryCrossed
        case .material, .none: nil
        }
    }

    /// The calm guidance for an answer: lines to show as they are, then (for a crossed boundary)
    /// your disclosure boundaries with the people you work with, by topic meaning.
    public struct Guidance: Equatable, Sendable {
        /// The guidance, in lines of at most 110 characters.
        public let lines: [String]
        /// What you never share with the people you work with; empty unless a boundary was crossed.
        public let neverShare: [String]
        /// What you share with them only with care; empty unless a boundary was crossed.
        public let shareWithCare: [String]
    }

    /// The guidance for this answer; the Stop It Now number is given unless the plan's
    /// helplines (shown after it) list it.
    public func guidance(_ document: VaultDocument) -> Guidance {
        switch self {
        case .reoffended:
            return Guidance(
                lines: [
                    "People often feel responsible when someone they work with re-offends.",
                    "The choice was theirs. You are accountable for making defensible decisions on the evidence you had,",
                    "not responsible for their behaviour. Talking it through in supervision, or with someone you trust, helps.",
                ], neverShare: [], shareWithCare: [])
        case .material:
            let number = document.plan.helplines.contains { $0.phone == Helpline.stopItNow.phone } ? "" : " (\(Helpline.stopItNow.phone))"
            return Guidance(
                lines: [
                    "Reading sexual-offence material can provoke an unwanted physical response. This is common: it is the",
                    "brain reacting to sexual language. A break, a word with a colleague or a cup of tea helps.",
                    "If you are concerned you may be attracted to the material, stop that area of work and seek professional",
                    "help: the Stop It Now helpline\(number) is confidential.",
                    "Your answer to this question is not saved anywhere.",
                ], neverShare: [], shareWithCare: [])
        case .boundary:
            let sharing = Sharing(boundariesOf: document)
            return Guidance(
                lines: [
                    "A personal boundary with someone you work with was crossed. It is worth raising in supervision.",
                    "Your boundaries with the people you work with (`confidant check --clients`):",
                ], neverShare: sharing.levels.filter { $0.level == .never }.map(\.topic.meaning),
                shareWithCare: sharing.levels.filter { $0.level == .care }.map(\.topic.meaning))
        case .none:
            return Guidance(lines: [], neverShare: [], shareWithCare: [])
        }
    }
}
