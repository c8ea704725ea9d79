import Foundation
import Testing

@testable import Confidant

/// Lines and columns of UTF-8 offsets, against counting characters one by one.
@Suite struct TextPositionsTests {
    /// Line and column of every character start, the slow way.
    static func naive(_ text: String) -> [Int: (Int, Int)] {
        var positions: [Int: (Int, Int)] = [:]
        var line = 1, column = 1
        for index in text.indices {
            positions[text.utf8.distance(from: text.startIndex, to: index)] = (line, column)
            if text[index].isNewline { line += 1; column = 1 } else { column += 1 }
        }
        return positions
    }

    @Test func matchesCountingCharacters() {
        var generator = SeededGenerator(seed: 3)
        let pieces = ["a", "b", " ", "\n", "\r\n", "\r", "\u{2028}", "\u{85}", "e\u{301}", "😀", "👩‍👩‍👧", "é", "\t", "\u{0B}", "\u{0C}"]
        for _ in 0..<500 {
            var text = (0..<Int.random(in: 1...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let expected = Self.naive(text)
            text.withUTF8 { bytes in
                var positions = TextPositions(bytes)
                for offset in expected.keys.sorted() where Bool.random(using: &generator) {
                    let found = positions.position(of: offset)
                    #expect(found == expected[offset]!, "\(String(decoding: bytes, as: UTF8.self).debugDescription) at \(offset)")
                }
            }
        }
    }
}
