import ArgumentParser
import Confidant

extension CLI {
    /// `confidant terms add TERM…`.
    struct TermsAdd: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add one or more protected terms.")

        @OptionGroup var options: VaultOptions
        @OptionGroup var term: TermOptions
        @Argument(help: "The terms (quote multi-word names).") var terms: [String]

        func run() throws {
            let result = try Session.update(options) { try $0.addTerms(terms, kind: term.kind, note: term.note, exact: term.exact) }
            Console.out(TermsImport.summary(result, example: terms.first, options: term))
        }
    }
}
