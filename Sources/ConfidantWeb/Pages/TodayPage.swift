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
            let whom = item.kind == .impactPersists ? whomToAsk.isEmpty ? ["Ask your manager or supervisor."] : whomToAsk : []
            let asking: HTML = whom.isEmpty ? "" : "<ul>\(whom.map { line -> HTML in "<li>\(line.trimmingCharacters(in: .whitespaces))</li>" })</ul>"
            return "<li class=\"\(urgent ? "urgent" : "note")\">\(urgent ? "Needs attention: " : "")\(sentence)\(asking)</li>"
        }
        return "<ul class=\"review\">\(rows)</ul>"
    }
}
