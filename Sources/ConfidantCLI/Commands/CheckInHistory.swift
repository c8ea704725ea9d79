import Confidant
import Foundation

/// `checkin --history`: the last weeks of check-ins, each rating's highest value per week as a
/// row of bars (digits where the terminal or NO_COLOR asks for plain ASCII).
struct CheckInHistory {
    /// How many weeks, ending today.
    let weeks: Int
    var today: Day = .today

    /// The `--json` shape.
    struct Output: Encodable {
        let from: Day
        let to: Day
        let weeks: [CheckInWeek]
        let impactPersists: Bool
    }

    func show(_ document: VaultDocument, json: Bool) throws {
        let weeks = CheckInWeek.weeks(of: document.checkIns, count: self.weeks, endingOn: today)
        let persists = ImpactPersistence.holds(document.checkIns, today: today)
        if json { return try Console.json(Output(from: weeks[0].from, to: today, weeks: weeks, impactPersists: persists)) }
        let count = weeks.map(\.checkIns).reduce(0, +)
        Console.out(
            Style.bold("Check-ins, \(weeks.count) week\(weeks.count == 1 ? "" : "s") from \(weeks[0].from) to \(today)")
                + ": the highest rating each week, 0 not at all to 4 very much")
        guard count > 0 else { return Console.out("No check-ins in these weeks. `confidant checkin` takes a minute.") }
        let plain = !Self.bars
        var rows = [["", plain ? "oldest to this week" : "oldest → this week", "latest"]]
        for rating in CheckIn.Rating.allCases {
            let row = weeks.map { week in week.highest[rating.rawValue].map { plain ? String($0) : Self.glyphs[$0] } ?? (plain ? "." : " ") }
            let latest = document.checkIns.last { $0[rating] != nil }.flatMap { $0[rating] }
            rows.append([rating.label, row.joined(), latest.map(String.init) ?? "-"])
        }
        Style.table(rows).forEach { Console.out($0) }
        Console.out(
            "\(count) check-in\(count == 1 ? "" : "s") in these weeks" + (plain ? "; . is a week without one." : "; a blank is a week without one."))
        if persists {
            Console.out("")
            PlanScreen.persistence(document).forEach { Console.out($0) }
        }
    }

    /// `checkin --list`: every check-in, oldest first, with its ratings, note and what was kept.
    func list(_ document: VaultDocument, json: Bool) throws {
        if json { return try Console.json(document.checkIns) }
        guard !document.checkIns.isEmpty else { return Console.out("No check-ins yet. `confidant checkin` takes a minute.") }
        for checkIn in document.checkIns {
            let ratings = CheckIn.Rating.allCases.compactMap { rating in checkIn[rating].map { "\(rating.label.lowercased()) \($0)" } }
            Console.out(Style.bold(checkIn.on.description) + "  " + (ratings.joined(separator: ", ").nonEmpty ?? "no ratings"))
            if let note = checkIn.note { Console.out("    " + note) }
            if !checkIn.happened.isEmpty { Console.out("    kept: " + checkIn.happened.map(\.rawValue).joined(separator: ", ")) }
        }
        Console.out(Style.dim("`confidant checkin --remove YYYY-MM-DD` removes a day's check-ins."))
    }

    /// Bars for 0 to 4.
    private static let glyphs = ["▁", "▂", "▄", "▆", "█"]

    /// Whether to draw bars: a terminal that shows colour (`Style`) and a UTF-8 locale.
    private static var bars: Bool {
        let environment = ProcessInfo.processInfo.environment
        let locale = environment["LC_ALL"] ?? environment["LC_CTYPE"] ?? environment["LANG"] ?? ""
        return Style.enabled && environment["TERM"] != "dumb" && (locale.lowercased().contains("utf-8") || locale.lowercased().contains("utf8"))
    }
}
