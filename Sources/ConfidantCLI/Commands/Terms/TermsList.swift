import ArgumentParser
import Confidant

extension CLI {
    /// `confidant terms list`: shows the terms themselves, so only when asked.
    struct TermsList: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the protected terms.")

        @OptionGroup var options: VaultOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let terms = try options.openForReading().document.terms.sorted { $0.term.localizedStandardCompare($1.term) == .orderedAscending }
            if output.json { return try Console.json(terms) }
            guard !terms.isEmpty else {
                return Console.out("No protected terms yet. Add them with `confidant terms add` (it asks for them, one a line).")
            }
            Style.table(
                [["TERM", "KIND", "GOES BY", "NOTE"]] + terms.map { [$0.term, $0.kind.rawValue, $0.goesBy.joined(separator: ", "), $0.note ?? ""] }
            )
            .forEach { Console.out($0) }
        }
    }
}
