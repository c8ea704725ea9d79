import ArgumentParser
import Confidant

extension CLI {
    /// `confidant plan remind 2w|off`.
    struct PlanRemind: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remind", abstract: "Have `review` note when you have not checked in for this long (off by default).")

        @OptionGroup var options: VaultOptions
        @Argument(help: ArgumentHelp("How often, e.g. 1w, 2w, 1m; or off.", valueName: "period")) var every: String

        func run() throws {
            let days: Int?
            if every.lowercased() == "off" {
                days = nil
            } else {
                guard let period = Period(every) else { throw CLIError.invalidValue("give a period such as 1w, 2w or 1m, or off") }
                days = Day.today.days(until: Day.today.adding(period))
            }
            try options.open(warningOfRollback: false).update { try $0.setCheckInReminder(days: days) }
            Console.out(days.map { "`confidant review` will note when you have not checked in for \($0) days." } ?? "Check-in reminder off.")
        }
    }
}
