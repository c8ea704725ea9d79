/// A generated word list (`FirstNameData`, `SurnameData`): one word a line, sorted in byte
/// order, a "*" after a word that is also an everyday English word. Looked up by binary search
/// in the data's own bytes: nothing is built, so a draft that needs one lookup pays for one, not
/// for reading 20,000 lines into a table.
struct MarkedWordList: Sendable {
    private let text: String

    init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        self.text = text
    }

    /// Whether the folded `word` is in the list.
    func contains(_ word: String) -> Bool { find(word) != nil }

    /// Whether the folded `word` is in the list and marked as an everyday word.
    func isMarked(_ word: String) -> Bool { find(word) == true }

    /// Whether the line holding `word` is marked; nil when no line holds it.
    private func find(_ word: String) -> Bool? {
        var word = word
        return word.withUTF8 { key in
            text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
                var low = 0, high = bytes.count
                while low < high {
                    // The line around the middle: from after the newline before it to the next.
                    var start = (low + high) / 2
                    while start > low, bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
                    var end = start
                    while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
                    var first = start
                    while first < end, bytes[first] == UInt8(ascii: " ") { first += 1 }
                    let marked = end > first && bytes[end - 1] == UInt8(ascii: "*")
                    let line = UnsafeBufferPointer(rebasing: bytes[first..<(marked ? end - 1 : end)])
                    if line.isEmpty || line.lexicographicallyPrecedes(key) {
                        low = end + 1
                    } else if key.lexicographicallyPrecedes(line) {
                        high = start
                    } else {
                        return marked
                    }
                }
                return nil
            } ?? nil
        }
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
