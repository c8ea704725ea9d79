import Foundation

/// Folding for matching: lower case, accents removed, compatibility forms unified, so "Zoë",
/// "ZOE" and a decomposed "Zoe\u{308}" all read as "zoe".
enum TextFolding {
    /// The folded form of `word`.
    static func fold(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
        let decomposed = word.decomposedStringWithCompatibilityMapping
        var scalars = String.UnicodeScalarView()
        for scalar in decomposed.unicodeScalars where scalar.properties.generalCategory != .nonspacingMark {
            scalars.append(scalar)
        }
        return String(scalars).lowercased()
    }

    /// The words of a phrase, folded (for terms and topic words).
    static func words(_ phrase: String) -> [String] {
        Tokenizer.tokens(in: phrase).map(\.folded)
    }
}

/// A word of a draft with where it stands.
struct Token {
    /// The folded word.
    let folded: String
    /// 1-based line and column (in characters).
    let line: Int
    let column: Int
    /// The word's range in the original text.
    let range: Range<String.Index>
}

/// Splits text into words: runs of letters and digits, with apostrophes inside a word kept
/// (possessives) and anything else separating words.
enum Tokenizer {
    static func tokens(in text: String) -> [Token] {
        var tokens: [Token] = []
        var line = 1, column = 1
        var start: String.Index?, startLine = 1, startColumn = 1
        var index = text.startIndex
        func close(at end: String.Index) {
            guard let begin = start else { return }
            var word = text[begin..<end]
            while let last = word.last, last == "'" || last == "’" { word = word.dropLast() }
            if !word.isEmpty {
                tokens.append(Token(folded: TextFolding.fold(String(word)), line: startLine, column: startColumn, range: begin..<word.endIndex))
            }
            start = nil
        }
        while index < text.endIndex {
            let character = text[index]
            let isWordCharacter = character.isLetter || character.isNumber
                || ((character == "'" || character == "’") && start != nil)
            if isWordCharacter, start == nil {
                start = index
                (startLine, startColumn) = (line, column)
            } else if !isWordCharacter {
                close(at: index)
            }
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index = text.index(after: index)
        }
        close(at: text.endIndex)
        return tokens
    }
}
