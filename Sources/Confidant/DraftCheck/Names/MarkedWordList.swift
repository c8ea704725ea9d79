/// A generated word list (`FirstNameData`, `SurnameData`): one word a line, a "*" after a word
/// that is also an everyday English word. Read from the data's bytes into a `WordTable` (a `Set`
/// of strings took ten times as long to build).
struct MarkedWordList {
    private var words: WordTable
    private var marked: [Bool] = []

    init(_ text: String, capacity: Int) {
        words = WordTable(capacity: capacity)
        var text = text
        text.withUTF8 { bytes in
            DataLines.forEach(in: bytes) { line in
                let mark = line.last == UInt8(ascii: "*")
                words.insert(mark ? UnsafeBufferPointer(rebasing: line.dropLast()) : line)
                marked.append(mark)
            }
        }
    }

    /// Whether the folded `word` is in the list.
    func contains(_ word: String) -> Bool { words.find(word) >= 0 }

    /// Whether the folded `word` is in the list and marked as an everyday word.
    func isMarked(_ word: String) -> Bool {
        let id = words.find(word)
        return id >= 0 && marked[Int(id)]
    }
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
