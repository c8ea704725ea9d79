/// Common surnames (`SurnameData`: the 20,000 most common of the US 1990 Census list, sorted, which
/// holds most British ones too), to tell a namesake: a protected first name followed by someone
/// else's surname is someone else ("Amy Adams" is not a client Amy Little).
enum Surnames {
    /// Whether the folded `word` is a common surname.
    static func contains(_ word: String) -> Bool { table.contains(word) }

    /// Whether the folded `word` is a common surname that is also an everyday English word
    /// ("baker", "blue", "house").
    static func isEveryday(_ word: String) -> Bool { table.isMarked(word) }

    private static let table = MarkedWordList(SurnameData.text)
}
