import Confidant

/// The check-in, as `confidant checkin` asks it: five ratings from 0 to 4, each skippable, a note
/// (checked like a draft before it is kept), and whether something particular happened. The
/// answer about material is never stored: it lives in this one request and the guidance shown.
enum CheckInPage {
    static func form(formToken: String, note: String = "", problem: HTML? = nil) -> HTML {
        let ratings = CheckIn.Rating.allCases.map { rating -> HTML in
            let options = [("", "skip")] + CheckIn.scale.enumerated().map { (String($0), "\($0) \($1)") }
            return
                "<fieldset class=\"scale\"><legend>\(rating.question)</legend>\(AddPersonPage.choices(rating.rawValue, options, checked: ""))</fieldset>"
        }
        let happened = HardDay.allCases.map { ($0.rawValue, $0.meaning) }
        return """
            \(problem ?? "")
            <form method="post" action="checkin" id="checkin">
            \(Layout.tokenField(formToken))
            \(ratings)
            <p><label for="note">A line about how you are (it must not name anyone or anything from work)</label><br>
            <textarea id="note" name="note" rows="2" autocomplete="off">\(note)</textarea></p>
            <fieldset><legend>\(HardDay.asked)</legend>\(AddPersonPage.choices("happened", happened, checked: HardDay.none.rawValue))</fieldset>
            <p><input type="checkbox" id="keep-event" name="keep-event" value="yes"> <label for="keep-event">Keep a record that this \
            happened (the date and what, nothing more) in your vault, if it was a re-offence or a crossed boundary</label></p>
            <p><button type="submit">Save the check-in</button></p>
            </form>
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

    /// What a note's findings say: refused (it names someone or something from work), or only
    /// possible (kept if the user says it is nobody from work).
    static func noteProblem(_ check: CheckIn.NoteCheck) -> HTML {
        let findings = check.findings.map { finding -> HTML in "<li>“\(finding.text)”: \(finding.reason)</li>" }
        return check.refused
            ? "<div class=\"warning\" role=\"alert\"><p>That names someone or something from work, so it is not kept in your personal vault. Nothing was saved:</p><ul>\(findings)</ul><p>Write it again without names or details from work, or leave the note empty.</p></div>"
            : "<div class=\"caution\" role=\"alert\"><p>That may name someone from work. Nothing was saved:</p><ul>\(findings)</ul><p>If it is nobody from work, tick “keep the note as it is” and save again.</p><p><input type=\"checkbox\" id=\"keep-note\" name=\"keep-note\" value=\"yes\" form=\"checkin\"> <label for=\"keep-note\">keep the note as it is</label></p></div>"
    }

    /// After saving: what was kept, the guidance for what happened, and, when the impact has
    /// lasted, when to ask the organisation for more.
    static func saved(_ checkIn: CheckIn, answer: HardDay, guidance: HardDay.Guidance?, persists: Bool) -> HTML {
        var parts: [HTML] = ["<p>Check-in saved for \(checkIn.on.description)\(answer == .material ? " (your ratings and note only)." : ".")</p>"]
        if let guidance {
            parts.append("<div class=\"support\">\(guidance.lines.map { line -> HTML in "<p>\(line)</p>" })</div>")
            if !guidance.neverShare.isEmpty { parts.append("<p>Never: \(guidance.neverShare.joined(separator: ", "))</p>") }
            if !guidance.shareWithCare.isEmpty { parts.append("<p>With care: \(guidance.shareWithCare.joined(separator: ", "))</p>") }
        }
        if persists { parts.append("<p class=\"caution\"><strong>\(ImpactPersistence.message)</strong></p>") }
        return HTML(joining: parts)
    }
}
