import Confidant

/// Protected names and terms, as `confidant terms` keeps them: the list (shown because you asked
/// for this page), adding them one a line with the forms a draft check finds each in, and
/// removing them.
enum NamesPage {
    static func render(_ terms: [ProtectedTerm], added: [ProtectedTerm] = [], counts: (added: Int, duplicates: Int)? = nil, formToken: String)
        -> HTML
    {
        var parts: [HTML] = []
        if let counts {
            let already = counts.duplicates > 0 ? " (\(counts.duplicates) already there)" : ""
            parts.append("<div role=\"status\"><p>Added \(counts.added) protected term\(counts.added == 1 ? "" : "s")\(already).</p>")
            parts.append(HTML(joining: added.prefix(20).map { "<p>\($0.matchingSummary)</p>" }))
            parts.append("</div>")
        }
        let kinds = TermKind.allCases.map { kind -> HTML in "<option value=\"\(kind.rawValue)\">\(kind.rawValue)</option>" }
        parts.append(
            """
            <h2>Add</h2>
            <form method="post" action="names/add">
            \(Layout.tokenField(formToken))
            <p><label for="terms">Names, case references or places that must never be said outside work, one a line</label><br>
            <textarea id="terms" name="terms" rows="4" required autocomplete="off"></textarea></p>
            <p><label for="kind">What are they?</label><br><select id="kind" name="kind">\(kinds)</select></p>
            <p><input type="checkbox" id="exact" name="exact" value="yes"> <label for="exact">only as entered (not the other forms of a name)</label></p>
            <p><button type="submit">Add them</button></p>
            </form>
            """)
        let sorted = terms.sorted { $0.term.localizedStandardCompare($1.term) == .orderedAscending }
        guard !sorted.isEmpty else { return HTML(joining: parts + ["<p>No protected terms yet.</p>"]) }
        let rows = sorted.enumerated().map { number, term -> HTML in
            """
            <tr><td><input type="checkbox" id="remove-\(number)" name="remove-\(number)" value="\(term.term)"> \
            <label for="remove-\(number)">\(term.term)</label></td><td>\(term.kind.rawValue)</td>\
            <td>\(term.goesBy.joined(separator: ", "))</td><td>\(term.note ?? "")</td></tr>
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
            """)
        return HTML(joining: parts)
    }
}
