import ArgumentParser
import Confidant

extension CLI {
    /// `confidant plan remove sign|response|strategy|person …`.
    struct PlanRemove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove an entry or a person from your plan.")

        @OptionGroup var options: VaultOptions
        @Argument(help: "What to remove: sign, response, strategy or person.") var entry: PlanEntry
        @Argument(help: "The words as `plan` shows them (none to be asked, - for standard input), or a supporter's name.")
        var text: [String] = []

        func run() throws {
            try entry.change(
                text, options: options, verb: "remove", person: { try $0.removePlanPerson($1) },
                words: { try $0.removeFromPlan($1, $2) })
        }
    }
}
