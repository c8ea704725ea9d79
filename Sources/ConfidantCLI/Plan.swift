import ArgumentParser
import Confidant

extension CLI {
    /// `confidant plan`: your coping plan (docs/WELLBEING.md).
    struct Plan: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Your coping plan: signs, strategies, people, your organisation's support, helplines.",
            subcommands: [PlanShow.self, PlanEdit.self, PlanAdd.self, PlanRemove.self, PlanOrganisation.self, PlanHelpline.self, PlanRemind.self],
            defaultSubcommand: PlanShow.self)
    }
}

/// What `plan add` and `plan remove` change: one of the plan's lists, or its people.
enum PlanEntry: String, CaseIterable, ExpressibleByArgument {
    case sign, response, strategy, person

    /// The list of your own words, or nil for people.
    var list: PlanList? { PlanList(rawValue: rawValue) }

    /// "the signs", "the strategies".
    var plural: String { "the " + (self == .strategy ? "strategies" : rawValue + "s") }
}
