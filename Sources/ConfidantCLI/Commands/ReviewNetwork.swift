import ArgumentParser
import Confidant

extension CLI {
    /// `confidant review`: what needs attention, each with the command that addresses it.
    struct ReviewNetwork: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "review", abstract: "What needs attention: reviews due, people never asked, gaps in your network.")

        @OptionGroup var options: VaultOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let vault = try options.openForReading()
            let items = Review.items(for: vault.document) + (vault.backupItem.map { [$0] } ?? [])
            if output.json { return try Console.json(items.map(Line.init)) }
            guard !items.isEmpty else { return Console.out("Nothing needs attention. Your network is in good order.") }
            for item in items {
                let urgent = item.kind == .reviewOverdue || item.kind == .gapFewerThanTwo || item.kind == .impactPersists
                Console.out((urgent ? Style.warning("!") : Style.caution("·")) + " " + item.message)
                if item.kind == .impactPersists { PlanScreen.whomToAsk(vault.document).forEach { Console.out("    " + $0) } }
                Console.out(
                    "    "
                        + Style.dim(
                            ShellWords.commandLine(item.suggestion)
                                + (item.alternative.map { "   (or " + ShellWords.commandLine($0) + ")" } ?? "")))
            }
        }

        /// A review item in `review --json` (docs/CLI.md): the item's fields, and its suggestions
        /// rendered as command lines.
        struct Line: Encodable {
            let kind: ReviewItem.Kind
            let supporter: String?
            let message: String
            let suggestion: Suggestion
            let alternative: Suggestion?
            let command: String
            let alternativeCommand: String?

            init(_ item: ReviewItem) {
                (kind, supporter, message, suggestion, alternative) = (item.kind, item.supporter, item.message, item.suggestion, item.alternative)
                command = ShellWords.commandLine(item.suggestion)
                alternativeCommand = item.alternative.map(ShellWords.commandLine)
            }
        }
    }
}
