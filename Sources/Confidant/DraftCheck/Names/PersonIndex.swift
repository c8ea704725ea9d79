/// The protected people (and supporters at work) by the parts of their names, for the matchers
/// that work beside the automaton (`MoreNames`): by first name, by surname, by the sound of both,
/// by the short forms of the first name, and every long word of every name.
///
/// Built for one draft from the names that could be in it — those with a first name or surname
/// among its words or its pairs of words run together, a first name whose short form it holds
/// (by the dataset or a stem of one of its words), or a first name and surname that sound like two
/// of its words in a row — so a short draft costs one pass over the names however many the vault
/// holds. A draft with initials, a handle or a masked word needs every name (`everyone`).
struct PersonIndex {
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

    private(set) var people: [Person] = []
    private(set) var byFirst: [String: [Int]] = [:]
    private(set) var bySurname: [String: [Int]] = [:]
    private(set) var byShortForm: [String: [Int]] = [:]
    /// Short forms guessed by rule (`ShortForms.guessed`), which count alone only in a draft about the work.
    private(set) var byGuessedForm: [String: [Int]] = [:]
    private(set) var bySounds: [String: [Int]] = [:]
    /// By the first letters of first name and surname ("dw").
    private(set) var byInitials: [String: [Int]] = [:]
    /// Words of the names, five letters or more (for names split in two).
    private(set) var longWords: [String: [(source: Int, word: Int)]] = [:]
    /// By source: its folded words, and the level of a match of its whole.
    private(set) var wordsOf: [Int: [String]] = [:]
    let levels: [Finding.Level]
    private var formsOf: [String: (known: [String], guessed: [String])] = [:]

    /// The index of the names among `sources` numbered in `relevant` (`Relevance`), or of every
    /// name when `everyone` (a draft with initials, a handle or a masked word).
    init(_ sources: [NameSource], relevant: [Int], everyone: Bool = false) {
        levels = sources.map(\.level)
        let chosen = Set(relevant)
        var name = NameWords()
        for number in everyone ? Array(sources.indices) : relevant {
            let source = sources[number]
            name.read(source.text, personLike: source.personLike)
            guard name.words.count > 0 else { continue }
            let first = Self.firstName(in: name.words)
            let words = (0..<name.words.count).map { index in name.words.withWord(index) { String(decoding: $0, as: UTF8.self) } }
            add(number, source, words: words, named: Array(words[first...]), forms: chosen.contains(number))
        }
    }

    /// The people a folded word can be the short form of ("gaz", "gazza" for gary and gareth),
    /// each with whether only by a guessed form.
    func people(withShortForm form: String) -> [(person: Int, guessed: Bool)] {
        (byShortForm[form] ?? []).map { ($0, false) } + (byGuessedForm[form] ?? []).map { ($0, true) }
    }

    // MARK: Helpers

    fileprivate static let titles: WordTable = {
        var table = WordTable()
        for title in NameForms.titles { table.insert(title) }
        return table
    }()

    /// Adds a name; its short forms and sounds only with `forms` (a name that is only in the index
    /// for its initials or a disguise needs neither).
    private mutating func add(_ number: Int, _ source: NameSource, words: [String], named: [String], forms: Bool) {
        wordsOf[number] = words
        for (position, word) in words.enumerated() where word.count >= 5 { longWords[word, default: []].append((number, position)) }
        guard source.personLike, !source.exact, let first = named.first else { return }
        let surname = named.count > 1 ? named.last : nil
        let index = people.count
        // Hyphenated surnames come as several words: "thompson", "reid".
        let surnameWords = named.count > 2 ? Array(named.dropFirst()) : surname.map { [$0] } ?? []
        people.append(
            Person(
                source: number, first: first, surname: surname, surnameWords: surnameWords,
                firstSound: forms ? SoundKey.of(first) : "", surnameSound: forms ? surname.map(SoundKey.of) : nil))
        byFirst[first, default: []].append(index)
        if let surname {
            bySurname[surname, default: []].append(index)
            if let a = first.first, let b = surname.first { byInitials[String([a, b]), default: []].append(index) }
        }
        guard forms else { return }
        // Many people share a first name: its forms are worked out once.
        let (known, guessed) = formsOf[first] ?? (ShortForms.of(first).filter { $0.count >= 3 }, ShortForms.guessed(first))
        formsOf[first] = (known, guessed)
        for form in known { byShortForm[form, default: []].append(index) }
        for form in guessed { byGuessedForm[form, default: []].append(index) }
        for form in surname.map(ShortForms.ofSurname) ?? [] where byFirst[form] == nil { byGuessedForm[form, default: []].append(index) }
        if let sound = people[index].surnameSound { bySounds[people[index].firstSound + " " + sound, default: []].append(index) }
    }

    /// The position of the first name among a name's folded words: after any titles.
    static func firstName(in words: WordList) -> Int {
        var first = 0
        while first + 1 < words.count, words.withWord(first, { titles.find($0) >= 0 }) { first += 1 }
        return first
    }

    /// What a draft holds, for deciding cheaply, in bytes, which names could be in it: a name is
    /// relevant when it could be (`mayHold`). It also keeps which of the draft's words are words of
    /// a name it was shown (`noteWords`, `isNameWord`): never an unlisted name.
    struct Relevance {
        /// Its words, without possessives.
        var keys = WordTable()
        /// By key: whether it is a word of a name shown to `noteWords`.
        private var nameWords: [Bool] = []
        /// Each two neighbouring words run together ("whit field"), and three ("o brien").
        var joined = WordTable()
        /// Its words, and its words less a short form's ending ("gazza" → "ga", "jordy" → "jord"):
        /// a first name starting so may be shortened to it; and the full names the dataset gives.
        var stems = WordTable()
        var fullNames = WordTable()
        /// By the first two letters of a stem: whether there is one (most names start otherwise).
        var stemStarts = [Bool](repeating: false, count: 256 * 256)
        /// The sounds of each two neighbouring words (`SoundKey`), "sound sound".
        var soundPairs = WordTable()
        /// By the first sounds of two neighbouring words: whether the draft has such a pair (a
        /// name's sounds are worked out only when it does).
        var soundStarts = [Bool](repeating: false, count: 256 * 256)
        private var scratch: [UInt8] = []

        init(_ context: DraftContext) {
            let keys = context.distinctKeys
            var sounds: [[UInt8]] = []
            for key in keys {
                var bytes = Array(key.utf8)
                self.keys.insert(key)
                // A word may be a first name cut short ("nath", "ste") or with an ending ("gazza",
                // "jordy"); the stem of a British "-z" form is two letters ("ga"), of the others three.
                if (3...5).contains(bytes.count) { stems.insert(key) }
                for suffix in ["zza", "z", "ie", "y", "o", "s"]
                where key.hasSuffix(suffix) && bytes.count - suffix.utf8.count >= (suffix.hasPrefix("z") ? 2 : 3) {
                    let stem = String(key.dropLast(suffix.count))
                    stems.insert(stem)
                    for name in ShortForms.names(for: stem) + ShortForms.names(for: stem + "e") { fullNames.insert(name) }
                    // A doubled letter before "-y": "tommy" is "tom".
                    if let last = stem.last, stem.dropLast().last == last { stems.insert(String(stem.dropLast())) }
                }
                for name in ShortForms.names(for: key) { fullNames.insert(name) }
                var sound: [UInt8] = []
                bytes.withUnsafeBufferPointer { SoundKey.append($0, to: &sound) }
                sounds.append(sound)
                bytes.removeAll()
            }
            nameWords = [Bool](repeating: false, count: self.keys.count)
            for id in 0..<Int32(stems.count) {
                stems.withWord(id) { stem in if stem.count >= 2 { stemStarts[Int(stem[0]) << 8 | Int(stem[1])] = true } }
            }
            var pair: [UInt8] = []
            for position in 0..<max(0, context.count - 1) where !context.isPunctuated(position + 1) {
                let first = Int(context.words.ids[position]), second = Int(context.words.ids[position + 1])
                let (a, b) = (keys[first].utf8, keys[second].utf8)
                pair.removeAll(keepingCapacity: true)
                pair.append(contentsOf: a)
                pair.append(contentsOf: b)
                if pair.count >= 5 { pair.withUnsafeBufferPointer { _ = joined.insert($0) } }
                let third = position + 2 < context.count && !context.isPunctuated(position + 2) ? Int(context.words.ids[position + 2]) : nil
                if let third, a.count <= 2 || keys[third].utf8.count <= 4 {
                    pair.append(contentsOf: keys[third].utf8)
                    pair.withUnsafeBufferPointer { _ = joined.insert($0) }
                }
                guard a.count >= 3, let firstSound = sounds[first].first else { continue }
                if b.count >= 3, let secondSound = sounds[second].first {
                    addSoundPair(sounds[first], sounds[second])
                    soundStarts[Int(firstSound) << 8 | Int(secondSound)] = true
                }
                // A surname split by dictation after a short first part: "shaun o brian".
                if let third, b.count <= 3 {
                    var joinedSound: [UInt8] = []
                    (Array(b) + Array(keys[third].utf8)).withUnsafeBufferPointer { SoundKey.append($0, to: &joinedSound) }
                    addSoundPair(sounds[first], joinedSound)
                    if let secondSound = joinedSound.first { soundStarts[Int(firstSound) << 8 | Int(secondSound)] = true }
                }
            }
        }

        private mutating func addSoundPair(_ first: [UInt8], _ second: [UInt8]) {
            scratch.removeAll(keepingCapacity: true)
            scratch.append(contentsOf: first)
            scratch.append(UInt8(ascii: " "))
            scratch.append(contentsOf: second)
            scratch.withUnsafeBufferPointer { _ = soundPairs.insert($0) }
        }

        /// Notes which of the draft's words are among a name's folded `words`.
        mutating func noteWords(_ words: WordList) {
            for index in 0..<words.count {
                let key = words.withWord(index) { keys.find($0) }
                if key >= 0 { nameWords[Int(key)] = true }
            }
        }

        /// Whether `key`, a draft word without its possessive (`DraftContext.key`), is a word of a
        /// name shown to `noteWords`.
        func isNameWord(_ key: String) -> Bool {
            let found = keys.find(key)
            return found >= 0 && nameWords[Int(found)]
        }

        /// Whether a name of these folded `words` could be in the draft.
        mutating func mayHold(_ words: WordList) -> Bool {
            guard words.count > 0 else { return false }
            let first = PersonIndex.firstName(in: words)
            for index in 0..<words.count {
                let found = words.withWord(index) { word in keys.find(word) >= 0 || word.count >= 5 && joined.find(word) >= 0 }
                if found { return true }
            }
            // A first name, or a surname, may be cut short: "nath", "sully".
            let shortened = [first, words.count - 1].contains { position in
                words.withWord(position) { name -> Bool in
                    if fullNames.find(name) >= 0 { return true }
                    guard name.count >= 2, stemStarts[Int(name[0]) << 8 | Int(name[1])] else { return false }
                    for length in stride(from: 2, through: min(6, name.count), by: 1)
                    where stems.find(UnsafeBufferPointer(rebasing: name[..<length])) >= 0 {
                        return true
                    }
                    return false
                }
            }
            guard !shortened else { return true }
            guard words.count - first >= 2 else { return false }
            let starts = words.withWord(first, SoundKey.firstSound) << 8 | words.withWord(words.count - 1, SoundKey.firstSound)
            guard soundStarts[starts] else { return false }
            scratch.removeAll(keepingCapacity: true)
            words.withWord(first) { SoundKey.append($0, to: &scratch) }
            scratch.append(UInt8(ascii: " "))
            words.withWord(words.count - 1) { SoundKey.append($0, to: &scratch) }
            return scratch.withUnsafeBufferPointer { soundPairs.find($0) >= 0 }
        }
    }
}
