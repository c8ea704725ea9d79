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
            let vault = try options.open(warningOfRollback: false)
            guard let list = entry.list else {
                let supporter = try NameResolver.resolve(text.joined(separator: " "), in: vault.document.supporters)
                try vault.update { try $0.addPlanPerson(supporter.id) }
                return Console.out("Added \(supporter.name) to the people in your plan.")
            }
            let items = try PrivateText.items(text, what: entry.plural, question: "\(entry.rawValue.capitalized) to add", ask: Interview(options))
            try vault.update { document in try items.forEach { try document.addToPlan(list, $0) } }
            Console.out("Added \(items.count) \(items.count == 1 ? entry.rawValue : String(entry.plural.dropFirst(4))) to your plan.")
        }
    }
}
