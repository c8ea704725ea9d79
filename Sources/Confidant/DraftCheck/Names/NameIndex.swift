/// A protected name or term the draft check looks for: a protected term, or the name of a
/// supporter at work (in a draft for someone outside work).
struct NameSource {
    /// As entered.
    let text: String
    /// The term's kind, or nil for a supporter at work.
    let kind: TermKind?
    /// The level of a match of the whole name for the person the draft is for.
    let level: Finding.Level
    /// Whether the other forms of names are looked for (`NameForms`).
    var personLike: Bool { kind?.isPersonLike ?? true }
    let exact: Bool
    /// For a short name the person goes by ("Baz Cooper"), the term as entered ("Barry Cooper").
    var standsFor: String? = nil

    /// For reasons: `protected term "Darren Whitfield" (client)`.
    var description: String {
        kind.map { kind in
            standsFor.map { "protected term \"\($0)\" (\(kind.rawValue)), by the name they go by" } ?? "protected term \"\(text)\" (\(kind.rawValue))"
        } ?? "\"\(text)\", a supporter at work"
    }

    /// The names `terms` are looked for by: each as entered, and with each short name it goes
    /// by in place of the first name ("Baz Cooper" for Barry Cooper, who goes by Baz).
    static func of(_ terms: [ProtectedTerm], level: Finding.Level) -> [NameSource] {
        var sources = terms.map { NameSource(text: $0.term, kind: $0.kind, level: level, exact: $0.exact) }
        for term in terms where !term.goesBy.isEmpty {
            var words = NameWords()
            words.read(term.term, personLike: term.kind.isPersonLike)
            let surname = words.words.count > 1 ? words.words.withWord(words.words.count - 1) { String(decoding: $0, as: UTF8.self) } : nil
            for form in term.goesBy {
                sources.append(
                    NameSource(text: surname.map { form + " " + $0 } ?? form, kind: term.kind, level: level, exact: false, standsFor: term.term))
            }
        }
        return sources
    }
}

/// Folded words, end to end in one reusable buffer.
struct WordList {
    private(set) var bytes: [UInt8] = []
    private(set) var ends: [Int] = []

    /// How many words there are.
    var count: Int { ends.count }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
    }

    mutating func append(_ word: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: word)
        ends.append(bytes.count)
    }

    /// Calls `body` with word `index`.
    func withWord<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[(index == 0 ? 0 : ends[index - 1])..<ends[index]])) }
    }
}

/// Every form of the names a draft may hold as phrases of word symbols, ready for
/// `PhraseMatcher`: the lexicon of their words, and what each phrase stands for. Built for
/// one draft from the names that share a word with it or come one edit near one of its words,
/// so that a short draft costs little however many names the vault holds.
struct NameIndex {
    /// By entry: its source, and its words' symbols.
    private(set) var sources: [Int32] = []
    private var wordEnds: [Int32] = []
    private var wordSymbols: [Int32] = []
    /// By phrase: the entry, the form, and which of its words must be written like a name.
    private(set) var phrases = PhraseList()
    private(set) var entryOf: [Int32] = []
    private(set) var formOf: [NameForm] = []
    private(set) var plainMaskOf: [UInt8] = []
    /// By phrase: how many other entries have the very same phrase ("Darren" is the first name
    /// of many clients); the phrase is kept once and names its first entry.
    private(set) var othersOf: [Int] = []
    private var phraseNumbers: [PhraseKey: Int32] = [:]
    /// By entry: the plain mask of its whole form, and of its surname form when it has one.
    private(set) var wholeMask: [UInt8] = []
    private(set) var surnameMask: [UInt8?] = []
    /// The words of the names and their initials; a word's symbol is its number here.
    private var lexicon = WordTable()
    private let everyday = Self.table(EverydayWords.all)
    private let titles = Self.table(NameForms.titles)

    /// Adds a name whose folded words (apostrophes dropped, `DraftKeys`) are `words`; returns its
    /// entry number. Only the forms whose every word `isPresent` (in the draft) become phrases.
    @discardableResult
    mutating func add(
        source: Int32, name: NameWords, personLike: Bool, exact: Bool,
        isPresent: (UnsafeBufferPointer<UInt8>) -> Bool
    ) -> Int32 {
        let words = name.words
        let entry = Int32(sources.count)
        sources.append(source)
        var described: [NameForms.Word] = []
        var absent: [Int32] = [] // a few symbols: an array beats a set
        for index in 0..<words.count {
            words.withWord(index) { word in
                let wordSymbol = symbol(adding: word)
                wordSymbols.append(wordSymbol)
                if !isPresent(word) { absent.append(wordSymbol) }
                let initialLength = word[0] < 0x80 ? 1 : word[0] >= 0xF0 ? 4 : word[0] >= 0xE0 ? 3 : 2
                let initialWord = UnsafeBufferPointer(rebasing: word[..<initialLength])
                let initial = word.count > initialLength ? symbol(adding: initialWord) : nil
                if let initial, !isPresent(initialWord) { absent.append(initial) }
                described.append(
                    NameForms.Word(
                        symbol: wordSymbol, initial: initial, isTitle: titles.find(word) >= 0,
                        isEveryday: everyday.find(word) >= 0,
                        initialIsWord: Self.wordLetters.contains(word[0])))
            }
        }
        wordEnds.append(Int32(wordSymbols.count))
        wholeMask.append(0)
        surnameMask.append(nil)
        let joined =
            words.count > 1
            ? words.bytes.withUnsafeBufferPointer { bytes in
                isPresent(bytes) ? symbol(adding: bytes) : nil
            } : nil
        for form in NameForms.forms(of: described, parts: name.parts, joined: joined, personLike: personLike, exact: exact) {
            if form.form == .whole, form.words.count == words.count { wholeMask[Int(entry)] = form.plainMask }
            // The first surname of one word is the last word of the name (`NameForms`).
            if form.form == .surname, form.words.count == 1, surnameMask[Int(entry)] == nil { surnameMask[Int(entry)] = form.plainMask }
            guard !form.words.contains(where: absent.contains) else { continue }
            let key = PhraseKey(words: form.words, form: form.form, plainMask: form.plainMask)
            if let shared = phraseNumbers[key] {
                othersOf[Int(shared)] += 1
                continue
            }
            phraseNumbers[key] = phrases.append(form.words)
            entryOf.append(entry)
            formOf.append(form.form)
            plainMaskOf.append(form.plainMask)
            othersOf.append(0)
        }
        return entry
    }

    /// The symbols of entry `entry`'s words (its whole form).
    func words(of entry: Int32) -> ArraySlice<Int32> {
        wordSymbols[(entry == 0 ? 0 : Int(wordEnds[Int(entry) - 1]))..<Int(wordEnds[Int(entry)])]
    }

    /// How many symbols there are.
    var symbolCount: Int { lexicon.count }

    /// The symbol of a draft word (folded): the word itself, or without a possessive or plural
    /// ending (`DraftKeys`); -1 for none.
    func symbol(of word: UnsafeBufferPointer<UInt8>) -> Int32 {
        var found: Int32 = -1
        DraftKeys.forEachKey(of: word) { key in
            found = lexicon.find(key)
            return found < 0
        }
        return found
    }

    // MARK: Helpers

    /// The symbol of a word of a name (without apostrophes), adding it.
    private mutating func symbol(adding word: UnsafeBufferPointer<UInt8>) -> Int32 {
        lexicon.insert(word)
    }

    private struct PhraseKey: Hashable {
        let words: [Int32]
        let form: NameForm
        let plainMask: UInt8
    }

    /// `NameForms.wordLetters` as bytes.
    private static let wordLetters = Set(NameForms.wordLetters.map { $0.utf8.first! })

    private static func table(_ words: [String]) -> WordTable {
        var table = WordTable(capacity: words.count)
        for word in words { table.insert(word) }
        return table
    }
}
