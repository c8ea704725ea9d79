/// The protected people (and supporters at work) by the parts of their names, for the matchers
/// that work beside the automaton (`MoreNames`): by first name, by surname, by the sound of both,
/// by the short forms of the first name, and every long word of every name. Built the
/// first time a draft needs it, once per scanner.
final class PersonIndex: @unchecked Sendable {
    /// One name.
    struct Person {
        /// The source's number among the scanner's names.
        let source: Int
        /// Folded words, titles left out: the first name, the surname.
        let first: String
        let surname: String?
        /// The surname's words when it has several ("thompson", "reid").
        let surnameWords: [String]
        let firstSound: String
        let surnameSound: String?
    }

    let people: [Person]
    private(set) var byFirst: [String: [Int]] = [:]
    private(set) var bySurname: [String: [Int]] = [:]
    private(set) var byShortForm: [String: [Int]] = [:]
    /// Short forms guessed by rule (`ShortForms.guessed`), which count alone only in a draft about the work.
    private(set) var byGuessedForm: [String: [Int]] = [:]
    private(set) var bySounds: [String: [Int]] = [:]
    /// Words of every protected name and term, five letters or more (for names split in two).
    private(set) var longWords: [String: [(source: Int, word: Int)]] = [:]
    /// By source: its folded words, and the level of a match of its whole.
    private(set) var wordsOf: [Int: [String]] = [:]
    let levels: [Finding.Level]

    /// The index of `sources`; only person-like names that are not exact get a `Person`.
    init(_ sources: [NameSource]) {
        var people: [Person] = []
        levels = sources.map(\.level)
        for (number, source) in sources.enumerated() {
            let words = TextFolding.words(source.personLike ? NameWords.asWritten(source.text) : source.text)
                .map { $0.replacingOccurrences(of: "'", with: "") }
            wordsOf[number] = words
            for (position, word) in words.enumerated() where word.count >= 5 { longWords[word, default: []].append((number, position)) }
            guard source.personLike, !source.exact else { continue }
            let name = Array(words.drop { NameForms.titles.contains($0) })
            guard let first = name.first else { continue }
            let surname = name.count > 1 ? name.last : nil
            let index = people.count
            // Hyphenated surnames come as several words: "thompson", "reid".
            let surnameWords = name.count > 2 ? Array(name.dropFirst()) : surname.map { [$0] } ?? []
            people.append(Person(source: number, first: first, surname: surname, surnameWords: surnameWords,
                                 firstSound: SoundKey.of(first), surnameSound: surname.map(SoundKey.of)))
            byFirst[first, default: []].append(index)
            if let surname { bySurname[surname, default: []].append(index) }
            for form in ShortForms.of(first) where form.count >= 3 { byShortForm[form, default: []].append(index) }
            for form in ShortForms.guessed(first) { byGuessedForm[form, default: []].append(index) }
            if let sound = people[index].surnameSound { bySounds[people[index].firstSound + " " + sound, default: []].append(index) }
        }
        self.people = people
    }

    /// The people a folded word can be the short form of ("gaz", "gazza" for gary and gareth),
    /// each with whether only by a guessed form.
    func people(withShortForm form: String) -> [(person: Int, guessed: Bool)] {
        (byShortForm[form] ?? []).map { ($0, false) } + (byGuessedForm[form] ?? []).map { ($0, true) }
    }
}
