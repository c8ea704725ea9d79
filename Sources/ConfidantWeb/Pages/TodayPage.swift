import Confidant

/// What `review` says, most urgent first: reviews due, people never asked, gaps, a check-in due,
/// the impact that persists and when to ask the organisation for more, backups.
enum TodayPage {
    /// `whomToAsk` follows the item that says the impact persists (`PlanLines.whomToAsk`).
    static func render(_ items: [ReviewItem], whomToAsk: [String]) -> HTML {
        guard !items.isEmpty else { return "<p>Nothing needs attention. Your network is in good order.</p>" }
        let rows = items.map { item -> HTML in
            let urgent = item.kind == .reviewOverdue || item.kind == .gapFewerThanTwo || item.kind == .impactPersists
            // The review's sentences start in lower case, to follow the command line's marks.
            let sentence = item.message.prefix(1).uppercased() + item.message.dropFirst()
            let asking = item.kind == .impactPersists ? asked(whomToAsk) : ""
            return "<li class=\"\(urgent ? "urgent" : "note")\">\(urgent ? "Needs attention: " : "")\(sentence)\(asking)</li>"
        }
        return "<ul class=\"review\">\(rows)</ul>"
    }

    /// Whom to ask when the impact persists, a line each (`PlanLines.whomToAsk`; the manager or
    /// supervisor when the plan names nobody).
    static func asked(_ whomToAsk: [String]) -> HTML {
        let whom = whomToAsk.isEmpty ? ["Ask your manager or supervisor."] : whomToAsk
        return "<ul>\(whom.map { line -> HTML in "<li>\(line.trimmingCharacters(in: .whitespaces))</li>" })</ul>"
    }
}
