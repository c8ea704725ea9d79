import ArgumentParser
import Confidant

extension CLI {
    /// `confidant plan remind 2w|off`.
    struct PlanRemind: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remind", abstract: "Have `review` note when you have not checked in for this long (off by default).")

        @OptionGroup var options: VaultOptions
        @Argument(help: ArgumentHelp("How often: 10d, 1w, 2 weeks, 1m, or a number of days; or off.", valueName: "period"))
        var every: [String]

        func run() throws {
            let text = every.joined().lowercased()
            let days: Int?
            if text == "off" || text == "never" {
                days = nil
            } else {
                guard let parsed = Self.days(text) else { throw CLIError.invalidValue("give a period such as 1w, 2 weeks, 1m or 14 (days), or off") }
                days = parsed
            }
            try options.openForChange().update { try $0.setCheckInReminder(days: days) }
            Console.out(days.map { "`confidant review` will note when you have not checked in for \($0) days." } ?? "Check-in reminder off.")
        }

        /// Days in "14", "2w", "2weeks", "1m" (30 days), "1y" (365): a month is 30 days here, so
        /// the reminder does not change with the month it was set in.
        static func days(_ text: String) -> Int? {
            let digits = text.prefix { $0.isASCII && $0.isNumber }
            guard let count = Int(digits), count > 0 else { return nil }
            let unit = text.dropFirst(digits.count)
            let units: [(names: [String], days: Int)] = [
                (["", "d", "day", "days"], 1), (["w", "week", "weeks"], 7),
                (["m", "month", "months"], 30), (["y", "year", "years"], 365),
            ]
            return units.first { $0.names.contains(String(unit)) }.map { count * $0.days }
        }
    }
}
