/// A match before it becomes a `Finding`: where (UTF-8 offsets), what, and how much it matters.
struct Candidate {
    let range: Range<Int>
    let kind: Finding.Kind
    let level: Finding.Level
    let reason: String

    /// The same match at another place (where it stands in the draft as given: `VisibleText`).
    func moved(to range: Range<Int>) -> Candidate {
        Candidate(range: range, kind: kind, level: level, reason: reason)
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
        guard candidates.count > 1 else { return candidates }
        // Keys in flat arrays, so sorting a large draft's matches never touches their strings
        // but to break an exact tie.
        let keys = candidates.map { (-$0.level.rank, -$0.range.count, rank($0.kind), $0.range.lowerBound) }
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
        }
    }
}
