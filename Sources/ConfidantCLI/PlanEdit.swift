import ArgumentParser
import Confidant
import Foundation

extension CLI {
    /// `confidant plan edit`: the plan's questions at the terminal, each skippable with Enter.
    struct PlanEdit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit", abstract: "Fill in your plan at the terminal; every question can be skipped.",
            discussion: "Answers are added to what the plan holds; `plan remove` takes entries out.")

        @OptionGroup var options: VaultOptions

        func run() throws {
            let ask = Interview(options)
            guard ask.active else {
                throw CLIError.invalidValue("plan edit asks its questions at a terminal; without one use `confidant plan add sign|response|strategy|person …`")
            }
            let vault = try options.open(warningOfRollback: false)
            let document = vault.document
            Console.note("Everything stays in your vault. Enter skips a question; an empty line ends a list.")
            let signs = ask.list(question("What tells you the work is getting to you? (in your words: \"snapping at home\")", document.plan.signs),
                                 current: [])
            Console.note("Short-term responses are normal: " + CopingPlan.commonResponses.joined(separator: "; ") + ".")
            let responses = ask.list(question("Which do you notice in yourself?", document.plan.responses), current: [])
            Console.note("Some longer-term strategies to start from:")
            for (number, strategy) in CopingPlan.suggestedStrategies.enumerated() { Console.note("  \(number + 1). \(strategy)") }
            let strategies = ask.list(question("Which will you use? (a number, or your own words)", document.plan.strategies), current: [])
                .map { answer in Int(answer).flatMap { CopingPlan.suggestedStrategies[safe: $0 - 1] } ?? answer }
            let people = try askPeople(ask, document)
            var contacts: [OrganisationContact] = []
            for kind in OrganisationSupport.allCases {
                if let who = ask.text("Whom would you ask at work for \(kind.meaning)? (a name, phone or email; Enter skips)", current: nil) {
                    contacts.append(OrganisationContact(kind: kind, who: who))
                }
            }
            try vault.update { document in
                try signs.forEach { try document.addToPlan(.sign, $0) }
                try responses.forEach { try document.addToPlan(.response, $0) }
                try strategies.forEach { try document.addToPlan(.strategy, $0) }
                try people.forEach { try document.addPlanPerson($0) }
                contacts.forEach { document.setOrganisationContact($0) }
            }
            Console.out("Your plan is saved. `confidant plan` shows it; helplines change with `confidant plan helpline`.")
        }

        private func question(_ text: String, _ current: [String]) -> String {
            current.isEmpty ? text : text + "\n  (you have: \(current.joined(separator: "; ")))"
        }

        /// Supporters by name (or the start of it), asked again when a name matches nobody or several.
        private func askPeople(_ ask: Interview, _ document: VaultDocument) throws -> [UUID] {
            let agreed = document.supporters.filter { $0.status == .agreed }.sortedByName().map(\.name)
            if !agreed.isEmpty { Console.note("People who agreed to support you: " + agreed.joined(separator: ", ")) }
            var ids: [UUID] = []
            for name in ask.list("Who will you turn to? (names from your network)", current: []) {
                do {
                    ids.append(try NameResolver.resolve(name, in: document.supporters).id)
                } catch let error as ConfidantError {
                    Console.note("  skipped \"\(name)\": \(error) (add them with `confidant add` first)")
                }
            }
            return ids
        }
    }
}

extension Array {
    /// The element at `index`, or nil outside the array.
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
