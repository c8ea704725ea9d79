import ArgumentParser
import Confidant

extension CLI {
    /// `confidant list`: every supporter in a table, or those due for review.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List your supporters.")

        @OptionGroup var options: VaultOptions
        @OptionGroup var output: OutputOptions
        @Flag(help: "Only agreements due for review (overdue, or due within 30 days).") var due = false

        func run() throws {
            let document = try options.openForReading().document
            let today = Day.today
            let chosen =
                due
                ? document.supporters.filter { $0.daysUntilReview(from: today) != nil }
                : document.supporters
            let supporters = chosen.sortedByName()
            if output.json { return Console.out(bytes: try SupporterListing.json(supporters.map(SupporterListing.init))) }
            guard !supporters.isEmpty else {
                return Console.out(due ? "No agreement is due for review." : "No supporters yet. Add one with `confidant add NAME`.")
            }
            let table =
                [["NAME", "RELATIONSHIP", "SPHERE", "AGREEMENT", "REVIEW"]]
                + supporters.map { supporter in
                    let review = supporter.agreement?.reviewOn.map { today.days(until: $0) < 0 ? Style.warning("\($0) overdue") : $0.description }
                    return [supporter.name, supporter.relationship.rawValue, supporter.sphere.rawValue, supporter.status.rawValue, review ?? "-"]
                }
            Style.table(table).forEach { Console.out($0) }
        }
    }
}
