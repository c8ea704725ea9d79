/// Given names people in the UK have (`FirstNameData`: names common in Great Britain or Ireland,
/// or in the countries most of the UK's other communities come from, and the US Census's). The
/// draft check uses them to tell a namesake ("Andy Murray" is not a client Jordan Murray) and to
/// notice a person whom the vault does not know (`UnlistedNames`). A name that is also an everyday
/// English word ("will", "jade", "grant") counts only when written with a capital.
enum FirstNames {
    /// Whether the folded `word` is a given name, as written (`capitalised`).
    static func isGivenName(_ word: String, capitalised: Bool) -> Bool {
        table.contains(word) && (capitalised || !table.isMarked(word))
    }

    /// Whether the folded `word` is a given name that is also an everyday English word.
    static func isEveryday(_ word: String) -> Bool {
        table.isMarked(word)
    }

    // MARK: Helpers

    private static let table = MarkedWordList(FirstNameData.text)
}
