import ArgumentParser
import Confidant

extension CLI {
    /// `confidant terms add TERM…`.
    struct TermsAdd: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Add one or more protected terms.",
            discussion: """
                Run it without terms and type them when asked, one a line, or pipe them in with -: a term on the \
                command line can be read by other local users while confidant runs, and stays in shell history.
                """)

        @OptionGroup var options: VaultOptions
        @OptionGroup var term: TermOptions
        @Argument(help: "The terms (quote multi-word names); none to be asked, - to read them from standard input.") var terms: [String] = []

        func validate() throws {
            guard terms.allSatisfy({ $0.contains(where: { !$0.isWhitespace }) }) else { throw ValidationError("a protected term cannot be empty") }
        }

        func run() throws {
            let terms = try PrivateText.items(self.terms, what: "the terms", question: "Protected term", ask: Interview(options))
            let note = try PrivateText.resolve(term.note, flag: "--note")
            let result = try options.open(warningOfRollback: false).update { try $0.addTerms(terms, kind: term.kind, note: note, exact: term.exact) }
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
