/// Common surnames (`SurnameData`: the 20,000 most common of the US 1990 Census list, which
/// holds most British ones too), to tell a namesake: a protected first name followed by someone
/// else's surname is someone else ("Amy Adams" is not a client Amy Little).
enum Surnames {
    /// Whether the folded `word` is a common surname.
    static func contains(_ word: String) -> Bool { table.contains(word) }

    private static let table = Set(SurnameData.text.split(separator: "\n").map(String.init))
}
