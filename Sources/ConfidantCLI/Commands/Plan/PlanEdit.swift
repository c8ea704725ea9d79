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
                throw CLIError.invalidValue(
                    "plan edit asks its questions at a terminal; without one use `confidant plan add sign|response|strategy|person …`")
            }
            let vault = try options.openForChange()
            let document = vault.document
            Console.note("Everything stays in your vault. Enter skips a question; an empty line ends a list.")
            let signs = ask.list(
                question("What tells you the work is getting to you? (in your words: \"snapping at home\")", document.plan.signs),
                current: [])
            Console.note("Short-term responses are normal: " + CopingPlan.commonResponses.joined(separator: "; ") + ".")
            let responses = ask.list(question("Which do you notice in yourself?", document.plan.responses), current: [])
            Console.note("Some longer-term strategies to start from:")
            for (number, strategy) in CopingPlan.suggestedStrategies.enumerated() { Console.note("  \(number + 1). \(strategy)") }
            let strategies = ask.list(question("Which will you use? (numbers, or your own words)", document.plan.strategies), current: [])
                .flatMap(Self.strategies)
            let people = try askPeople(ask, document)
            var contacts: [OrganisationContact] = []
            for kind in OrganisationSupport.allCases {
                if let who = ask.text("Whom would you ask at work for \(kind.meaning)? (a name, phone or email; Enter skips)", current: nil) {
                    contacts.append(OrganisationContact(kind: kind, who: who))
                }
            }
            let kept = { (entries: [String]) in try entries.filter { try NoteGate.mayKeep($0, ask: ask, document: document) } }
            let (keptSigns, keptResponses, keptStrategies) = (try kept(signs), try kept(responses), try kept(strategies))
            let keptContacts = try contacts.filter { try NoteGate.mayKeep($0.who ?? "", ask: ask, document: document, details: false) }
            try vault.update { document in
                try keptSigns.forEach { try document.addToPlan(.sign, $0) }
                try keptResponses.forEach { try document.addToPlan(.response, $0) }
                try keptStrategies.forEach { try document.addToPlan(.strategy, $0) }
                try people.forEach { try document.addPlanPerson($0) }
                try keptContacts.forEach { try document.setOrganisationContact($0) }
            }
            Console.out("Your plan is saved. `confidant plan` shows it; helplines change with `confidant plan helpline`.")
        }

        private func question(_ text: String, _ current: [String]) -> String {
            current.isEmpty ? text : text + "\n  (you have: \(current.joined(separator: "; ")))"
        }

        /// The strategies an answer names: suggestion numbers ("2", "1, 4", "3.") or its own words.
        static func strategies(_ answer: String) -> [String] {
            let parts = answer.split { ", .;".contains($0) }
            let numbers = parts.compactMap { Int($0) }
            guard !parts.isEmpty, numbers.count == parts.count else { return [answer] }
            return numbers.compactMap { number in
                guard let strategy = CopingPlan.suggestedStrategies[safe: number - 1] else {
                    Console.note("  there is no suggestion \(number); skipped")
                    return nil
                }
                return strategy
            }
        }

        /// Supporters by name (or the start of it), one a line; a name that matches nobody or
        /// several is explained, and the next line can try again.
        private func askPeople(_ ask: Interview, _ document: VaultDocument) throws -> [UUID] {
            let agreed = document.supporters.filter { $0.status == .agreed }.sortedByName().map(\.name)
            if !agreed.isEmpty { Console.note("People who agreed to support you: " + agreed.joined(separator: ", ")) }
            var ids: [UUID] = []
            var prompt = "Who will you turn to? (names from your network, one a line; an empty line ends)\n  - "
            while let name = TerminalPrompt.ask(prompt), !name.trimmingCharacters(in: .whitespaces).isEmpty {
                prompt = "  - "
                do {
                    let supporter = try NameResolver.resolve(name, in: document.supporters)
                    if !ids.contains(supporter.id) { ids.append(supporter.id) }
                    if supporter.status != .agreed, !supporter.isService {
                        Console.note("  \(supporter.name) has not agreed to support you yet; ask them, then `confidant agree`")
                    }
                } catch ConfidantError.ambiguousSupporter(_, let candidates) {
                    Console.note("  that could be " + candidates.joined(separator: " or ") + "; type more of the name")
                } catch ConfidantError.unknownSupporter {
                    Console.note("  nobody in your network is called that (`confidant add` adds them); try again or press Enter")
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
