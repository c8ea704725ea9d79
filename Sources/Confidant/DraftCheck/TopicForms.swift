/// When a word of a draft is a form of a listed topic word: the Snowball English stemmer gives
/// both the same stem, and the draft word begins with the listed word less a final "-s" ("-es",
/// "-ies") and then a final "-e" or "-y". So a listed "rape" finds "raped", "rapes" and "raping",
/// "abuse" finds "abuser" and "abusive", "offend" finds "offender"; but a listed "hearing" does
/// not find "hear" nor "dating" find "date", which share their stem and would otherwise flag
/// "can't wait to hear from you". To catch every form, list the base form (docs/DRAFT-CHECK.md).
struct TopicForms {
    private let stemmer = EnglishStemmer()
    /// Stems of the listed words → symbol.
    private var stems = WordTable()
    /// The listed words' required beginnings, and a byte trie of them so that a draft word that
    /// begins with none of them is never stemmed.
    private(set) var beginnings = WordTable()
    private var trie = MoveTable()
    private var trieNodes = 1
    private var ends: [Bool] = [false]

    /// The stem symbol and the required beginning of a listed (folded) word.
    mutating func listed(_ word: UnsafeBufferPointer<UInt8>) -> (symbol: Int32, beginning: Int32) {
        let word = DraftKeys.withoutPossessive(word)
        let symbol = stemmer.withStem(of: word) { stems.insert($0) }
        let beginning = UnsafeBufferPointer(rebasing: word[..<Self.beginningLength(of: word)])
        let count = beginnings.count
        let id = beginnings.insert(beginning)
        if id == count { addToTrie(beginning) }
        return (symbol, id)
    }

    /// The stem symbol of a draft word (folded), or -1 when it can be the form of no listed word.
    func symbol(of word: UnsafeBufferPointer<UInt8>) -> Int32 {
        let word = DraftKeys.withoutPossessive(word)
        guard beginsWithListed(word) else { return -1 }
        let found = stemmer.withStem(of: word) { stems.find($0) }
        // The stemmer leaves the plural of an abbreviation whole ("PSRs"): try it without the "s".
        guard found < 0, word.count > 2, word[word.count - 1] == UInt8(ascii: "s") else { return found }
        return stemmer.withStem(of: UnsafeBufferPointer(rebasing: word[..<(word.count - 1)])) { stems.find($0) }
    }

    /// Whether the draft word begins as listed word `beginning` requires.
    func begins(_ word: UnsafeBufferPointer<UInt8>, as beginning: Int32) -> Bool {
        let word = DraftKeys.withoutPossessive(word)
        return beginnings.withWord(beginning) { prefix in
            // An adverb is another word: "basically" is not a form of "basic".
            let adverb = word.count >= prefix.count + 3 && word[word.count - 2] == UInt8(ascii: "l") && word[word.count - 1] == UInt8(ascii: "y")
            return !adverb && prefix.count <= word.count && prefix.indices.allSatisfy { prefix[$0] == word[$0] }
        }
    }

    /// How many symbols there are (for the phrase automaton).
    var symbolCount: Int { stems.count }

    // MARK: Helpers

    private func beginsWithListed(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        var node: Int32 = 0
        for byte in word {
            node = trie[node, Int32(byte)]
            if node == 0 { return false }
            if ends[Int(node)] { return true }
        }
        return false
    }

    private mutating func addToTrie(_ word: UnsafeBufferPointer<UInt8>) {
        var node: Int32 = 0
        for byte in word {
            var next = trie[node, Int32(byte)]
            if next == 0 {
                next = Int32(trieNodes)
                trieNodes += 1
                ends.append(false)
                trie[node, Int32(byte)] = next
            }
            node = next
        }
        ends[Int(node)] = true
    }

    /// How much of a listed word a draft word must begin with: all of it but a final "-ies",
    /// "-es" or "-s" (not "-ss"), then a final "-e" or "-y", for words longer than three letters.
    static func beginningLength(of word: UnsafeBufferPointer<UInt8>) -> Int {
        func endsWith(_ suffix: StaticString, _ length: Int) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard length >= count else { return false }
            return (0..<count).allSatisfy { word[length - count + $0] == suffix.utf8Start[$0] }
        }
        var length = word.count
        if length > 3 {
            if endsWith("ies", length) { length -= 3 } else if endsWith("s", length), !endsWith("ss", length) { length -= 1 }
        }
        if length > 3, endsWith("e", length) || endsWith("y", length) { length -= 1 }
        return length
    }
}
