import Foundation

/// Folding for matching: lower case, accents removed, compatibility forms unified and curly
/// apostrophes made straight, so "Zoë", "ZOE" and a decomposed "Zoe\u{308}" all read as "zoe",
/// and "Pike’s" as "pike's".
enum TextFolding {
    /// The folded form of `word`.
    static func fold(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
        let decomposed = word.decomposedStringWithCompatibilityMapping
        var scalars = String.UnicodeScalarView()
        for scalar in decomposed.unicodeScalars where scalar.properties.generalCategory != .nonspacingMark {
            scalars.append(WordSplitter.isApostrophe(scalar) ? "'" : scalar)
        }
        return String(scalars).lowercased()
    }

    /// The folded words of a phrase (a term or a topic word), split as a draft is.
    static func words(_ phrase: String) -> [String] {
        var words: [String] = []
        var phrase = phrase
        phrase.withUTF8 { bytes in
            WordSplitter.forEachWord(in: bytes) { _, _, folded in words.append(String(decoding: folded, as: UTF8.self)) }
        }
        return words
    }
}
