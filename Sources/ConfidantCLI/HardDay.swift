import ArgumentParser
import Confidant

/// "Did something particular happen?" at the end of a check-in, and the guidance for each answer
/// (docs/WELLBEING.md). The answer about material is never stored: `CheckIn.Happening` has no
/// case for it, and no answer changes whether or what a check-in saves.
enum HardDay: String, CaseIterable, ExpressibleByArgument {
    case reoffended, material, boundary, none

    /// The choices as the question lists them.
    static let question = """
        Did something particular happen?
          reoffended: someone you work with re-offended or was charged again
          material:   material affected you in a way that worried you (this answer is never saved)
          boundary:   a personal boundary with someone you work with was crossed
          none:       nothing in particular
        """

    /// What may be kept, with the user's agreement; nil for what is never kept.
    var happening: CheckIn.Happening? {
        switch self {
        case .reoffended: .reoffended
        case .boundary: .boundaryCrossed
        case .material, .none: nil
        }
    }

    /// The calm guidance for this answer.
    var guidance: [String] {
        switch self {
        case .reoffended:
            ["People often feel responsible when someone they work with re-offends.",
             "The choice was theirs. You are accountable for making defensible decisions on the evidence you had,",
             "not responsible for their behaviour. Talking it through in supervision, or with someone below, helps."]
        case .material:
            ["Reading sexual-offence material can provoke an unwanted physical response. This is common: it is the",
             "brain reacting to sexual language. A break, a word with a colleague or a cup of tea helps.",
             "If you are concerned you may be attracted to the material, stop that area of work and seek professional",
             "help: the Stop It Now helpline (0808 1000 900) is confidential.",
             "Your answer to this question has not been saved anywhere."]
        case .boundary:
            ["A personal boundary with someone you work with was crossed. It is worth raising in supervision.",
             "These are the boundaries you set for what you disclose to the people you work with:"]
        case .none: []
        }
    }
}
