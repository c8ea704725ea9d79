/// Names written in ways the automaton of `NameScan` does not look for, found beside it:
///
/// - short forms of a first name: "gaz turner", "baz", "nath f" (`ShortForms`);
/// - a first name with its surname mistyped or misheard ("kyle bakr", "aisha kahn", "dean
///   coster", "jade sully van"), a surname with its first name so ("terrence king"), or both
///   ("wil hpoe"): one wrong letter, the same sound (`SoundKey`), or split in two by dictation;
/// - a name's word split in two ("whit field", "hollow brook", "oak field primary");
/// - a place by its first word with the rest abbreviated ("kestrel ct") or alone ("meeting at
///   oakfield"), the second counted only in a draft about the work;
/// - initials with full stops ("D.W.", "m.t-r"), or as capitals before what a person does
///   ("DW's mum");
/// - handles and hashtags that hold a name ("@garyt", "#justiceforellie");
/// - names masked or spelt with digits ("t*rner", "wh1tf1eld"), or letter by letter
///   ("w h i t f i e l d");
/// - numbers and references read out by voice ("oh seven seven double oh nine…", "a b one two
///   three four five six").
///
/// Each is a candidate with the evidence of a name (`ContextRules` then judges it as it judges
/// the automaton's matches).
enum MoreNames {
    /// The candidates in `context` for the scanner's `names`, indexed by `index`; a number read
    /// out is a detail at `detailLevel`.
    static func find(in context: DraftContext, names: [NameSource], index: PersonIndex, detailLevel: Finding.Level) -> [Candidate] {
        var found: [Candidate] = []
        func add(_ source: Int, _ form: NameForm, _ first: Int, _ last: Int, near: Bool, level: Finding.Level?, how: String) {
            let name = names[source]
            found.append(
                Candidate(
                    range: context.words.range(first, last), kind: near ? .nearTerm : .term, level: level,
                    reason: how + name.description, evidence: .name(form: form, near: near, source: source, first: first, last: last)))
        }
        let keys = (0..<context.count).map { context.key($0) }
        // By distinct word, once: whether it can start anything here (most words of a long draft cannot).
        let firstSounds = Set(index.people.map(\.firstSound)),
            prefixes = Set(
                index.longWords.keys.flatMap { word in
                    (2..<word.count).map { String(word.prefix($0)) }
                })
        let starts =
            index.people.isEmpty && index.longWords.isEmpty
            ? [Bool](repeating: false, count: context.distinctKeys.count)
            : context.distinctKeys.map { key in
                index.byShortForm[key] != nil || index.byGuessedForm[key] != nil || index.byFirst[key] != nil || index.bySurname[key] != nil
                    || index.longWords[key] != nil
                    || prefixes.contains(key) || key.utf8.count >= 3 && firstSounds.contains(SoundKey.of(key))
            }
        for position in 0..<context.count
        where starts[Int(context.words.ids[position])]
            || position + 1 < context.count && index.bySurname[keys[position + 1]] != nil
        {
            shortForms(at: position, keys, context, index, add)
            misspelt(at: position, keys, context, index, add)
            split(at: position, keys, context, index, names, add)
            placeParts(at: position, keys, context, index, names, add)
        }
        initials(keys, context, index, add)
        for (first, last, text) in tokens(context) { disguised(text, first, last, context, index, add) }
        for (first, last) in spelledOut(keys, context, index, add) {
            found.append(
                Candidate(
                    range: context.words.range(first, last), kind: .detail, level: detailLevel,
                    reason: "identifying detail: phone number, read out", evidence: .detail("phone number")))
        }
        return found
    }

    /// Whether the draft holds what only a look at every name can find: initials with full stops
    /// or in capitals, a handle, hashtag or masked word, letters spelt out one by one.
    static func needsEveryName(_ context: DraftContext) -> Bool {
        if context.words.bytes.contains(where: {
            $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "$")
        }) {
            return true
        }
        for position in 0..<context.count {
            let key = context.key(position).utf8
            if key.count == 1, position + 1 < context.count,
                context.words.gap(before: position + 1).first == UInt8(ascii: ".")
                    || context.words.gap(before: position + 1).first == UInt8(ascii: "-")
            {
                return true
            }
            if (2...3).contains(key.count), context.isAllCapitals(position) { return true }
            if key.count == 1, position + 1 < context.count, context.key(position + 1).utf8.count == 1 { return true }
            // A digit between letters: "wh1tf1eld" (not "AB123456").
            let written = context.words.written(position)
            if written.count >= 4,
                (1..<(written.count - 1)).contains(where: { index in
                    written[index] &- UInt8(ascii: "0") < 10 && (written[index - 1] | 0x20) &- UInt8(ascii: "a") < 26
                        && (written[index + 1] | 0x20) &- UInt8(ascii: "a") < 26
                })
            {
                return true
            }
        }
        return false
    }

    typealias Add = (_ source: Int, _ form: NameForm, _ first: Int, _ last: Int, _ near: Bool, _ level: Finding.Level?, _ how: String) -> Void

    // MARK: Helpers

    /// "gaz turner", "baz", "nath f".
    private static func shortForms(at position: Int, _ keys: [String], _ context: DraftContext, _ index: PersonIndex, _ add: Add) {
        for (number, guessed) in index.people(withShortForm: keys[position]) where index.byFirst[keys[position]]?.contains(number) != true {
            let person = index.people[number], level = sourceLevel(person.source, index)
            let next = position + 1 < context.count && !context.isPunctuated(position + 1) ? position + 1 : nil
            if let next, let surname = person.surname, keys[next] == surname || isNear(keys[next], surname) {
                add(person.source, .whole, position, next, keys[next] != surname, level, "short form and surname of ")
            } else if let next, let surname = person.surname, keys[next] == String(surname.prefix(1)),
                !NameContext.isTextSpeak(at: next, in: context)
            {
                add(person.source, .firstAndInitial, position, next, false, level, "short form and initial of ")
            } else {
                add(
                    person.source, guessed ? .guessedName : .shortName, position, position, false, .possible,
                    guessed ? "perhaps a short form of " : "short form of ")
            }
        }
    }

    /// A first name (or short form) with its surname near, or a surname with its first name
    /// near; or both near.
    private static func misspelt(at position: Int, _ keys: [String], _ context: DraftContext, _ index: PersonIndex, _ add: Add) {
        let key = keys[position]
        guard position + 1 < context.count, !context.isPunctuated(position + 1) else { return }
        let next = keys[position + 1]
        // The surname as one word or split in two by dictation: "whit field", "sully van".
        let joined = position + 2 < context.count && !context.isPunctuated(position + 2) ? next + keys[position + 2] : nil
        for number in index.byFirst[key] ?? [] {
            let person = index.people[number]
            guard let surname = person.surname, next != surname else { continue }
            if isNear(next, surname) || sounds(next, like: surname) {
                add(person.source, .whole, position, position + 1, true, sourceLevel(person.source, index), "misspelt surname with first name of ")
            } else if let joined, joined == surname || isNear(joined, surname) || sounds(joined, like: surname) {
                add(
                    person.source, .whole, position, position + 2, true, sourceLevel(person.source, index), "surname split in two with first name of "
                )
            }
        }
        for number in index.bySurname[next] ?? [] where key != index.people[number].first {
            let person = index.people[number]
            if isNear(key, person.first) || key.count >= 3 && sounds(key, like: person.first) {
                add(person.source, .whole, position, position + 1, true, sourceLevel(person.source, index), "misspelt first name with surname of ")
            } else if position > 0, !context.isPunctuated(position),
                keys[position - 1] + key == person.first || isNear(keys[position - 1] + key, person.first)
                    || sounds(keys[position - 1] + key, like: person.first)
            {
                add(
                    person.source, .whole, position - 1, position + 1, true, sourceLevel(person.source, index),
                    "first name split in two with surname of ")
            }
        }
        // Both a little wrong: "wil hpoe", "terrence kng", "shaun o brian".
        guard key.count >= 3, index.byFirst[key] == nil else { return }
        for (surname, last) in [(next, position + 1)] + (joined.map { [($0, position + 2)] } ?? [])
        where surname.count >= 3 && index.bySurname[surname] == nil {
            for number in index.bySounds[SoundKey.of(key) + " " + SoundKey.of(surname)] ?? [] {
                let person = index.people[number]
                guard let own = person.surname, isNear(key, person.first) || isNear(surname, own) || sounds(key, like: person.first) else { continue }
                add(person.source, .whole, position, last, true, sourceLevel(person.source, index), "misspelt name of ")
            }
        }
    }

    /// "kestrel ct", "oakfield rd": a place's first word and its next abbreviated; "at oakfield":
    /// its first word alone, when that is not an everyday word.
    private static func placeParts(
        at position: Int, _ keys: [String], _ context: DraftContext, _ index: PersonIndex, _ names: [NameSource],
        _ add: Add
    ) {
        for (source, word) in index.longWords[keys[position]] ?? [] where word == 0 && names[source].kind == .place {
            guard let words = index.wordsOf[source], words.count >= 2, keys[position + 1 < context.count ? position + 1 : position] != words[1] else {
                continue
            }
            let next = position + 1 < context.count && !context.isPunctuated(position + 1) ? keys[position + 1] : nil
            if let next, next.count < words[1].count, placeAbbreviations[words[1]]?.contains(next) ?? words[1].hasPrefix(next) && next.count >= 2 {
                add(source, .whole, position, position + 1, false, index.levels[source], "abbreviation of ")
            } else if !EverydayWords.set.contains(keys[position]), !FirstNames.isEveryday(keys[position]) {
                add(source, .guessedName, position, position, false, .possible, "perhaps part of ")
            }
        }
    }

    private static let placeAbbreviations: [String: Set<String>] = [
        "court": ["ct", "crt"], "road": ["rd"], "street": ["st", "str"], "avenue": ["ave", "av"], "close": ["cl"], "drive": ["dr"],
        "gardens": ["gdns", "gdn"], "crescent": ["cres"], "lane": ["ln"], "terrace": ["ter", "terr"], "place": ["pl"], "square": ["sq"],
        "park": ["pk"], "primary": ["prim", "pri", "ps"], "school": ["sch"], "academy": ["acad"], "house": ["ho"], "estate": ["est"],
    ]

    /// A word of a name split in two by dictation, alone: "whit field kicked off", "hollow brook".
    private static func split(at position: Int, _ keys: [String], _ context: DraftContext, _ index: PersonIndex, _ names: [NameSource], _ add: Add) {
        guard position + 1 < context.count, !context.isPunctuated(position + 1), keys[position].count >= 2, keys[position + 1].count >= 2 else {
            return
        }
        let joined = keys[position] + keys[position + 1]
        for (source, word) in index.longWords[joined] ?? [] {
            let words = index.wordsOf[source] ?? []
            let name = names[source]
            if words.count == 1 {
                add(source, .whole, position, position + 1, true, name.level, "split in two: ")
            } else if word == words.count - 1, name.personLike, !name.exact {
                add(source, .surname, position, position + 1, true, name.level, "surname split in two: ")
            } else if !name.personLike, position + 1 + words.count - 1 - word < context.count {
                // The rest of a place's name after it: "oak field primary".
                let rest = (1..<(words.count - word)).allSatisfy { position + 1 + $0 < context.count && keys[position + 1 + $0] == words[word + $0] }
                if word == 0, rest { add(source, .whole, position, position + words.count, true, name.level, "split in two: ") }
            }
        }
    }

    /// "D.W.", "j.s.", "m.t-r", and capitals before what a person does: "DW's mum", "DW rang".
    private static func initials(_ keys: [String], _ context: DraftContext, _ index: PersonIndex, _ add: Add) {
        var position = 0
        while position < context.count {
            var letters: [String] = [], last = position
            while last < context.count, keys[last].count == 1, letters.count < 3,
                last == position || isJoiner(context.words.gap(before: last))
            {
                letters.append(keys[last])
                last += 1
            }
            last -= 1
            let dotted = letters.count >= 2 && context.words.gap(before: position + 1).first == UInt8(ascii: ".")
            if dotted, !abbreviations.contains(letters.joined()) {
                for person in matching(letters, index) {
                    add(person.source, .initials, position, last, false, sourceLevel(person.source, index), "initials of ")
                }
                position = last + 1
                continue
            }
            // Bare capitals: "DW's mum", "DW rang".
            let written = context.words.written(position)
            if (2...3).contains(keys[position].count), context.isAllCapitals(position), !abbreviations.contains(keys[position]),
                written.count > keys[position].count || !context.classes(position + 1).isDisjoint(with: [.personVerb, .caseVerb, .kin])
            {
                for person in matching(keys[position].map(String.init), index) {
                    add(person.source, .initials, position, position, false, sourceLevel(person.source, index), "initials of ")
                }
            }
            position += 1
        }
    }

    /// The people whose initials are `letters`: first and surname ("dw"), or first and each
    /// word of a hyphenated surname ("mtr").
    private static func matching(_ letters: [String], _ index: PersonIndex) -> [PersonIndex.Person] {
        guard let first = letters.first, let last = letters.last else { return [] }
        let candidates = (index.byInitials[first + last] ?? []) + (letters.count == 3 ? index.byInitials[first + letters[1]] ?? [] : [])
        return Array(Set(candidates)).sorted().compactMap { number in
            let person = index.people[number]
            guard person.first.hasPrefix(letters[0]), let surname = person.surname else { return nil }
            let rest = Array(letters.dropFirst())
            if rest.count == 1, surname.hasPrefix(rest[0]) { return person }
            if rest.count == person.surnameWords.count, zip(rest, person.surnameWords).allSatisfy({ $1.hasPrefix($0) }) { return person }
            return nil
        }
    }

    /// Letter sequences that are abbreviations, not initials ("GP rang", "the P.E. teacher").
    private static let abbreviations: Set<String> = [
        "eg", "ie", "am", "pm", "ps", "nb", "uk", "us", "rip", "asap", "bbq", "etc", "aka", "fyi", "dob", "po", "gp", "tv", "dj", "mp",
        "pc", "rsvp", "tbc", "tba", "vs", "ok", "ad", "bc", "ac", "dc", "lol", "omg", "wtf", "idk", "btw", "ppl", "hr", "cv", "pe",
        "re", "it", "id", "nhs", "bbc", "itv", "dvd", "mot", "pt", "ot", "dm", "pa", "ta", "ty", "nyc", "gb", "eu", "ae",
    ]

    /// Whether the bytes between two letters join them into initials: "." and spaces, "-".
    private static func isJoiner(_ gap: UnsafeBufferPointer<UInt8>) -> Bool {
        !gap.isEmpty && gap.count <= 3 && gap.allSatisfy { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") }
            && gap.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") }
    }

    /// Runs of the draft between white space that hold a "*", a digit among letters, a letter
    /// spelt with a symbol, or follow "@" or "#"; and letters spelt out one by one ("w h i t").
    private static func tokens(_ context: DraftContext) -> [(first: Int, last: Int, text: String)] {
        var found: [(first: Int, last: Int, text: String)] = []
        let bytes = context.words.bytes
        var start = 0
        func close(_ end: Int) {
            defer { start = end + 1 }
            guard end - start >= 4 else { return }
            let run = UnsafeBufferPointer(rebasing: bytes[start..<end])
            let marked = run.first == UInt8(ascii: "@") || run.first == UInt8(ascii: "#")
            let masked = run.contains {
                $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "$") || $0 == UInt8(ascii: "@") && run.first != UInt8(ascii: "@")
            }
            var letters = 0
            for byte in run where (byte | 0x20) &- UInt8(ascii: "a") < 26 { letters += 1 }
            let leet =
                letters >= 2
                && run.enumerated().contains { offset, byte in
                    byte &- UInt8(ascii: "0") < 10 && offset > 0 && offset < run.count - 1
                        && (run[offset - 1] | 0x20) &- UInt8(ascii: "a") < 26 && (run[offset + 1] | 0x20) &- UInt8(ascii: "a") < 26
                }
            guard letters >= 2, marked || masked || leet else { return }
            let first = context.words.position(containing: start), last = context.words.position(containing: end - 1)
            guard first < context.count else { return }
            found.append((first, min(max(first, last), context.count - 1), String(decoding: run, as: UTF8.self)))
        }
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") {
            close(offset)
        }
        close(bytes.count)
        // Spelt out: four or more single letters apart by single spaces.
        var position = 0
        while position < context.count {
            var end = position
            while end + 1 < context.count, context.folded(end).utf8.count == 1, context.folded(end + 1).utf8.count == 1,
                context.words.gap(before: end + 1).elementsEqual([UInt8(ascii: " ")])
            {
                end += 1
            }
            if end - position >= 3 { found.append((position, end, (position...end).map { context.folded($0) }.joined())) }
            position = end + 1
        }
        return found
    }

    /// A handle, hashtag, masked or spelt-out token that holds a name.
    private static func disguised(_ text: String, _ first: Int, _ last: Int, _ context: DraftContext, _ index: PersonIndex, _ add: Add) {
        let handle = text.first == "@" || text.first == "#"
        let letters = String(
            text.lowercased().compactMap { character -> Character? in
                if let leet = leets[character] { return handle ? (character.isNumber ? nil : leet) : leet }
                return character.isLetter || character == "*" ? character : nil
            })
        guard letters.count >= 4 else { return }
        for person in index.people {
            let level = sourceLevel(person.source, index)
            if let surname = person.surname {
                if handle {
                    let forms = [
                        person.first + surname, surname + person.first, String(person.first.prefix(1)) + surname,
                        person.first + String(surname.prefix(1)),
                    ]
                    if forms.contains(where: { letters.contains($0) }) || surname.count >= 5 && letters.contains(surname) {
                        add(person.source, .disguised, first, last, false, level, "handle or hashtag with the name of ")
                        continue
                    }
                } else if fits(letters, surname) || fits(letters, person.first + surname)
                    || person.surnameWords.contains(where: { fits(letters, $0) })
                {
                    add(person.source, .disguised, first, last, false, level, "disguised name of ")
                    continue
                }
            }
            guard person.first.count >= 4 else { continue }
            if handle, letters.contains(person.first) {
                // A distinctive first name in a hashtag is a campaign or a page about the person.
                let distinctive = person.first.count >= 5 && !FirstNames.isEveryday(person.first) && !EverydayWords.set.contains(person.first)
                add(
                    person.source, distinctive ? .disguised : .firstName, first, last, false, distinctive ? level : .possible,
                    "handle or hashtag with the first name of ")
            } else if !handle, fits(letters, person.first) {
                add(person.source, .firstName, first, last, false, .possible, "disguised first name of ")
            }
        }
    }

    /// Digits and symbols people type for letters.
    private static let leets: [Character: Character] = [
        "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", "$": "s", "!": "i",
    ]

    /// Whether a token with `*` for hidden letters fits `word`: letters equal where shown (a
    /// "1" may also be an "l"), each run of `*` one or more hidden letters, and at least half of
    /// the word's letters shown.
    private static func fits(_ token: String, _ word: String) -> Bool {
        let shown = token.filter { $0 != "*" }.count
        guard shown * 2 >= word.count, word.count >= 4 else { return false }
        let pattern = Array(token), letters = Array(word)
        func match(_ p: Int, _ w: Int) -> Bool {
            if p == pattern.count { return w == letters.count }
            if pattern[p] == "*" {
                var next = p
                while next < pattern.count, pattern[next] == "*" { next += 1 }
                return (w + 1...max(w + 1, letters.count)).contains { $0 <= letters.count && match(next, $0) }
            }
            guard w < letters.count else { return false }
            let same = pattern[p] == letters[w] || pattern[p] == "i" && letters[w] == "l"
            return same && match(p + 1, w + 1)
        }
        return match(0, 0)
    }

    /// Letters and digits read out by voice: "a b one two three four five six" is "ab123456",
    /// "oh seven seven double oh nine…" a phone number.
    /// Adds the protected terms read out; returns the phone numbers read out.
    private static func spelledOut(_ keys: [String], _ context: DraftContext, _ index: PersonIndex, _ add: Add) -> [(Int, Int)] {
        var numbers: [(Int, Int)] = []
        var position = 0
        while position < context.count {
            var text = "", end = position, repeatNext = 1
            while end < context.count, end == position || !context.isPunctuated(end) {
                let key = keys[end]
                if let digit = spokenDigits[key] {
                    text += String(repeating: digit, count: repeatNext)
                    repeatNext = 1
                } else if key == "double" || key == "triple" || key == "treble" {
                    repeatNext = key == "double" ? 2 : 3
                } else if key.count == 1, key.first!.isLetter, key != "a" || text.isEmpty {
                    text += key
                } else if key.count == 2, text.isEmpty, key.allSatisfy(\.isLetter), context.isAllCapitals(end) {
                    // A reference read out after its letters: "AB one two three…".
                    text += key
                } else {
                    break
                }
                end += 1
            }
            let digits = text.filter(\.isNumber).count
            if end - position >= 5, digits >= 5 {
                for (source, _) in index.longWords[text] ?? [] {
                    add(source, .whole, position, end - 1, false, index.levels[source], "read out: ")
                }
                if (10...15).contains(digits), text.allSatisfy(\.isNumber) { numbers.append((position, end - 1)) }
            }
            position = max(end, position + 1)
        }
        return numbers
    }

    private static let spokenDigits: [String: String] = [
        "zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
        "six": "6", "seven": "7", "eight": "8", "nine": "9",
    ]

    /// One wrong letter (added, removed, changed or two swapped), in a word of three letters or more.
    static func isNear(_ word: String, _ name: String) -> Bool {
        word.count >= 3 && name.count >= 3 && word != name
            && OneEdit.apart(word.unicodeScalars.map(\.value), name.unicodeScalars.map(\.value))
    }

    /// The same sound (`SoundKey`), for words of three letters or more that start alike.
    static func sounds(_ word: String, like name: String) -> Bool {
        word.count >= 3 && word.first == name.first && SoundKey.of(word) == SoundKey.of(name)
    }

    private static func sourceLevel(_ source: Int, _ index: PersonIndex) -> Finding.Level { index.levels[source] }
}
