/// Aho-Corasick over words: finds every phrase (a sequence of folded words) in a sequence of
/// words in one pass, so the cost is linear in the draft and in the number of phrases.
struct PhraseMatcher {
    /// Word → symbol.
    private(set) var vocabulary: [String: Int] = [:]
    private var transitions: [[Int: Int]] = [[:]]
    private var failure: [Int] = [0]
    /// Phrases ending at each node: (phrase index, length in words).
    private var outputs: [[(phrase: Int, length: Int)]] = [[]]

    /// Builds the automaton for `phrases` (each a non-empty list of folded words).
    init(_ phrases: [[String]]) {
        for (index, words) in phrases.enumerated() where !words.isEmpty {
            var node = 0
            for word in words {
                let symbol = vocabulary[word] ?? { let next = vocabulary.count; vocabulary[word] = next; return next }()
                if let next = transitions[node][symbol] {
                    node = next
                } else {
                    transitions.append([:])
                    failure.append(0)
                    outputs.append([])
                    transitions[node][symbol] = transitions.count - 1
                    node = transitions.count - 1
                }
            }
            outputs[node].append((index, words.count))
        }
        // Breadth-first failure links.
        var queue = Array(transitions[0].values)
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for (symbol, child) in transitions[node] {
                var fallback = failure[node]
                while fallback != 0, transitions[fallback][symbol] == nil { fallback = failure[fallback] }
                let target = transitions[fallback][symbol] ?? 0
                failure[child] = target == child ? 0 : target
                outputs[child] += outputs[failure[child]]
                queue.append(child)
            }
        }
    }

    /// Every occurrence in `symbols` (−1 for a word in no phrase): (phrase, first word, last word).
    func matches(_ symbols: [Int]) -> [(phrase: Int, first: Int, last: Int)] {
        var found: [(phrase: Int, first: Int, last: Int)] = []
        var node = 0
        for (position, symbol) in symbols.enumerated() {
            guard symbol >= 0 else {
                node = 0
                continue
            }
            while node != 0, transitions[node][symbol] == nil { node = failure[node] }
            node = transitions[node][symbol] ?? 0
            for output in outputs[node] { found.append((output.phrase, position - output.length + 1, position)) }
        }
        return found
    }

    /// The symbol for a draft word: the word itself, or without a possessive or plural ending.
    func symbol(for word: String) -> Int {
        if let symbol = vocabulary[word] { return symbol }
        for suffix in ["'s", "’s", "'", "’", "es", "s"] where word.hasSuffix(suffix) && word.count > suffix.count + 1 {
            if let symbol = vocabulary[String(word.dropLast(suffix.count))] { return symbol }
        }
        return -1
    }
}
