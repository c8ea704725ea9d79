import Confidant

/// What the check found in words about you that are about to be kept (a check-in's note, the
/// plan's entries), said as `confidant` says it at the terminal (`NoteGate`): refused when
/// anything is at never; possible findings kept once the user ticks that it is nobody from work.
/// The tick keeps only the findings it was shown beside (`possible-N`); once kept they travel
/// with the form (`accepted-N`), so a form sent back for another problem does not ask again, and
/// a possible name typed later is asked about in its turn.
struct NoteProblem {
    let findings: [Finding]
    /// Something is at never: the words are not kept, tick or not.
    let refused: Bool
    /// The possible findings the user has said to keep.
    let accepted: Set<String>

    /// What `checks` found, with the findings `form` has kept.
    init(_ checks: [CheckIn.NoteCheck], _ form: FormBody) {
        findings = checks.flatMap(\.findings)
        refused = checks.contains(where: \.refused)
        let shown = form["keep-note"] == "yes" ? Self.texts(form, "possible") : []
        accepted = Set(Self.texts(form, "accepted") + shown)
    }

    /// Whether the words may not be kept as they are.
    var blocks: Bool { refused || findings.contains { !accepted.contains($0.text) } }

    /// The findings said, when they block; with the tick for the possible ones not yet kept; and
    /// those kept, carried in the form `form`.
    func render(form: String) -> HTML {
        let kept = HTML(joining: accepted.sorted().enumerated().map { Self.hidden("accepted", $0, $1, form: form) })
        guard blocks else { return kept }
        let list = findings.map { finding -> HTML in "<li>“\(finding.text)”: \(finding.reason)</li>" }
        guard !refused else {
            return """
                <div class="warning" role="alert"><p>That names someone or something from work, so it is not kept in your personal \
                vault. Nothing was saved:</p><ul>\(list)</ul><p>Write it again without names or details from work, or leave it out.</p></div>
                """
        }
        let asked = Array(Set(findings.map(\.text)).subtracting(accepted)).sorted()
        return """
            <div class="caution" role="alert"><p>That may name someone from work. Nothing was saved:</p><ul>\(list)</ul>\
            <p>If it is nobody from work, tick “keep it as it is” and save again.</p>\
            <p><input type="checkbox" id="keep-note" name="keep-note" value="yes" form="\(form)"> \
            <label for="keep-note">keep it as it is</label></p>\
            \(asked.enumerated().map { Self.hidden("possible", $0, $1, form: form) })\(kept)</div>
            """
    }

    private static func hidden(_ name: String, _ number: Int, _ text: String, form: String) -> HTML {
        "<input type=\"hidden\" name=\"\(name)-\(number)\" value=\"\(text)\" form=\"\(form)\">"
    }

    /// The values of `name-0`, `name-1`, … in `form`.
    private static func texts(_ form: FormBody, _ name: String) -> [String] {
        var texts: [String] = []
        while let text = form["\(name)-\(texts.count)"] { texts.append(text) }
        return texts
    }
}
