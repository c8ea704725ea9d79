import Confidant

/// Protected names and terms, as `confidant terms` keeps them: the list (shown because you asked
/// for this page), adding them one a line with the forms a draft check finds each in, the short
/// names a person goes by, and removing them.
enum NamesPage {
    /// The page, after `said` (what a change just did) when there is something to say, with the
    /// add form as it was `entered` when it comes back with a question.
    static func render(_ terms: [ProtectedTerm], said: HTML? = nil, entered: FormBody? = nil, formToken: String) -> HTML {
        var parts: [HTML] = said.map { [$0] } ?? []
        parts.append(addForm(entered, formToken: formToken))
        let sorted = terms.sorted { $0.term.localizedStandardCompare($1.term) == .orderedAscending }
        guard !sorted.isEmpty else { return HTML(joining: parts + ["<p>No protected terms yet.</p>"]) }
        let rows = sorted.enumerated().map { number, term -> HTML in
            """
            <tr><td><input type="checkbox" id="remove-\(number)" name="remove-\(number)" value="\(term.term)"> \
            <label for="remove-\(number)">\(term.term)</label></td><td>\(term.kind.rawValue)</td>\
            <td>\(term.goesBy.joined(separator: ", "))\(term.takesShortNames ? change(term) : "")</td><td>\(term.note ?? "")</td></tr>
            """
        }
        parts.append(
            """
            <h2>Kept</h2>
            <form method="post" action="names/remove">
            \(Layout.tokenField(formToken))
            <table><caption>\(sorted.count) protected term\(sorted.count == 1 ? "" : "s") (tick to remove)</caption>
            <thead><tr><th scope="col">Term</th><th scope="col">Kind</th><th scope="col">Goes by</th><th scope="col">Note</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            <p><button type="submit">Remove the ticked ones</button></p>
            </form>
            <form method="post" action="names/short-names" id="short-names">\(Layout.tokenField(formToken))</form>
            """)
        return HTML(joining: parts)
    }

    /// The lines of the add form, and the terms they give: a line in doubt (`ProtectedTerm.entries`)
    /// is split at its commas or kept whole as the form's answer says; nil while a line in doubt
    /// has no answer.
    static func terms(_ form: FormBody) -> [String]? {
        let lines = (form["terms"] ?? "").split(whereSeparator: \.isNewline).map { ProtectedTerm.entries(inLine: String($0)) }
        guard lines.contains(where: { $0.apart != nil }) else { return lines.flatMap(\.terms) }
        switch form["commas"] {
        case "apart": return lines.flatMap { $0.apart ?? $0.terms }
        case "whole": return lines.flatMap(\.terms)
        default: return nil
        }
    }

    /// The add form; when `entered` holds a line whose commas may part two people, it asks.
    private static func addForm(_ entered: FormBody?, formToken: String) -> HTML {
        let kind = entered?["kind"] ?? TermKind.client.rawValue
        let kinds = TermKind.allCases.map { choice -> HTML in
            "<option value=\"\(choice.rawValue)\"\(choice.rawValue == kind ? " selected" : "" as HTML)>\(choice.rawValue)</option>"
        }
        let doubtful = (entered?["terms"] ?? "").split(whereSeparator: \.isNewline).filter { ProtectedTerm.entries(inLine: String($0)).apart != nil }
        let question: HTML =
            doubtful.isEmpty
            ? ""
            : """
            <fieldset class="caution"><legend>A comma stands between names in \
            \(doubtful.map { "“\($0)”" }.joined(separator: ", ")). Nothing was added yet.</legend>\
            \(AddPersonPage.choices("commas", [("apart", "each comma parts two people"), ("whole", "each line is one person, surname first (“Al Hassan, Omar”)")], checked: ""))\
            </fieldset>
            """
        return """
            <h2>Add</h2>
            <form method="post" action="names/add">
            \(Layout.tokenField(formToken))
            <p><label for="terms">Names, case references or places that must never be said outside work, one a line</label><br>
            <textarea id="terms" name="terms" rows="4" required autocomplete="off">\(entered?["terms"] ?? "")</textarea></p>
            \(question)
            <p><label for="kind">What are they?</label><br><select id="kind" name="kind">\(kinds)</select></p>
            <p><input type="checkbox" id="exact" name="exact" value="yes"\(entered?["exact"] == "yes" ? " checked" : "" as HTML)> \
            <label for="exact">only as entered (not the other forms of a name)</label></p>
            <p><button type="submit">Add them</button></p>
            </form>
            """
    }

    /// What adding did: how many, the forms each is found in, and (as `terms add` asks at the
    /// terminal) whether each new person goes by a short name.
    static func added(_ added: [ProtectedTerm], counts: (added: Int, duplicates: Int), in terms: [ProtectedTerm], formToken: String) -> HTML {
        let already = counts.duplicates > 0 ? " (\(counts.duplicates) already there)" : ""
        var parts: [HTML] = ["<div role=\"status\"><p>Added \(counts.added) protected term\(counts.added == 1 ? "" : "s")\(already).</p>"]
        let hint = "Tick “only as entered” to have only the whole name found."
        parts.append(HTML(joining: added.prefix(20).map { "<p>\($0.matchingSummary(wholeNameHint: hint))</p>" }))
        parts.append("</div>")
        let asked = added.filter { new in new.takesShortNames && terms.contains { $0.term == new.term && $0.goesBy.isEmpty } }.prefix(20)
        if !asked.isEmpty { parts.append(shortNamesForm(Array(asked), asking: true, formToken: formToken)) }
        return HTML(joining: parts)
    }

    /// What saving short names did, name by name.
    static func saved(_ changes: [(term: String, forms: [String])]) -> HTML {
        let lines = changes.map { change -> HTML in
            change.forms.isEmpty
                ? "<p>\(change.term) goes by no short name now.</p>"
                : "<p>\(change.term) goes by \(change.forms.joined(separator: ", ")): each found as the first name is, alone and with the surname.</p>"
        }
        return "<div role=\"status\">\(lines.isEmpty ? ["<p>No short names changed.</p>"] : lines)</div>"
    }

    /// The form for the short names `terms` go by: `asking` after they were added (as `terms
    /// add` asks, empty to start), or to change one person's (filled in with the ones kept).
    static func shortNamesForm(_ terms: [ProtectedTerm], asking: Bool, formToken: String) -> HTML {
        let rows = terms.enumerated().map { number, term -> HTML in
            let common = term.commonShortFormsNote
            let label: HTML =
                asking
                ? "Does \(term.term) go by a short name\(common.map { " (\($0))" } ?? "")? Type the ones they use, a comma between them"
                : "The short names \(term.term) goes by, a comma between them (empty for none)\(common.map { "; \($0)" } ?? "")"
            return """
                <p><input type="hidden" name="term-\(number)" value="\(term.term)">\
                <label for="goes-by-\(number)">\(label)</label><br>\
                <input id="goes-by-\(number)" name="goes-by-\(number)" autocomplete="off" value="\(asking ? "" : term.goesBy.joined(separator: ", "))"></p>
                """
        }
        return """
            <form method="post" action="names/goes-by">
            \(Layout.tokenField(formToken))
            \(rows)
            <p><button type="submit">Save the short names</button>\(asking ? "" : " <a href=\"names\">Back to the list</a>" as HTML)</p>
            </form>
            """
    }

    /// The short names a form gives, by term: `term-N` and `goes-by-N`, comma-separated.
    static func shortNames(_ form: FormBody) -> [(term: String, forms: [String])] {
        var found: [(term: String, forms: [String])] = []
        var row = 0
        while let term = form["term-\(row)"] {
            let forms = (form["goes-by-\(row)"] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            found.append((term, forms))
            row += 1
        }
        return found
    }

    /// The button in a person's row that opens their short names (`shortNamesForm`).
    private static func change(_ term: ProtectedTerm) -> HTML {
        """
         <button type="submit" form="short-names" name="term" value="\(term.term)" aria-label="Change the short names of \(term.term)">Change</button>
        """
    }
}

/// What a form on the Protected names page changes.
enum NamesChange: String {
    case add
    case remove
    case shortNames = "goes-by"
    /// The form for one person's short names.
    case shortNamesForm = "short-names"
}
