import Confidant

/// Check a message before sending it: pick who it is for, paste the draft, and see what
/// `check NAME --draft` finds, marked in the text with its level and reason. Support comes first
/// when the draft speaks of the writer's own distress. Nothing pasted is kept: the draft lives in
/// the request and the page made from it.
enum CheckPage {
    /// The form, with `chosen` (a supporter's id, or "clients") selected and `draft` in the box.
    static func form(_ supporters: [Supporter], chosen: String?, draft: String, formToken: String) -> HTML {
        let options = supporters.sortedByName().map { supporter -> HTML in
            let id = supporter.id.uuidString.lowercased()
            return id == chosen
                ? "<option value=\"\(id)\" selected>\(supporter.name)</option>"
                : "<option value=\"\(id)\">\(supporter.name)</option>"
        }
        let clients: HTML =
            chosen == "clients"
            ? "<option value=\"clients\" selected>the people you work with</option>"
            : "<option value=\"clients\">the people you work with</option>"
        // Nobody is chosen for you: a message checked for the wrong person passes the wrong rules.
        let placeholder: HTML = chosen == nil || chosen == "" ? "<option value=\"\" selected>choose who</option>" : ""
        return """
            <form method="post" action="check" class="check">
            \(Layout.tokenField(formToken))
            <p><label for="to">Who is it for?</label>
            <select id="to" name="to" required>\(placeholder)\(options)\(clients)</select></p>
            <p><label for="draft">The message</label>
            <textarea id="draft" name="draft" rows="8" required autocomplete="off">\(draft)</textarea></p>
            <p><button type="submit">Check it</button></p>
            </form>
            """
    }

    /// The verdict on `draft` for `name`: support first when it holds, then the findings marked in
    /// the text and listed, and what was checked.
    static func verdict(_ verdict: DraftVerdict, draft: String, coverage: DraftCoverage, for name: String) -> HTML {
        var parts: [HTML] = []
        if let support = verdict.support { parts.append(Self.support(support, beside: verdict.standing?.besideSupport)) }
        let findings = verdict.findings, counts = verdict.counts
        if findings.isEmpty {
            parts.append("<p class=\"clear\">Draft check for \(name): nothing found.</p>")
        } else {
            parts.append(
                """
                <p class="\(verdict.blocks(strict: false) ? "warning" : "caution")"><strong>Draft check for \(name): \
                \(findings.count) finding\(findings.count == 1 ? "" : "s") — \(counts[.never] ?? 0) never, \
                \(counts[.care] ?? 0) with care, \(counts[.possible] ?? 0) possible.</strong></p>
                <h2>Your message, with what was found marked</h2>
                <div class="draft">\(marked(draft, findings))</div>
                <h2>What was found</h2>
                <ol class="findings">\(findings.map { finding -> HTML in
                    "<li><span class=\"level \(finding.level.rawValue)\">\(finding.level.rawValue)</span> “\(finding.text)”, line \(finding.line): \(finding.reason)</li>"
                })</ol>
                """)
        }
        if verdict.support == nil, let notice = verdict.standing?.notice { parts.append("<p class=\"caution\">\(notice)</p>") }
        parts.append("<p>Checked against \(coverage.summary).</p>")
        return "<section aria-labelledby=\"verdict\" id=\"result\"><h2 id=\"verdict\">What the check found</h2>\(parts)</section>"
    }

    /// The support shown when a draft speaks of the writer's own distress (`SupportText` in the CLI).
    private static func support(_ support: Support, beside: String?) -> HTML {
        let people = support.people.map { person -> HTML in
            let reach = [person.phone, person.availability].compactMap { $0 }
            return
                "<li>\(([person.name + " (\(person.relationship.rawValue))"] + reach).joined(separator: " · "))\(person.unsettled.map { " — " + $0 } ?? "")</li>"
        }
        let helplines = support.helplines.map { helpline -> HTML in
            "<li>\(helpline.name): \(helpline.phone)\(helpline.note.map { " (\($0))" } ?? "")</li>"
        }
        return """
            <div class="support" role="note">
            \(support.message.map { line -> HTML in "<p><strong>\(line)</strong></p>" })
            \(people.isEmpty ? "" : "<p>People who said they would be there for you:</p><ul>\(people)</ul>" as HTML)
            <ul>\(helplines)</ul>
            <p>\(support.closing)</p>
            \(beside.map { "<p>\($0)</p>" as HTML } ?? "")
            </div>
            """
    }

    /// `draft` with each finding in a `mark`, found at its line and column (characters, as the
    /// check counts them: invisible ones take none).
    static func marked(_ draft: String, _ findings: [Finding]) -> HTML {
        var html: [HTML] = []
        var index = draft.startIndex, written = draft.startIndex, line = 1, column = 1
        func step() {
            let character = draft[index]
            if character.isNewline {
                (line, column) = (line + 1, 1)
            } else if !isInvisible(character) {
                column += 1
            }
            index = draft.index(after: index)
        }
        for finding in findings where !finding.text.isEmpty {
            while index < draft.endIndex, (line, column) < (finding.line, finding.column) { step() }
            while index < draft.endIndex, !draft[index].isNewline, isInvisible(draft[index]) { step() }
            guard index >= written, draft[index...].hasPrefix(finding.text) else { continue }
            html.append("\(String(draft[written..<index]))<mark class=\"\(finding.level.rawValue)\">\(finding.text)</mark>")
            let end = draft.index(index, offsetBy: finding.text.count)
            while index < end { step() }
            written = end
        }
        html.append("\(String(draft[written...]))")
        return HTML(joining: html)
    }

    private static func isInvisible(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy(DraftScanner.isInvisible)
    }
}
