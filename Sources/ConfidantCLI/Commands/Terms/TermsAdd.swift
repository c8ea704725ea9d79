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
        @Option(
            name: .customLong("goes-by"),
            help: ArgumentHelp(
                "A short name the person goes by (\"Baz\"), found as the first name is; repeat for more.",
                valueName: "name"))
        var goesBy: [String] = []

        func validate() throws {
            guard terms.allSatisfy({ $0.contains(where: { !$0.isWhitespace }) }) else { throw ValidationError("a protected term cannot be empty") }
            if !goesBy.isEmpty, terms.count != 1 || terms == ["-"] { throw ValidationError("--goes-by goes with one term, given as an argument") }
        }

        func run() throws {
            // The vault first: its passphrase is asked before the terms are (issue 20).
            let vault = try options.openForChange()
            let ask = Interview(options)
            let terms = try ConfidentialValue.items(self.terms, what: "the terms", question: "Protected term", ask: ask).flatMap {
                Self.entries($0, ask)
            }
            let note = try ConfidentialValue.resolve(term.note, flag: "--note")
            let goesBy = try ConfidentialValue.resolveList(self.goesBy, flag: "--goes-by")
            let result = try vault.update { document in
                let result = try document.addTerms(terms, kind: term.kind, note: note, exact: term.exact)
                if !goesBy.isEmpty { try document.setGoesBy(goesBy, forTerm: terms[0]) }
                return result
            }
            Console.out(TermsImport.summary(result, example: terms.first, options: term))
            if goesBy.isEmpty, ask.active { try askWhatTheyGoBy(terms, in: vault, ask: ask) }
            // `terms add Darren Whitfield` without quotes adds two terms: a first name alone
            // would then be a protected term on its own. Say so, with the command that was meant.
            if terms.count > 1, terms.count <= 4, terms.allSatisfy({ !$0.contains(" ") }), result.added > 0 {
                Console.note(
                    "note: each word was added as a term of its own. If they are one name, run "
                        + "`confidant terms remove \(terms.map(ShellWords.quoted).joined(separator: " "))` "
                        + "and then `confidant terms add \(ShellWords.quoted(terms.joined(separator: " ")))`.")
            }
        }

        /// The terms one typed line holds (`ProtectedTerm.entries`); a comma that may part two
        /// people is asked about at a terminal, and elsewhere kept as one name, surname first.
        private static func entries(_ line: String, _ ask: Interview) -> [String] {
            let (terms, apart) = ProtectedTerm.entries(inLine: line)
            guard let apart, ask.active, ask.confirm("Is \"\(line)\" more than one person, a comma between each?") else { return terms }
            return apart
        }

        /// For each new person's name, the short name they go by, if any: the common ones are
        /// shown, since they are found anyway, as possible; one the person uses is found as the
        /// first name is.
        private func askWhatTheyGoBy(_ terms: [String], in vault: OpenVault, ask: Interview) throws {
            for entered in terms {
                let key = entered.trimmingCharacters(in: .whitespacesAndNewlines)
                guard let term = vault.document.terms.first(where: { $0.term == key }), term.goesBy.isEmpty, term.takesShortNames else { continue }
                let offered = term.commonShortFormsNote.map { " (\($0))" } ?? ""
                let forms = ask.list("Does \(key) go by a short name\(offered)? Type the ones they use", current: [])
                guard !forms.isEmpty else { continue }
                try vault.update { try $0.setGoesBy(forms, forTerm: key) }
                Console.out("\(key) goes by \(forms.joined(separator: ", ")): found as the first name is, alone and with the surname.")
            }
        }
    }
}
