/// A match before it becomes a `Finding`: where (UTF-8 offsets), what, how much it matters, and
/// what the context rules need to know of it (`ContextRules`).
struct Candidate {
    let range: Range<Int>
    let kind: Finding.Kind
    /// nil: matched, but shown only if its context says so (a surname that is an everyday word,
    /// written in lower case: "baker", which "baker rang again" makes a person).
    var level: Finding.Level?
    var reason: String
    var evidence: Evidence = .none

    /// What matched, for the context rules.
    enum Evidence {
        case none
        /// A form of a protected name or of a supporter at work: `source` indexes the scanner's
        /// names; `first...last` are word positions.
        case name(form: NameForm, near: Bool, source: Int, first: Int, last: Int)
        /// A listed topic phrase (folded, without its `~` mark) at words `first...last`.
        case topic(phrase: String, everyday: Bool, first: Int, last: Int)
        /// An identifying detail, by detector name.
        case detail(String)
    }

    /// The same match at another place (where it stands in the draft as given: `VisibleText`).
    func moved(to range: Range<Int>) -> Candidate {
        Candidate(range: range, kind: kind, level: level, reason: reason, evidence: evidence)
    }
}

/// One finding per place. Of matches that overlap, the one that matters most is kept, so a
/// *never* is never hidden behind something milder; then the longest (an email address that
/// contains a surname is reported as the address), then a term over a detail over a topic word
/// over a near miss, then the first, then by reason (so the outcome never depends on the order
/// the matchers ran in). Greedy in that order over a map of claimed bytes: n log n for the sort and
/// one touch per byte of each kept or refused match.
enum FindingSelection {
    /// The kept candidates, in reading order.
    static func select(_ candidates: [Candidate], textLength: Int) -> [Candidate] {
        let candidates = candidates.filter { $0.level != nil }
        guard candidates.count > 1 else { return candidates }
        // Keys in flat arrays, so sorting a large draft's matches never touches their strings
        // but to break an exact tie.
        let keys = candidates.map { (-$0.level!.rank, -$0.range.count, rank($0.kind), $0.range.lowerBound) }
        let order = candidates.indices.sorted { a, b in
            keys[a] != keys[b] ? keys[a] < keys[b] : candidates[a].reason < candidates[b].reason
        }
        var claimed = [Bool](repeating: false, count: textLength)
        var kept: [Int] = []
        for index in order {
            let range = candidates[index].range
            guard !range.contains(where: { claimed[$0] }) else { continue }
            for offset in range { claimed[offset] = true }
            kept.append(index)
        }
        return kept.sorted { keys[$0].3 < keys[$1].3 }.map { candidates[$0] }
    }

    private static func rank(_ kind: Finding.Kind) -> Int {
        switch kind {
        case .term: 0
        case .detail: 1
        case .topic: 2
        case .nearTerm: 3
        case .unlistedName: 4
        }
    }
}
