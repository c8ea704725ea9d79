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
    /// A known short form of the first name alone: "Gaz", "Baz" (`ShortForms`), as a first name.
    case shortName
    /// A short form guessed by rule alone: "jordy" (`ShortForms.guessed`); only in a draft about the work.
    case guessedName
    /// Initials written with full stops, or as capitals before what a person does: "D.W.", "DW rang".
    case initials
    /// Written so as not to be read at a glance: "t*rner", "wh1tf1eld", "w h i t f i e l d", "@garyt".
    case disguised

    /// The first name alone, as written or as a short form.
    var isFirstName: Bool { self == .firstName || self == .shortName || self == .guessedName }

    /// How a reason names the form.
    var prefix: String {
        switch self {
        case .whole: ""
        case .surname: "surname of "
        case .initialAndSurname: "initial and surname of "
        case .firstAndInitial: "first name and initial of "
        case .firstName: "first name of "
        case .shortName: "short form of "
        case .guessedName: "perhaps a short form of "
        case .initials: "initials of "
        case .disguised: "disguised form of "
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
        case (.firstName, false), (.shortName, false), (.guessedName, false): found = .possible
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

/// The forms of one name as lists of its words' symbols, and which of those words are everyday
/// words (and so count only when written like a name).
enum NameForms {
    /// A word of a name and what the forms need to know of it.
    struct Word {
        let symbol: Int32
        /// Its first letter, or nil for a word of one letter.
        let initial: Int32?
        /// "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame".
        let isTitle: Bool
        /// An `EverydayWords` word.
        let isEveryday: Bool
        /// Its initial is a letter that is also a word ("a", "i", "u": `NameForms.wordLetters`).
        let initialIsWord: Bool
    }

    /// One form: its words and, as a bit per word, which must be written like a name.
    struct Form {
        let form: NameForm
        let words: [Int32]
        let plainMask: UInt8
    }

    /// Titles left out when finding a first name: "Mr Darren Whitfield" has the first name "Darren".
    static let titles = ["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame"]

    /// Letters that are words ("a", "i", and "u" in text-speak): after a first name, one counts as
    /// an initial only when written like one, as a capital or with a full stop ("Sam A.", not
    /// "told sam a story"). Other letters that stand for words in text-speak ("b", "n", "k")
    /// are left as initials: "kyle b" is far more often Kyle B. than "kyle be".
    static let wordLetters: Set<String> = ["a", "i", "u"]

    /// The forms of a name whose words are `words`, `parts` giving the part of the name each
    /// belongs to (`NameWords`: "Anne-Marie" is one part of two words), and `joined` the symbol of
    /// all its words written as one ("darrenwhitfield", as in a handle or hashtag). Only the whole
    /// (as words, and joined unless exact) for a name that is not person-like or is exact; a title
    /// never counts as the first name.
    static func forms(of words: [Word], parts: [Int], joined: Int32?, personLike: Bool, exact: Bool) -> [Form] {
        guard !words.isEmpty else { return [] }
        let all = words.map(\.symbol)
        let asOne = exact || words.count < 2 ? [] : joined.map { [Form(form: .whole, words: [$0], plainMask: 0)] } ?? []
        guard personLike, !exact else { return [Form(form: .whole, words: all, plainMask: 0)] + asOne }
        var start = 0
        while words.count - start > 1, words[start].isTitle { start += 1 }
        let name = Array(words[start...]), nameParts = Array(parts[start...])
        func plain(_ word: Word) -> UInt8 { word.isEveryday ? 1 : 0 }
        guard name.count > 1 else {
            // One word: a surname or a first name, we cannot tell; matched whole at the term's level.
            return [Form(form: .whole, words: all, plainMask: words.count == 1 ? plain(name[0]) : 0)] + asOne
                + (words.count > 1 ? [Form(form: .surname, words: [name[0].symbol], plainMask: plain(name[0]))] : [])
        }
        // A full name only of everyday words is lowered a step when none of them looks like a name.
        let everyday: UInt8 = words.count <= 8 && words.allSatisfy(\.isEveryday) ? UInt8((1 << words.count) - 1) : 0
        var forms = [Form(form: .whole, words: all, plainMask: everyday)] + asOne
        let firstPart = Array(name.prefix(nameParts.prefix { $0 == nameParts[0] }.count))
        let surnamePart = Array(name.suffix(nameParts.reversed().prefix { $0 == nameParts.last! }.count))
        let first = name[0], last = name[name.count - 1]
        // Surnames: the last word; a surname of several words ("Thompson-Reid") whole and each of
        // its words; every word after the first name.
        var surnames: [[Word]] = [[last]]
        if surnamePart.count > 1 { surnames += [surnamePart] + surnamePart.dropLast().map { [$0] } }
        let afterFirst = Array(name.dropFirst(firstPart.count))
        if afterFirst.count > 1, afterFirst.count != surnamePart.count { surnames.append(afterFirst) }
        for surname in surnames {
            forms.append(Form(form: .surname, words: surname.map(\.symbol), plainMask: surname.count == 1 ? plain(surname[0]) : 0))
            if let initial = first.initial, firstPart.count < name.count {
                forms.append(
                    Form(
                        form: .initialAndSurname, words: [initial] + surname.map(\.symbol),
                        plainMask: surname.count == 1 ? plain(surname[0]) << 1 : 0))
            }
        }
        // First names: the first part ("Anne-Marie") and, when it has several words, its first ("Anne").
        var firsts = [firstPart]
        if firstPart.count > 1 { firsts.append([first]) }
        let initials = [surnamePart[0]] + (surnamePart.count > 1 ? [last] : [])
        for firstName in firsts {
            forms.append(Form(form: .firstName, words: firstName.map(\.symbol), plainMask: firstName.count == 1 ? plain(firstName[0]) : 0))
            guard firstPart.count < name.count else { continue }
            for word in initials {
                guard let initial = word.initial else { continue }
                // A first name with an initial names someone even when the first name is a word
                // ("will h"); but "told sam a story" is not "Sam A." unless written as one.
                forms.append(
                    Form(
                        form: .firstAndInitial, words: firstName.map(\.symbol) + [initial],
                        plainMask: word.initialIsWord ? UInt8(1 << firstName.count) : 0))
            }
        }
        return forms
    }
}
