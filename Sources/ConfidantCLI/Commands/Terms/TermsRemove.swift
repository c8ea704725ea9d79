import ArgumentParser
import Confidant

extension CLI {
    /// `confidant terms remove TERM…`.
    struct TermsRemove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove protected terms.")

        @OptionGroup var options: VaultOptions
        @Argument(help: "The terms, as listed; none to be asked, - to read them from standard input.") var terms: [String] = []

        func run() throws {
            let vault = try options.openForChange()
            let terms = try ConfidentialValue.items(self.terms, what: "the terms", question: "Protected term to remove", ask: Interview(options))
            let removed = try vault.update { try $0.removeTerms(terms) }
            Console.out("Removed \(removed) protected term\(removed == 1 ? "" : "s").")
        }
    }
}
