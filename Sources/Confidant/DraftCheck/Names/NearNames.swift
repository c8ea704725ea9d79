/// Names with one word one edit off: the whole name with at least one word near and the rest
/// exact ("Darren Whitfeld"), or for a person the surname alone ("whitfeld", possible at most).
///
/// A draft word may be near several name words, so this is a walk over a trie of whole names in
/// which each word of the draft offers a small set of symbols (its own and those it is near),
/// started at every word: cheap, because almost every word offers none. Names with the very
/// same words are reported once, for the first of them, as exact forms are (`NameIndex`).
struct NearNames {
    private var moves = MoveTable()
    private var states = 1
    /// By trie state: the first entry whose whole name ends there, and how many others do.
    private var output: [(entry: Int32, others: Int)?] = [nil]
    /// By surname symbol: the first entry with that surname form, its plain mask, and how many others.
    private var surnames: [Int32: (entry: Int32, mask: UInt8, others: Int)] = [:]

    /// The trie of `entries` (those with a word near a draft word), in entry order.
    init(index: NameIndex, entries: [Int32]) {
        for entry in entries.sorted() {
            var state: Int32 = 0
            for symbol in index.words(of: entry) {
                var next = moves[state, symbol]
                if next == 0 {
                    next = Int32(states)
                    states += 1
                    output.append(nil)
                    moves[state, symbol] = next
                }
                state = next
            }
            if let first = output[Int(state)] { output[Int(state)] = (first.entry, first.others + 1) } else { output[Int(state)] = (entry, 0) }
            if let mask = index.surnameMask[Int(entry)], let surname = index.words(of: entry).last {
                if let first = surnames[surname] {
                    surnames[surname] = (first.entry, first.mask, first.others + 1)
                } else {
                    surnames[surname] = (entry, mask, 0)
                }
            }
        }
    }

    /// Calls `whole(entry, others, first, last)` for each whole name matched with at least one
    /// word near, and `surname(entry, mask, others, position)` for each word near a surname.
    /// `exact[position]` is a word's own symbol (−1: none); `near(position)` the symbols of the
    /// name words it is one edit from.
    func forEachMatch(
        exact: [Int32], near: (Int) -> [Int32], whole: (Int32, Int, Int, Int) -> Void,
        surname: (Int32, UInt8, Int, Int) -> Void
    ) {
        var frontier: [(state: Int32, near: Bool)] = [], next: [(state: Int32, near: Bool)] = []
        for start in exact.indices {
            let nearStart = near(start)
            guard exact[start] >= 0 || !nearStart.isEmpty else { continue }
            for symbol in nearStart where symbol != exact[start] {
                if let match = surnames[symbol] { surname(match.entry, match.mask, match.others, start) }
            }
            frontier.removeAll(keepingCapacity: true)
            frontier.append((0, false))
            var position = start
            while !frontier.isEmpty, position < exact.count {
                next.removeAll(keepingCapacity: true)
                let own = exact[position], others = position == start ? nearStart : near(position)
                for (state, wasNear) in frontier {
                    for index in -1..<others.count {
                        let symbol = index < 0 ? own : others[index]
                        guard symbol >= 0 else { continue }
                        let child = moves[state, symbol]
                        guard child > 0, !next.contains(where: { $0.state == child }) else { continue }
                        let isNear = wasNear || symbol != own
                        if isNear, let match = output[Int(child)] { whole(match.entry, match.others, start, position) }
                        next.append((child, isNear))
                    }
                }
                swap(&frontier, &next)
                position += 1
            }
        }
    }
}
