import ArgumentParser
import Confidant

extension CLI {
    /// `confidant plan helpline NAME --phone … --country …`.
    struct PlanHelpline: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "helpline", abstract: "Add or replace a helpline, or remove one (the plan starts with two UK ones).",
            discussion: "plan helpline \"Lifeline\" --phone \"13 11 14\" --country AU; plan helpline Samaritans --remove")

        @OptionGroup var options: VaultOptions
        @Argument(help: "Its name.") var name: String
        @Option(help: "Its number.") var phone: String?
        @Option(help: "Where the number works, e.g. UK, IE, AU.") var country: String?
        @Option(help: "What it is for, or when it is open.") var note: String?
        @Flag(help: "Remove it from your plan.") var remove = false

        func validate() throws {
            if remove, phone != nil || country != nil || note != nil { throw ValidationError("--remove takes no --phone, --country or --note") }
            if !remove, phone == nil || country == nil { throw ValidationError("a helpline needs --phone and --country") }
        }

        func run() throws {
            let vault = try options.openForChange()
            if remove {
                try vault.update { try $0.removeHelpline(name) }
                return Console.out("Removed \(name) from your helplines.")
            }
            let ask = Interview(options)
            for text in [name, note].compactMap({ $0 }) where try !NoteGate.mayKeep(text, ask: ask, document: vault.document, details: false) {
                return Console.out("Nothing was changed.")
            }
            try vault.update { try $0.setHelpline(Helpline(name: name, phone: phone!, country: country!, note: note)) }
            Console.out("Your plan lists \(name), \(phone!) (\(country!)).")
        }
    }
}
