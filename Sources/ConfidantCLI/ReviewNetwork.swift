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
            let items = Review.items(for: try options.open().document)
            if output.json { return try Console.json(items) }
            guard !items.isEmpty else { return Console.out("Nothing needs attention. Your network is in good order.") }
            for item in items {
                let urgent = item.kind == .reviewOverdue || item.kind == .gapFewerThanTwo
                Console.out((urgent ? Style.warning("!") : Style.caution("·")) + " " + item.message)
                Console.out("    " + Style.dim(item.command))
            }
        }
    }
}
