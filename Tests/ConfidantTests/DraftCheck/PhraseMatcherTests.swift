import Testing

@testable import Confidant

@Suite struct PhraseMatcherTests {
    private struct Match: Hashable { let phrase: Int32, first: Int, last: Int }

    private func matches(_ phrases: [[Int32]], in text: [Int32], symbolCount: Int) -> [Match] {
        var list = PhraseList()
        for phrase in phrases { list.append(phrase) }
        let matcher = PhraseMatcher(list, symbolCount: symbolCount)
        var found: [Match] = []
        text.withUnsafeBufferPointer { matcher.forEachMatch(in: $0) { found.append(Match(phrase: $0, first: $1, last: $2)) } }
        return found
    }

    /// Every occurrence, by trying each phrase at each position.
    private func naive(_ phrases: [[Int32]], in text: [Int32]) -> Set<Match> {
        var found: Set<Match> = []
        for (index, phrase) in phrases.enumerated() where phrase.count <= text.count {
            for start in 0...(text.count - phrase.count) where Array(text[start..<start + phrase.count]) == phrase {
                found.insert(Match(phrase: Int32(index), first: start, last: start + phrase.count - 1))
            }
        }
        return found
    }

    /// The textbook case: "he", "she", "his", "hers" in "ushers", letters as symbols.
    @Test func findsOverlappingAndNestedPhrases() {
        let letters = Array("ehirsu")
        func symbols(_ word: String) -> [Int32] { word.map { Int32(letters.firstIndex(of: $0)!) } }
        let found = matches(["he", "she", "his", "hers"].map(symbols), in: symbols("ushers"), symbolCount: letters.count)
        #expect(Set(found) == [Match(phrase: 1, first: 1, last: 3), Match(phrase: 0, first: 2, last: 3), Match(phrase: 3, first: 2, last: 5)])
    }

    @Test func wordsInNoPhraseBreakAMatch() {
        #expect(matches([[0, 1]], in: [0, -1, 1, 0, 1], symbolCount: 2) == [Match(phrase: 0, first: 3, last: 4)])
    }

    @Test func duplicatePhrasesAreEachReported() {
        #expect(
            Set(matches([[2], [2], [1, 2]], in: [1, 2], symbolCount: 3)) == [
                Match(phrase: 0, first: 1, last: 1), Match(phrase: 1, first: 1, last: 1), Match(phrase: 2, first: 0, last: 1),
            ])
    }

    /// Random phrase sets over a small alphabet (so phrases overlap and share prefixes and
    /// suffixes) against the naive search, from a fixed seed so a failure repeats.
    @Test func agreesWithTheNaiveSearch() {
        var random = SeededGenerator(seed: 0x5eed)
        for _ in 0..<500 {
            let alphabet = Int(random.next() % 4) + 2
            let phrases = (0..<Int(random.next() % 8) + 1).map { _ in
                (0..<Int(random.next() % 4) + 1).map { _ in Int32(random.next() % UInt64(alphabet)) }
            }
            let text = (0..<Int(random.next() % 40)).map { _ in Int32(random.next() % UInt64(alphabet + 1)) - 1 }
            let found = matches(phrases, in: text, symbolCount: alphabet)
            #expect(found.count == Set(found).count)
            #expect(Set(found) == naive(phrases, in: text), "\(phrases) in \(text)")
        }
    }
}
