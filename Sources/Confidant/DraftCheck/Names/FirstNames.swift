/// Given names people in the UK have (`FirstNameData`: names common in Great Britain or Ireland,
/// or in the countries most of the UK's other communities come from, and the US Census's). The
/// draft check uses them to tell a namesake ("Andy Murray" is not a client Jordan Murray) and to
/// notice a person whom the vault does not know (`UnlistedNames`). A name that is also an everyday
/// English word ("will", "jade", "grant") counts only when written with a capital.
enum FirstNames {
    /// Whether the folded `word` is a given name, as written (`capitalised`).
    static func isGivenName(_ word: String, capitalised: Bool) -> Bool {
        let id = table.words.find(word)
        return id >= 0 && (capitalised || !table.everyday[Int(id)])
    }

    /// Whether the folded `word` is a given name that is also an everyday English word.
    static func isEveryday(_ word: String) -> Bool {
        let id = table.words.find(word)
        return id >= 0 && table.everyday[Int(id)]
    }

    // MARK: Helpers

    /// The names, and by name whether it is also an everyday word: read from the data's bytes
    /// into a `WordTable` (a `Set` of strings took ten times as long to build).
    private static let table: (words: WordTable, everyday: [Bool]) = {
        var words = WordTable(capacity: 16_384), everyday: [Bool] = []
        var text = FirstNameData.text
        text.withUTF8 { bytes in
            DataLines.forEach(in: bytes) { line in
                let marked = line.last == UInt8(ascii: "*")
                words.insert(marked ? UnsafeBufferPointer(rebasing: line.dropLast()) : line)
                everyday.append(marked)
            }
        }
        return (words, everyday)
    }()
}

/// The lines of a generated data string, without their indentation.
enum DataLines {
    /// Calls `body` with each line that is not empty, leading spaces left out.
    static func forEach(in bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var start = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "\n") {
            var first = start
            while first < index, bytes[first] == UInt8(ascii: " ") { first += 1 }
            if first < index { body(UnsafeBufferPointer(rebasing: bytes[first..<index])) }
            start = index + 1
        }
    }
}
