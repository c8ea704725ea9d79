import ArgumentParser
import Confidant
import Foundation

extension CLI {
    /// `confidant plan`: your coping plan (docs/WELLBEING.md).
    struct Plan: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "plan",
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

    /// "signs", "strategies".
    var plural: String { self == .strategy ? "strategies" : rawValue + "s" }

    /// `plan add` or `plan remove` (`verb`): a supporter by name (`text` joined), or entries in
    /// your words (asked for when none are given, `-` for standard input), changed in one write.
    func change(
        _ text: [String], options: VaultOptions, verb: String, person: (inout VaultDocument, UUID) throws -> Void,
        words: (inout VaultDocument, PlanList, String) throws -> Void
    ) throws {
        let vault = try options.openForChange()
        let (to, done) = verb == "add" ? ("to", "Added") : ("from", "Removed")
        guard let list else {
            guard !text.isEmpty else { throw CLIError.invalidValue("say who: plan \(verb) person NAME") }
            let supporter = try NameResolver.resolve(text.joined(separator: " "), in: vault.document.supporters)
            try vault.update { try person(&$0, supporter.id) }
            return Console.out("\(done) \(supporter.name) \(to) the people in your plan" + (verb == "add" ? "." : " (they stay in your network)."))
        }
        let ask = Interview(options)
        var items = try ConfidentialValue.items(text, what: "the " + plural, question: "\(rawValue.capitalized) to \(verb)", ask: ask)
        if verb == "add" { items = try items.filter { try NoteGate.mayKeep($0, ask: ask, document: vault.document) } }
        guard !items.isEmpty else { return Console.out("Nothing was changed.") }
        try vault.update { document in try items.forEach { try words(&document, list, $0) } }
        Console.out("\(done) \(items.count) \(items.count == 1 ? rawValue : plural) \(to) your plan.")
    }
}
