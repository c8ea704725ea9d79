import ArgumentParser
import Confidant

extension CLI {
    /// `confidant terms add TERM…`.
    struct TermsAdd: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add one or more protected terms.")

        @OptionGroup var options: VaultOptions
        @OptionGroup var term: TermOptions
        @Argument(help: "The terms (quote multi-word names).") var terms: [String]

        func validate() throws {
            guard terms.allSatisfy({ $0.contains(where: { !$0.isWhitespace }) }) else { throw ValidationError("a protected term cannot be empty") }
        }

        func run() throws {
            let result = try options.open().update { try $0.addTerms(terms, kind: term.kind, note: term.note, exact: term.exact) }
            Console.out(TermsImport.summary(result, example: terms.first, options: term))
            // `terms add Darren Whitfield` without quotes adds two terms: a first name alone
            // would then be a protected term on its own. Say so, with the command that was meant.
            if terms.count > 1, terms.count <= 4, terms.allSatisfy({ !$0.contains(" ") }), result.added > 0 {
                Console.note("note: each word was added as a term of its own. If they are one name, run "
                    + "`confidant terms remove \(terms.map(ShellWords.quoted).joined(separator: " "))` "
                    + "and then `confidant terms add \(ShellWords.quoted(terms.joined(separator: " ")))`.")
            }
        }
    }
}
