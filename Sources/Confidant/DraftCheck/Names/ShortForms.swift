/// The short forms people use for a given name: the hand-curated `nicknames` dataset
/// (`NicknameData`: "christopher: chris, kit", "michael: mick, mikey") and, because that dataset
/// is American, the British forms made by rules: the name up to its first vowel and a "z", or
/// "zza" ("gary": gaz, gazza; "sharon": shaz, shazza; "darren": daz, dazza), and the first
/// syllable alone or with "-y", "-o" or "-s" ("nath", "jordy", "jords").
/// `terms add` offers them so the user can say which one a person goes by; the draft check finds
/// a short form with the surname as the person ("gaz turner") and alone as a first name is found.
enum ShortForms {
    /// The short forms of the folded given name `name` that people are known to use: the
    /// dataset's, then the British "-z" and "-zza" forms; without `name` itself.
    static func of(_ name: String) -> [String] {
        var forms = dataset.forms(of: name)
        for form in british(name) where !forms.contains(form) && form != name && !notShortForms.contains(form) { forms.append(form) }
        return forms
    }

    /// The forms `made(_:)` guesses for `name` and for its known short forms ("chris": chrissy,
    /// "steve": stevo), less the known ones and those that are other words.
    static func guessed(_ name: String) -> [String] {
        let known = of(name)
        var forms = made(name)
        for form in known where form.count >= 3 {
            guard let last = form.last, last != "y" else { continue }
            if last == "e" { forms += [form.dropLast() + "o", form.dropLast() + "y", form.dropLast() + "ie"] }
            guard !vowels.contains(last) else { continue }
            forms += [form + "o", form + "y", form + "ie", form + String(last) + "y", form + String(last) + "ie"]
        }
        let exclude = Set(known)
        return forms.filter { !exclude.contains($0) && $0 != name && !notShortForms.contains($0) && !EverydayWords.set.contains($0) }
    }

    /// The nicknames people make of a surname, guessed like `made(_:)`: its first syllable with
    /// "-y", "-o" or "-s" ("sully" for sullivan, "coops" for cooper, "fish" for fisher) and the
    /// whole with "-y" or "-sy" ("hopey", "hughesy", "bakesy").
    static func ofSurname(_ surname: String) -> [String] {
        var forms = made(surname).filter { $0.count >= 4 || $0.hasSuffix("y") }
        if surname.count >= 4 {
            forms += surname.hasSuffix("e") ? [surname + "y"] : surname.hasSuffix("s") ? [surname + "y"] : [surname + "sy"]
        }
        return forms.filter { $0 != surname && !notShortForms.contains($0) && !EverydayWords.set.contains($0) }
    }

    /// The full names a folded short form can stand for in the dataset ("mick": michael).
    static func names(for form: String) -> [String] {
        dataset.names(for: form)
    }

    // MARK: Helpers

    private static let dataset = Dataset()

    /// The dataset read from its bytes into word tables: names and forms by number, and by
    /// number which forms a name has and which names a form stands for. (Parsed as strings into
    /// dictionaries it cost more than the rest of a one-line draft check.)
    private struct Dataset {
        private var names = WordTable(capacity: 1_200), forms = WordTable(capacity: 2_400)
        private var formsOf: [[Int32]] = [], namesOf: [[Int32]] = []

        init() {
            var text = NicknameData.text
            text.withUTF8 { bytes in
                DataLines.forEach(in: bytes) { line in
                    guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return }
                    let name = names.insert(UnsafeBufferPointer(rebasing: line[..<colon]))
                    if Int(name) == formsOf.count { formsOf.append([]) }
                    var start = colon + 1
                    for index in (colon + 1)...line.count where index == line.count || line[index] == UInt8(ascii: ",") {
                        if index > start {
                            let form = forms.insert(UnsafeBufferPointer(rebasing: line[start..<index]))
                            if Int(form) == namesOf.count { namesOf.append([]) }
                            formsOf[Int(name)].append(form)
                            namesOf[Int(form)].append(name)
                        }
                        start = index + 1
                    }
                }
            }
        }

        func forms(of name: String) -> [String] {
            let id = names.find(name)
            return id < 0 ? [] : formsOf[Int(id)].map { forms.withWord($0) { String(decoding: $0, as: UTF8.self) } }
        }

        func names(for form: String) -> [String] {
            let id = forms.find(form)
            return id < 0 ? [] : namesOf[Int(id)].map { names.withWord($0) { String(decoding: $0, as: UTF8.self) } }
        }
    }

    /// "gary" → gaz, gazza: the letters up to and including the first vowel after the first
    /// consonants, then "z" and "zza". Names of three letters or fewer, and names that start with
    /// a vowel, have none.
    static func british(_ name: String) -> [String] {
        let letters = Array(name)
        guard letters.count > 3, let first = letters.first, !vowels.contains(first) else { return [] }
        guard let vowel = letters.firstIndex(where: { vowels.contains($0) }), vowel + 1 < letters.count else { return [] }
        let stem = String(letters[...vowel])
        return [stem + "z", stem + "zza"]
    }

    /// The other British patterns, guessed: the first syllable ("nath", "steph", "jord", "ste"),
    /// and it or the whole name with "-y", "-o" or "-s" ("jordy", "tommy", "jords", "seany",
    /// "deano"). Far more of these are other words than of the dataset's, so the draft check
    /// counts one alone only in a draft about the work.
    static func made(_ name: String) -> [String] {
        let letters = Array(name)
        guard letters.count > 3, let vowel = letters.firstIndex(where: { vowels.contains($0) }) else { return [] }
        var end = vowel + 1
        while end < letters.count, vowels.contains(letters[end]) { end += 1 }
        var syllable = end
        while syllable < letters.count, !vowels.contains(letters[syllable]), letters[syllable] != "y" { syllable += 1 }
        // A doubled consonant is one: "darren" is "dar".
        if syllable - end == 2, letters[end] == letters[end + 1] { syllable = end + 1 }
        let stem = String(letters[..<syllable])
        var forms: [String] = []
        if end >= 3 { forms.append(String(letters[..<end])) }
        if stem.count >= 3, stem.count < letters.count {
            forms += [stem, stem + "s", stem + "o", stem + "y", stem + "ie"]
            if let last = stem.last, !vowels.contains(last) { forms += [stem + String(last) + "y", stem + String(last) + "ie"] }
        }
        if let last = letters.last, !vowels.contains(last), last != "y" { forms += [name + "y", name + "o"] }
        return forms
    }

    /// Forms the rules make that are far more often other words.
    private static let notShortForms: Set<String> = [
        "sez", "mar", "ter", "steps", "tom", "bar", "bars", "lean", "leans", "mark", "marks", "marko", "dar", "car", "cars", "care",
        "bare", "dare", "barro", "don", "dons", "con", "cons", "den", "dens", "pen", "pens", "ten", "tens", "sam", "sams", "kit",
        "kits", "sue", "ray", "rays", "les", "lee", "mike", "mikes", "ben", "bens", "jo", "joy", "jay", "kay", "may", "ned",
        "stephs", "chri", "christ", "christy", "christo", "nathy", "sean", "seano", "seans", "deans", "deano", "ter", "tery",
    ]

    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
}
