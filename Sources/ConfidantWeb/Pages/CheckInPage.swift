import Confidant

/// The check-in, as `confidant checkin` asks it: five ratings from 0 to 4, each skippable, a note
/// (checked like a draft before it is kept), and whether something particular happened. The
/// answer about material is never stored: it lives in this one request and the guidance shown.
enum CheckInPage {
    /// The form, empty, or as it was `entered` when it comes back with a problem.
    static func form(formToken: String, problem: HTML? = nil, entered: FormBody? = nil) -> HTML {
        let ratings = CheckIn.Rating.allCases.map { rating -> HTML in
            let options = [("", "skip")] + CheckIn.scale.enumerated().map { (String($0), "\($0) \($1)") }
            let checked = entered?[rating.rawValue] ?? ""
            return
                "<fieldset class=\"scale\"><legend>\(rating.question)</legend>\(AddPersonPage.choices(rating.rawValue, options, checked: checked))</fieldset>"
        }
        let happened = HardDay.allCases.map { ($0.rawValue, $0.meaning) }
        let answer = entered?["happened"] ?? HardDay.none.rawValue, note = entered?["note"] ?? ""
        let keep: HTML = entered?["keep-event"] == "yes" ? " checked" : ""
        return """
            \(problem ?? "")
            <form method="post" action="checkin" id="checkin">
            \(Layout.tokenField(formToken))
            \(ratings)
            <p><label for="note">A line about how you are (it must not name anyone or anything from work)</label><br>
            <textarea id="note" name="note" rows="2" autocomplete="off">\(note)</textarea></p>
            <fieldset><legend>\(HardDay.asked)</legend>\(AddPersonPage.choices("happened", happened, checked: answer))</fieldset>
            <p><input type="checkbox" id="keep-event" name="keep-event" value="yes"\(keep)> <label for="keep-event">Keep a record that this \
            happened (the date and what, nothing more) in your vault, if it was a re-offence or a crossed boundary</label></p>
            <p><button type="submit">Save the check-in</button></p>
            </form>
            """
    }

    /// `checkin --history` on the page: each rating's highest value in each of the last eight
    /// weeks, oldest first, and when the impact has lasted, when to ask the organisation for more.
    static func history(_ document: VaultDocument, today: Day = .today) -> HTML {
        let weeks = CheckInWeek.weeks(of: document.checkIns, count: 8, endingOn: today)
        let count = weeks.map(\.checkIns).reduce(0, +)
        let heading: HTML = "<h2 id=\"history\">The last eight weeks</h2>"
        guard count > 0 else {
            return "<section aria-labelledby=\"history\">\(heading)<p>No check-ins in these weeks yet.</p></section>"
        }
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let columns = weeks.map { week -> HTML in
            let (_, month, day) = week.from.civil
            return "<th scope=\"col\">\(day) \(months[month - 1])</th>"
        }
        let rows = CheckIn.Rating.allCases.map { rating -> HTML in
            let cells = weeks.map { week -> HTML in "<td>\(week.highest[rating.rawValue].map(String.init) ?? "–")</td>" }
            return "<tr><th scope=\"row\">\(rating.label)</th>\(cells)</tr>"
        }
        let persists: HTML =
            ImpactPersistence.holds(document.checkIns, today: today)
            ? "<div class=\"caution\"><p><strong>\(ImpactPersistence.message)</strong></p>\(TodayPage.asked(PlanLines.whomToAsk(document)))</div>"
            : ""
        return """
            <section aria-labelledby="history">\(heading)
            <table class="weeks"><caption>The highest rating in each week, beginning on the day shown: 0 not at all to 4 very much; \
            – a week without one</caption>
            <thead><tr><th scope="col">Rating</th>\(columns)</tr></thead><tbody>\(rows)</tbody></table>
            <p>\(count) check-in\(count == 1 ? "" : "s") in these weeks.</p>\(persists)</section>
            """
    }

    /// The ratings a filled-in form gives.
    static func ratings(_ form: FormBody) -> [CheckIn.Rating: Int] {
        var ratings: [CheckIn.Rating: Int] = [:]
        for rating in CheckIn.Rating.allCases {
            if let value = form[rating.rawValue].flatMap(Int.init) { ratings[rating] = value }
        }
        return ratings
    }

    /// After saving: what was kept and the guidance for what happened (the last weeks follow,
    /// `history`, with when to ask the organisation for more).
    static func saved(_ checkIn: CheckIn, answer: HardDay, guidance: HardDay.Guidance?) -> HTML {
        var parts: [HTML] = [
            "<p role=\"status\">Check-in saved for \(checkIn.on.description)\(answer == .material ? " (your ratings and note only)." : ".")</p>"
        ]
        if let guidance {
            var lines = guidance.lines.map { line -> HTML in "<p>\(line)</p>" }
            if !guidance.neverShare.isEmpty { lines.append("<p>Never: \(guidance.neverShare.joined(separator: ", "))</p>") }
            if !guidance.shareWithCare.isEmpty { lines.append("<p>With care: \(guidance.shareWithCare.joined(separator: ", "))</p>") }
            parts.append("<div class=\"support\">\(lines)</div>")
        }
        parts.append("<p><a href=\"checkin\">Another check-in</a></p>")
        return HTML(joining: parts)
    }
}
