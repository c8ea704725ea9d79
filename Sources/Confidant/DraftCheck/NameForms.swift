/// A way a protected name is written in a message. A term of a person-like kind (client, victim,
/// colleague, person) and the name of a supporter at work are looked for in all of them; any
/// other term, and one marked exact, only as a whole.
enum NameForm: UInt8, Sendable {
    /// The whole term: "Darren Whitfield".
    case whole
    /// The surname alone, or every word after the first name: "Whitfield", "the Whitfields".
    case surname
    /// The first initial and the surname: "D. Whitfield", "D Whitfield".
    case initialAndSurname
    /// The first name and the surname's initial: "darren w", "Darren W.".
    case firstAndInitial
    /// The first name alone: "Darren" (possible at most: first names are shared by many).
    case firstName

    /// How a reason names the form.
    var prefix: String {
        switch self {
        case .whole: ""
        case .surname: "surname of "
        case .initialAndSurname: "initial and surname of "
        case .firstAndInitial: "first name and initial of "
        case .firstName: "first name of "
        }
    }

    /// The level of a match of this form for a name whose level is `level`; nil when it is not
    /// reported. `near`: a word was one edit off. `plain`: how the most name-like of the words
    /// that are also everyday words was written (`EverydayWords`): in lower case it is not taken
    /// for the name at all ("I hope", "a little"); with a capital at the start of a sentence it
    /// lowers the match one step ("Hope you're ok").
    func level(for level: Finding.Level, words: Int, near: Bool, plain: NameWriting) -> Finding.Level? {
        var found: Finding.Level
        switch (self, near) {
        case (.firstName, false): found = .possible
        case (_, false): found = level
        // A typo in a full name of two words or more still names the person; one word alone with
        // a typo may be anything.
        case (.whole, true) where words >= 2: found = level
        case (.whole, true), (.surname, true): found = .possible
        case (_, true): return nil
        }
        switch plain {
        case .name: return found
        // A full name of everyday words ("will hope the rain holds") is still two of them in a row.
        case .lowerCase where self == .whole && words >= 2: return found == .possible ? nil : .possible
        case .sentenceStart: return found == .possible ? nil : .possible
        case .lowerCase: return nil
        }
    }
}

/// How a word is written, as far as telling a name from an everyday word goes.
enum NameWriting: Comparable {
    /// In lower case ("hope").
    case lowerCase
    /// With a capital, but where any word has one: the start of the text, a line or a sentence.
    case sentenceStart
    /// With a capital in the middle of a sentence ("with Hope").
    case name
}

/// The forms of one name as lists of its words, and which of those words are everyday words
/// (and so count only when written like a name). Generic over how a word is held: the scanner
/// uses symbols, the tests' reference implementation strings.
enum NameForms {
    /// A word of a name and what the forms need to know of it.
    struct Word<Symbol> {
        let symbol: Symbol
        /// Its first letter, or nil for a word of one letter.
        let initial: Symbol?
        /// "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame".
        let isTitle: Bool
        /// An `EverydayWords` word.
        let isEveryday: Bool
        /// Its initial is a letter that is also a word ("a", "i", "u": `NameForms.wordLetters`).
        let initialIsWord: Bool
    }

    /// One form: its words and, as a bit per word, which must be written like a name.
    struct Form<Symbol> {
        let form: NameForm
        let words: [Symbol]
        let plainMask: UInt8
    }

    /// Titles left out when finding a first name: "Mr Darren Whitfield" has the first name "Darren".
    static let titles = ["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame"]

    /// Letters that are words ("a", "i", and "u" in text-speak): after a first name, one counts as
    /// an initial only when written like one, as a capital or with a full stop ("Sam A.", not
    /// "told sam a story"). Other letters that stand for words in text-speak ("b", "n", "k")
    /// are left as initials: "kyle b" is far more often Kyle B. than "kyle be".
    static let wordLetters: Set<String> = ["a", "i", "u"]

    /// The forms of a name whose words are `words`: only the whole unless it is person-like and
    /// not exact; a title never counts as the first name.
    static func forms<Symbol>(of words: [Word<Symbol>], personLike: Bool, exact: Bool) -> [Form<Symbol>] {
        guard !words.isEmpty else { return [] }
        let all = words.map(\.symbol)
        guard personLike, !exact else { return [Form(form: .whole, words: all, plainMask: 0)] }
        // A full name only of everyday words is lowered a step when none of them looks like a name.
        let everyday: UInt8 = words.count > 1 && words.count <= 8 && words.allSatisfy(\.isEveryday) ? UInt8((1 << words.count) - 1) : 0
        var name = words[...]
        while name.count > 1, name.first!.isTitle { name = name.dropFirst() }
        let surname = name.last!
        func plain(_ word: Word<Symbol>) -> UInt8 { word.isEveryday ? 1 : 0 }
        guard name.count > 1 else {
            // One word: a surname or a first name, we cannot tell; matched whole at the term's level.
            return [Form(form: .whole, words: all, plainMask: words.count == 1 ? plain(surname) : 0)]
                + (words.count > 1 ? [Form(form: .surname, words: [surname.symbol], plainMask: plain(surname))] : [])
        }
        let first = name.first!
        var forms = [
            Form(form: .whole, words: all, plainMask: everyday),
            Form(form: .surname, words: [surname.symbol], plainMask: plain(surname)),
            Form(form: .firstName, words: [first.symbol], plainMask: plain(first)),
        ]
        if name.count > 2 { forms.append(Form(form: .surname, words: name.dropFirst().map(\.symbol), plainMask: 0)) }
        if let initial = first.initial {
            forms.append(Form(form: .initialAndSurname, words: [initial, surname.symbol], plainMask: plain(surname) << 1))
            if name.count > 2 { forms.append(Form(form: .initialAndSurname, words: [initial] + name.dropFirst().map(\.symbol), plainMask: 0)) }
        }
        if let initial = surname.initial {
            // A first name with an initial names someone even when the first name is a word
            // ("will h"); but "told sam a story" is not "Sam A." unless written as one.
            forms.append(Form(form: .firstAndInitial, words: [first.symbol, initial], plainMask: surname.initialIsWord ? 2 : 0))
        }
        return forms
    }
}
