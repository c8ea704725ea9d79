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
            let vault = try options.open(warningOfRollback: false)
            guard let list = entry.list else {
                let supporter = try NameResolver.resolve(text.joined(separator: " "), in: vault.document.supporters)
                try vault.update { try $0.removePlanPerson(supporter.id) }
                return Console.out("Removed \(supporter.name) from the people in your plan (they stay in your network).")
            }
            let items = try PrivateText.items(text, what: entry.plural, question: "\(entry.rawValue.capitalized) to remove", ask: Interview(options))
            try vault.update { document in try items.forEach { try document.removeFromPlan(list, $0) } }
            Console.out("Removed \(items.count) \(items.count == 1 ? entry.rawValue : String(entry.plural.dropFirst(4))) from your plan.")
        }
    }
}
