/// The words around a match, for deciding what the match means (`ContextRules`): each word's
/// classes (`WordClass`, looked up once per distinct word), where clauses begin, and the words as
/// written. A clause ends at a full stop, comma, question or exclamation mark, semicolon, colon,
/// bracket, line break, emoji or dash, and a new one starts at "and", "but", "so", "cos" and the
/// like: "i'm shattered, he got recalled" is two clauses, the second about someone else.
struct DraftContext {
    let words: DraftWords
    /// By distinct word: its classes, its folded text, and its key (without a possessive or
    /// apostrophes: "baker's" is "baker"), each made once however often the word stands.
    private let classOf: [WordClass]
    private let foldedOf: [String]
    private let keyOf: [String]
    private let standardOf: [String?]
    /// Words whose class their neighbours change: "mine" in "one of mine" is a client.
    private var classAt: [Int: WordClass] = [:]
    /// By word: whether a clause starts there, and whether punctuation stands before it.
    private let clauseStarts: [Bool]
    private let punctuated: [Bool]

    init(_ words: DraftWords) {
        self.words = words
        foldedOf = (0..<Int32(words.table.count)).map { id in words.table.withWord(id) { String(decoding: $0, as: UTF8.self) } }
        keyOf = (0..<Int32(words.table.count)).map { id in
            words.table.withWord(id) { word in DraftKeys.withoutApostrophes(DraftKeys.withoutPossessive(word)) { String(decoding: $0, as: UTF8.self) }
            }
        }
        let standards = foldedOf.map(Spelling.standard)
        standardOf = standards
        // A possessive or plural takes the class of its word: "plumber's", "plumbers"; a word
        // in dialect or text-speak takes its standard word's as well: "masel", "u".
        classOf = (0..<Int32(words.table.count)).map { id in
            words.table.withWord(id) { word in
                var classes = WordClass.of(word)
                if classes.isEmpty { classes = WordClass.of(DraftKeys.withoutPossessive(word)) }
                if classes.isEmpty, word.count > 3, word[word.count - 1] == UInt8(ascii: "s") {
                    classes = WordClass.of(UnsafeBufferPointer(rebasing: word[..<(word.count - 1)]))
                }
                if let standard = standards[Int(id)] { classes.formUnion(WordClass.of(standard)) }
                return classes
            }
        }
        var starts = [Bool](repeating: false, count: words.count), punctuated = starts
        for position in 0..<words.count {
            punctuated[position] = position == 0 || Self.breaks(words.gap(before: position))
            starts[position] = punctuated[position] || classOf[Int(words.ids[position])].contains(.clauseStart)
        }
        clauseStarts = starts
        self.punctuated = punctuated
        // "one of mine", the way people in the work say "one of my clients".
        let (of, mine) = (words.table.find("of"), words.table.find("mine"))
        if of >= 0, mine >= 0 {
            for position in 1..<words.count where words.ids[position] == mine && words.ids[position - 1] == of {
                classAt[position] = .caseRole
            }
        }
    }

    /// How many words the draft has.
    var count: Int { words.count }

    /// The classes of word `position` (none outside the draft).
    func classes(_ position: Int) -> WordClass {
        guard position >= 0, position < words.count else { return [] }
        return classAt[position] ?? classOf[Int(words.ids[position])]
    }

    /// Whether word `position` is, folded, one of `options`.
    func isWord(_ position: Int, _ options: Set<String>) -> Bool {
        guard position >= 0, position < words.count else { return false }
        return options.contains(folded(position))
    }

    /// Whether word `position` is, folded, one of a few `options` (a literal list: no set is made).
    func isWord(_ position: Int, _ options: [String]) -> Bool {
        guard position >= 0, position < words.count else { return false }
        return options.contains(folded(position))
    }

    /// Whether the draft holds any of `options` anywhere (looked up once, not at every word).
    func holds(anyOf options: [String]) -> Bool {
        options.contains { words.table.find($0) >= 0 }
    }

    /// Word `position`, folded.
    func folded(_ position: Int) -> String {
        foldedOf[Int(words.ids[position])]
    }

    /// Word `position` in its standard spelling, when it is written another way (`Spelling`).
    func standard(_ position: Int) -> String? {
        standardOf[Int(words.ids[position])]
    }

    /// Whether word `position` reads as `word`, as written or in its standard spelling.
    func reads(_ position: Int, as word: String) -> Bool {
        folded(position) == word || standard(position) == word
    }

    /// Word `position` without a possessive or apostrophes: "baker's" is "baker".
    func key(_ position: Int) -> String {
        keyOf[Int(words.ids[position])]
    }

    /// The distinct words' keys, by distinct-word number.
    var distinctKeys: [String] { keyOf }

    /// The first word of the clause holding word `position`.
    func clauseStart(_ position: Int) -> Int {
        var start = position
        while start > 0, !clauseStarts[start] { start -= 1 }
        return start
    }

    /// The last word of the clause holding word `position`.
    func clauseEnd(_ position: Int) -> Int {
        var end = position
        while end + 1 < words.count, !clauseStarts[end + 1] { end += 1 }
        return end
    }

    /// Whether a clause starts at word `position` (after punctuation, a line break or a word
    /// such as "but").
    func startsClause(_ position: Int) -> Bool {
        position >= words.count || clauseStarts[position]
    }

    /// Whether punctuation (or a line break, an emoji) stands between word `position - 1` and
    /// word `position`; true for the first word and past the last.
    func isPunctuated(_ position: Int) -> Bool {
        position <= 0 || position >= words.count || punctuated[position]
    }

    /// Whether word `position` is written with a capital letter.
    func isCapitalised(_ position: Int) -> Bool {
        guard position >= 0, position < words.count else { return false }
        let first = words.written(position)[0]
        if first < 0x80 { return first &- UInt8(ascii: "A") < 26 }
        return String(decoding: words.written(position), as: UTF8.self).unicodeScalars.first?.properties.isUppercase == true
    }

    /// Whether word `position` is written in capitals throughout, and is longer than a letter.
    func isAllCapitals(_ position: Int) -> Bool {
        guard position >= 0, position < words.count else { return false }
        var written = words.written(position)
        // A possessive may be in lower case: "DW's".
        if written.count > 3, written[written.count - 1] == UInt8(ascii: "s"), written[written.count - 2] == UInt8(ascii: "'") {
            written = UnsafeBufferPointer(rebasing: written[..<(written.count - 2)])
        }
        return written.count > 1 && written.allSatisfy { $0 &- UInt8(ascii: "a") >= 26 } && written.contains { $0 &- UInt8(ascii: "A") < 26 }
    }

    /// Whether word `position` starts a sentence: the start of the text or a line, or after ".",
    /// "!" or "?".
    func startsSentence(_ position: Int) -> Bool {
        position == 0 || endsSentence(position - 1)
    }

    /// Whether word `position` ends a sentence or the text: nothing but punctuation or white
    /// space after it, up to a line break or the end.
    func endsSentence(_ position: Int) -> Bool {
        position + 1 >= words.count
            || words.gap(before: position + 1).contains { byte in
                byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "\n")
            }
    }

    /// The words within `distance` of `first...last` in the same sentence, nearest first.
    func neighbours(of first: Int, _ last: Int, within distance: Int) -> [Int] {
        var start = first, end = last
        while start > 0, first - start < distance, !endsSentence(start - 1) { start -= 1 }
        while end + 1 < words.count, end - last < distance, !endsSentence(end) { end += 1 }
        let low = max(start, first - distance), high = min(end, last + distance)
        var found: [Int] = []
        for step in 1...max(distance, 1) {
            if first - step >= low { found.append(first - step) }
            if last + step <= high { found.append(last + step) }
        }
        return found
    }

    // MARK: Helpers

    /// Whether the bytes between two words hold punctuation that ends a clause.
    private static func breaks(_ gap: UnsafeBufferPointer<UInt8>) -> Bool {
        gap.contains { byte in
            switch byte {
            case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";"), UInt8(ascii: ":"),
                UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"):
                true
            // Emoji, dashes, ellipses: anything beyond ASCII between two words.
            default: byte >= 0x80
            }
        }
    }
}
