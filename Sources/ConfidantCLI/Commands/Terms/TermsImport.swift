import ArgumentParser
import Confidant
import Foundation

extension CLI {
    /// `confidant terms import FILE|-`: one term a line; blank lines and lines starting with # are skipped.
    struct TermsImport: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "import", abstract: "Add protected terms from a file, one a line (- for stdin).")

        @OptionGroup var options: VaultOptions
        @OptionGroup var term: TermOptions
        @Argument(help: "The file, or - for standard input.") var file: String

        func run() throws {
            let vault = try options.openForChange()
            let bytes: [UInt8]
            do {
                bytes = try InputFile.read(file, limit: 64 << 20)
            } catch .tooLarge {
                throw CLIError.invalidValue("\(file) is larger than 64 MiB")
            } catch .unreadable(let reason) {
                throw CLIError.invalidValue("cannot read \(file): \(reason)")
            }
            guard !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) else {
                throw CLIError.invalidValue("\(file) is not UTF-8 text")
            }
            // Comments, and lines without a letter or digit (separators such as "---"), are skipped.
            let lines = text.split(whereSeparator: \.isNewline).map(String.init)
                .filter { !$0.hasPrefix("#") && $0.contains(where: { $0.isLetter || $0.isNumber }) }
            try PassphraseGuard.refuse(lines, what: file)
            let note = try ConfidentialValue.resolve(term.note, flag: "--note")
            let result = try vault.update { try $0.addTerms(lines, kind: term.kind, note: note, exact: term.exact) }
            Console.out(Self.summary(result, example: lines.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }, options: term))
        }

        /// What was added, and in which forms the first term (an example of the rest) is found.
        static func summary(_ result: (added: Int, duplicates: Int), example: String?, options: TermOptions) -> String {
            let added =
                "Added \(result.added) protected term\(result.added == 1 ? "" : "s")"
                + (result.duplicates > 0 ? " (\(result.duplicates) already there)." : ".")
            guard result.added > 0, let example else { return added }
            let term = ProtectedTerm(term: example.trimmingCharacters(in: .whitespaces), kind: options.kind, exact: options.exact)
            return added + "\n" + (result.added > 1 ? "For example, " : "")
                + term.matchingSummary(wholeNameHint: "Use --exact to match only the whole name.")
        }
    }
}
