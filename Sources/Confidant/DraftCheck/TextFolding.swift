import Foundation

/// Folding for matching: lower case, accents removed (ß as ss, ø as o, đ as d, …), compatibility
/// forms unified, invisible characters dropped and every kind of apostrophe made straight, so
/// "Zoë", "ZOE" and a decomposed "Zoe\u{308}" all read as "zoe", and "Pike’s" as "pike's".
enum TextFolding {
    /// The folded form of `word`.
    static func fold(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased().replacingOccurrences(of: "`", with: "'") }
        // Apostrophes first: the acute accent would decompose into a space and a mark.
        let straight = String(String.UnicodeScalarView(word.unicodeScalars.map { WordSplitter.isApostrophe($0) ? "'" : $0 }))
        var scalars = String.UnicodeScalarView()
        for scalar in straight.decomposedStringWithCompatibilityMapping.unicodeScalars
        where scalar.properties.generalCategory != .nonspacingMark && !VisibleText.isInvisible(scalar) {
            scalars.append(scalar)
        }
        var folded = ""
        for character in String(scalars).lowercased() { folded += letters[character] ?? String(character) }
        return folded
    }

    /// Letters compatibility decomposition leaves whole, as people write them without the mark.
    private static let letters: [Character: String] = [
        "ß": "ss", "ø": "o", "đ": "d", "ł": "l", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d", "ħ": "h", "ŧ": "t",
        "ŀ": "l", "ĸ": "k", "ς": "σ",
    ]

    /// The folded words of a phrase (a term or a topic word), split as a draft is.
    static func words(_ phrase: String) -> [String] {
        var words: [String] = []
        var phrase = String(String.UnicodeScalarView(phrase.unicodeScalars.filter { !VisibleText.isInvisible($0) }))
        phrase.withUTF8 { bytes in
            WordSplitter.forEachWord(in: bytes) { _, _, folded in words.append(String(decoding: folded, as: UTF8.self)) }
        }
        return words
    }
}
