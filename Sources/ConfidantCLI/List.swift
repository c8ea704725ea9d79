import ArgumentParser
import Confidant

extension CLI {
    /// `confidant list`: every supporter in a table, or those due for review.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List your supporters.")

        @OptionGroup var options: VaultOptions
        @OptionGroup var output: OutputOptions
        @Flag(help: "Only agreements due for review (overdue, or due within 30 days).") var due = false

        /// One row of `list --json` (docs/CLI.md).
        struct Row: Encodable {
            let id: String
            let name: String
            let relationship: Relationship
            let sphere: Sphere
            let status: AgreementStatus
            let agreedOn: Day?
            let reviewOn: Day?
        }

        func run() throws {
            let document = try Session.read(options).document
            let today = Day.today
            let supporters = document.supporters
                .filter { !due || ($0.status == .agreed && $0.agreement?.reviewOn.map { today.days(until: $0) <= Review.soon } == true) }
                .sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
            let rows = supporters.map {
                Row(id: $0.id.uuidString, name: $0.name, relationship: $0.relationship, sphere: $0.sphere, status: $0.status,
                    agreedOn: $0.agreement?.on, reviewOn: $0.agreement?.reviewOn)
            }
            if output.json { return try Console.json(rows) }
            guard !rows.isEmpty else {
                return Console.out(due ? "No agreement is due for review." : "No supporters yet. Add one with `confidant add NAME`.")
            }
            let table = [["NAME", "RELATIONSHIP", "SPHERE", "AGREEMENT", "REVIEW"]] + rows.map { row in
                let review = row.reviewOn.map { today.days(until: $0) < 0 ? Style.warning("\($0) overdue") : $0.description } ?? "-"
                return [row.name, row.relationship.rawValue, row.sphere.rawValue, row.status.rawValue, review]
            }
            Style.table(table).forEach { Console.out($0) }
        }
    }
}
