import Confidant

/// What the check found in words about you that are about to be kept (a check-in's note, the
/// plan's entries), said as `confidant` says it at the terminal (`NoteGate`): refused when
/// anything is at never; possible findings alone kept once the user ticks that it is nobody from
/// work (the tick, `keep-note`, belongs to the form `form`).
enum NoteProblem {
    /// What `checks` found, and whether it keeps the words out: anything at never does; possible
    /// findings alone do until the user says to keep them (`kept`). Nil when nothing was found.
    static func of(_ checks: [CheckIn.NoteCheck], kept: Bool) -> (findings: [Finding], refused: Bool, blocks: Bool)? {
        let findings = checks.flatMap(\.findings)
        let refused = checks.contains(where: \.refused)
        guard !findings.isEmpty else { return nil }
        return (findings, refused, refused || !kept)
    }

    /// The findings, said; for possible ones the tick that keeps them, ticked when `kept`.
    static func render(_ findings: [Finding], refused: Bool, form: String, kept: Bool = false) -> HTML {
        let list = findings.map { finding -> HTML in "<li>“\(finding.text)”: \(finding.reason)</li>" }
        return refused
            ? """
            <div class="warning" role="alert"><p>That names someone or something from work, so it is not kept in your personal \
            vault. Nothing was saved:</p><ul>\(list)</ul><p>Write it again without names or details from work, or leave it out.</p></div>
            """
            : """
            <div class="caution" role="alert"><p>That may name someone from work. Nothing was saved:</p><ul>\(list)</ul>\
            <p>If it is nobody from work, tick “keep it as it is” and save again.</p>\
            <p><input type="checkbox" id="keep-note" name="keep-note" value="yes" form="\(form)"\(kept ? " checked" : "" as HTML)> \
            <label for="keep-note">keep it as it is</label></p></div>
            """
    }
}
