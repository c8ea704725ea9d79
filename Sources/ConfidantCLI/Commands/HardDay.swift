import ArgumentParser
import Confidant
import Foundation

/// "Did something particular happen?" at the end of a check-in, and the guidance for each answer
/// (docs/WELLBEING.md). The answer about material is never stored: `CheckIn.Happening` has no
/// case for it, and no answer changes whether or what a check-in saves.
enum HardDay: String, CaseIterable, ExpressibleByArgument {
    case reoffended, material, boundary, none

    /// The choices as the question lists them.
    static let question = """
        Did something particular happen?
          reoffended  someone you work with re-offended or was charged again
          material    material affected you in a way that worried you (this answer is never saved)
          boundary    a personal boundary with someone you work with was crossed
          none        nothing in particular (Enter)
        """

    /// Everyday answers: "no", "nothing", "re-offended".
    init?(everyday word: String) {
        let word = word.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters)).lowercased()
        if ["no", "n", "nope", "nothing", "nah", "not really"].contains(word) { self = .none; return }
        if word.hasPrefix("re-off") || word.hasPrefix("reoff") || word.hasPrefix("charged") { self = .reoffended; return }
        return nil
    }

    /// `--happened`: a choice or the start of one, in any case (`b`, `Boundary`).
    init?(argument: String) {
        let matches = Interview.matches(argument, in: HardDay.self)
        guard matches.count == 1 else { return nil }
        self = matches[0]
    }

    /// What may be kept, with the user's agreement; nil for what is never kept.
    var happening: CheckIn.Happening? {
        switch self {
        case .reoffended: .reoffended
        case .boundary: .boundaryCrossed
        case .material, .none: nil
        }
    }

    /// The calm guidance for this answer; the Stop It Now number is given unless the plan's
    /// helplines, shown after it, list it; a crossed boundary shows your disclosure boundaries.
    func guidance(_ document: VaultDocument) -> [String] {
        switch self {
        case .reoffended:
            return [
                "People often feel responsible when someone they work with re-offends.",
                "The choice was theirs. You are accountable for making defensible decisions on the evidence you had,",
                "not responsible for their behaviour. Talking it through in supervision, or with someone you trust, helps.",
            ]
        case .material:
            let number = document.plan.helplines.contains { $0.phone == Helpline.stopItNow.phone } ? "" : " (\(Helpline.stopItNow.phone))"
            return [
                "Reading sexual-offence material can provoke an unwanted physical response. This is common: it is the",
                "brain reacting to sexual language. A break, a word with a colleague or a cup of tea helps.",
                "If you are concerned you may be attracted to the material, stop that area of work and seek professional",
                "help: the Stop It Now helpline\(number) is confidential.",
                "Your answer to this question is not saved anywhere.",
            ]
        case .boundary:
            let sharing = Sharing(boundariesOf: document)
            let topics = { (level: SharingLevel) in sharing.levels.filter { $0.level == level }.map(\.topic.meaning) }
            return [
                "A personal boundary with someone you work with was crossed. It is worth raising in supervision.",
                "Your boundaries with the people you work with (`confidant check --clients`):",
            ]
                + ["  never:"] + Style.wrapped(topics(.never), indent: "    ")
                + (topics(.care).isEmpty ? [] : ["  with care:"] + Style.wrapped(topics(.care), indent: "    "))
        case .none:
            return []
        }
    }
}
