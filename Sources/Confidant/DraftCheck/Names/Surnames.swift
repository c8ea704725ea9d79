/// Common surnames (`SurnameData`: the 20,000 most common of the US 1990 Census list, which
/// holds most British ones too), to tell a namesake: a protected first name followed by someone
/// else's surname is someone else ("Amy Adams" is not a client Amy Little).
enum Surnames {
    /// Whether the folded `word` is a common surname.
    static func contains(_ word: String) -> Bool { table.find(word) >= 0 }

    private static let table: WordTable = {
        var table = WordTable(capacity: 32_768)
        var text = SurnameData.text
        text.withUTF8 { bytes in DataLines.forEach(in: bytes) { table.insert($0) } }
        return table
    }()
}
