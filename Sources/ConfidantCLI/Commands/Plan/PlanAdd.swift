import ArgumentParser
import Confidant

extension CLI {
    /// `confidant plan add sign|response|strategy|person …`.
    struct PlanAdd: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Add signs, responses or strategies in your words, or a supporter to turn to.",
            discussion: "plan add strategy \"a short walk before going home\"; plan add person Sam")

        @OptionGroup var options: VaultOptions
        @Argument(help: "What to add: sign, response, strategy or person.") var entry: PlanEntry
        @Argument(help: "The words (none to be asked, - to read them from standard input, one a line), or a supporter's name.")
        var text: [String] = []

        func run() throws {
            try entry.change(text, options: options, verb: "add", person: { try $0.addPlanPerson($1) }, words: { try $0.addToPlan($1, $2) })
        }
    }
}
