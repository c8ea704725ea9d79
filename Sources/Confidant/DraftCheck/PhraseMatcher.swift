/// Phrases as sequences of word symbols, kept end to end in one flat array (no array per phrase:
/// a vault with 100,000 names makes half a million of them).
struct PhraseList {
    private(set) var symbols: [Int32] = []
    private(set) var ends: [Int32] = []

    /// How many phrases there are.
    var count: Int { ends.count }

    /// Adds a phrase of one or more symbols; returns its index.
    @discardableResult
    mutating func append(_ phrase: some Collection<Int32>) -> Int32 {
        precondition(!phrase.isEmpty, "a phrase has at least one word")
        symbols.append(contentsOf: phrase)
        ends.append(Int32(symbols.count))
        return Int32(ends.count - 1)
    }

    /// Where phrase `index` stands in `symbols`.
    func range(_ index: Int32) -> Range<Int> {
        (index == 0 ? 0 : Int(ends[Int(index) - 1]))..<Int(ends[Int(index)])
    }

    /// The number of words in phrase `index`.
    func length(_ index: Int32) -> Int { range(index).count }
}

/// Aho-Corasick over words: finds every phrase of a `PhraseList` in a sequence of word symbols
/// in one pass, so the cost is linear in the draft whatever the number of phrases. The automaton
/// is flat: the root's moves in an array indexed by symbol (the root is where most words land),
/// every other move in one open-addressing table keyed by (state, symbol).
struct PhraseMatcher {
    private var rootMoves: [Int32]
    private var moves = MoveTable()
    private var failure: [Int32] = [0]
    /// First phrase ending at each state (−1: none), and the next phrase ending at the same state.
    private var firstOutput: [Int32] = [-1]
    private var nextOutput: [Int32]
    /// The nearest state along the failure links that has an output (−1: none).
    private var outputLink: [Int32] = [-1]
    private let lengths: [Int32]

    /// The automaton for `phrases`, whose symbols are all below `symbolCount`.
    init(_ phrases: PhraseList, symbolCount: Int) {
        rootMoves = Array(repeating: 0, count: symbolCount)
        nextOutput = Array(repeating: -1, count: phrases.count)
        lengths = (0..<phrases.count).map { Int32(phrases.length(Int32($0))) }
        var parent: [Int32] = [0], depth: [Int32] = [0], via: [Int32] = [-1]
        for phrase in 0..<Int32(phrases.count) {
            var state: Int32 = 0
            for position in phrases.range(phrase) {
                let symbol = phrases.symbols[position]
                var next = state == 0 ? rootMoves[Int(symbol)] : moves[state, symbol]
                if next <= 0 {
                    next = Int32(failure.count)
                    failure.append(0)
                    firstOutput.append(-1)
                    outputLink.append(-1)
                    parent.append(state)
                    depth.append(depth[Int(state)] + 1)
                    via.append(symbol)
                    if state == 0 { rootMoves[Int(symbol)] = next } else { moves[state, symbol] = next }
                }
                state = next
            }
            nextOutput[Int(phrase)] = firstOutput[Int(state)]
            firstOutput[Int(state)] = phrase
        }
        linkFailures(parent: parent, depth: depth, via: via)
    }

    /// Calls `body(phrase, first, last)` for every occurrence of a phrase in `symbols` (−1 for a
    /// word in no phrase), where `first...last` are the positions of its words.
    func forEachMatch(in symbols: UnsafeBufferPointer<Int32>, _ body: (Int32, Int, Int) -> Void) {
        var state: Int32 = 0
        for (position, symbol) in symbols.enumerated() {
            guard symbol >= 0 else {
                state = 0
                continue
            }
            state = move(from: state, on: symbol)
            var output = firstOutput[Int(state)] >= 0 ? state : outputLink[Int(state)]
            while output >= 0 {
                var phrase = firstOutput[Int(output)]
                while phrase >= 0 {
                    body(phrase, position - Int(lengths[Int(phrase)]) + 1, position)
                    phrase = nextOutput[Int(phrase)]
                }
                output = outputLink[Int(output)]
            }
        }
    }

    // MARK: Helpers

    private func move(from state: Int32, on symbol: Int32) -> Int32 {
        var state = state
        while state != 0 {
            let next = moves[state, symbol]
            if next > 0 { return next }
            state = failure[Int(state)]
        }
        return rootMoves[Int(symbol)]
    }

    /// Failure and output links, breadth first (states sorted by depth).
    private mutating func linkFailures(parent: [Int32], depth: [Int32], via: [Int32]) {
        let states = (1..<Int32(failure.count)).sorted { depth[Int($0)] < depth[Int($1)] }
        for state in states {
            let from = parent[Int(state)]
            let link = from == 0 ? 0 : move(from: failure[Int(from)], on: via[Int(state)])
            failure[Int(state)] = link
            outputLink[Int(state)] = firstOutput[Int(link)] >= 0 ? link : outputLink[Int(link)]
        }
    }
}
