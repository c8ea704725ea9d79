import ArgumentParser
import Confidant

extension CLI {
    /// `confidant list`: every supporter in a table, or those due for review.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List your supporters.")

        @OptionGroup var options: VaultOptions
        @OptionGroup var output: OutputOptions
        @Flag(help: "Only agreements due for review (overdue, or due within 30 days).") var due = false

        func run() throws {
            let document = try options.open().document
            let today = Day.today
            let chosen = due
                ? document.supporters.filter { $0.status == .agreed && $0.agreement?.reviewOn.map { today.days(until: $0) <= Review.soon } == true }
                : document.supporters
            let supporters = chosen.sortedByName()
            if output.json { return Self.printJSON(supporters) }
            guard !supporters.isEmpty else {
                return Console.out(due ? "No agreement is due for review." : "No supporters yet. Add one with `confidant add NAME`.")
            }
            let table = [["NAME", "RELATIONSHIP", "SPHERE", "AGREEMENT", "REVIEW"]] + supporters.map { supporter in
                let review = supporter.agreement?.reviewOn.map { today.days(until: $0) < 0 ? Style.warning("\($0) overdue") : $0.description }
                return [supporter.name, supporter.relationship.rawValue, supporter.sphere.rawValue, supporter.status.rawValue, review ?? "-"]
            }
            Style.table(table).forEach { Console.out($0) }
        }

        /// `list --json` (docs/CLI.md): an array with one object a line, written straight as bytes,
        /// since a vault can hold a hundred thousand people.
        static func printJSON(_ supporters: [Supporter]) {
            var writer = JSONWriter()
            writer.raw("[")
            for (index, supporter) in supporters.enumerated() {
                writer.reset()
                writer.raw(index == 0 ? "\n  " : ",\n  ")
                writer.object { writer in
                    writer.field("agreedOn", supporter.agreement?.on.description)
                    writer.field("id", supporter.id.uuidString)
                    writer.field("name", supporter.name)
                    writer.field("relationship", supporter.relationship.rawValue)
                    writer.field("reviewOn", supporter.agreement?.reviewOn?.description)
                    writer.field("sphere", supporter.sphere.rawValue)
                    writer.field("status", supporter.status.rawValue)
                }
            }
            writer.raw("\n]\n")
            writer.bytes.withUnsafeBytes { _ = Console.write(1, $0) }
        }
    }
}
