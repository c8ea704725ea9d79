/// How a draft word is looked up among the words of protected names: as it stands, then without a
/// possessive or plural ending, each only if at least this much is left: "'s" (one letter:
/// "W's" is "W"), "es" (two), "s" (two); then, for a word starting with a letter, without the
/// digits it ends in (two letters left at least). So "Whitfield's", "the Whitfields", "Smithes" and
/// "Pike’s" find "whitfield", "smith" and "pike"; the first of these that is a protected word is
/// the one used. Apostrophes left inside a key are then dropped, as they are from the words of
/// names: "O'Brien", "O’Brien" and "OBrien" are one word.
enum DraftKeys {
    /// Calls `body` with each key in order until it returns false.
    static func forEachKey(of word: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) {
        forEachEnding(of: word) { key in withoutApostrophes(key, body) }
    }

    /// A folded word without its possessive and apostrophes: "henderson's" → "henderson".
    static func key(_ word: String) -> String {
        var word = word
        return word.withUTF8 { bytes in withoutApostrophes(withoutPossessive(bytes)) { String(decoding: $0, as: UTF8.self) } }
    }

    /// `word` with its apostrophes dropped (folding has made them all straight).
    static func withoutApostrophes<R>(_ word: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        guard word.contains(UInt8(ascii: "'")) else { return body(word) }
        return word.filter { $0 != UInt8(ascii: "'") }.withUnsafeBufferPointer(body)
    }

    /// The word without a final "'s" (folding has made every apostrophe straight).
    static func withoutPossessive(_ word: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let count = word.count
        guard count > 2, word[count - 2] == UInt8(ascii: "'"), word[count - 1] == UInt8(ascii: "s") else { return word }
        return UnsafeBufferPointer(rebasing: word[..<(count - 2)])
    }

    // MARK: Helpers

    private static func forEachEnding(of word: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) {
        guard body(word) else { return }
        let count = word.count
        func ends(_ last: UInt8, _ before: UInt8?) -> Bool {
            count >= 2 && word[count - 1] == last && (before == nil || word[count - 2] == before!)
        }
        if count >= 3, ends(UInt8(ascii: "s"), UInt8(ascii: "'")) {
            guard body(UnsafeBufferPointer(rebasing: word[..<(count - 2)])) else { return }
        }
        if count >= 4, ends(UInt8(ascii: "s"), UInt8(ascii: "e")) {
            guard body(UnsafeBufferPointer(rebasing: word[..<(count - 2)])) else { return }
        }
        if count >= 3, ends(UInt8(ascii: "s"), nil) {
            guard body(UnsafeBufferPointer(rebasing: word[..<(count - 1)])) else { return }
        }
        // A name with a number after it, as in a handle: "whitfield87".
        var letters = count
        while letters > 0, word[letters - 1] &- UInt8(ascii: "0") < 10 { letters -= 1 }
        if letters < count, letters >= 2, word[0] &- UInt8(ascii: "a") < 26 {
            _ = body(UnsafeBufferPointer(rebasing: word[..<letters]))
        }
    }
}
