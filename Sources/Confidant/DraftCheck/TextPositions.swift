/// Line and column (in characters, as a terminal shows them: invisible ones are not counted) of
/// UTF-8 offsets into a text, asked
/// for in reading order: each question continues from the last, so all of them together cost one
/// pass over the text. A newline is any character Swift calls one (LF, CR, CR LF, VT, FF, NEL,
/// LS, PS).
struct TextPositions {
    private let text: UnsafeBufferPointer<UInt8>
    private var offset = 0, line = 1, column = 1

    init(_ text: UnsafeBufferPointer<UInt8>) { self.text = text }

    /// The position of `target`, which is at or after the last one asked for and starts a character.
    mutating func position(of target: Int) -> (line: Int, column: Int) {
        precondition(target >= offset, "positions are asked for in reading order")
        let segment = UnsafeBufferPointer(rebasing: text[offset..<target])
        if segment.allSatisfy({ $0 < 0x80 }) {
            var previous: UInt8 = offset > 0 ? text[offset - 1] : 0
            for byte in segment {
                if byte == 0x0A, previous == 0x0D {
                    // The LF of a CR LF: one character, counted at the CR.
                } else if (0x0A...0x0D).contains(byte) {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                previous = byte
            }
        } else {
            for character in String(decoding: segment, as: UTF8.self) {
                if character.isNewline {
                    line += 1
                    column = 1
                } else if !character.unicodeScalars.allSatisfy(VisibleText.isInvisible) {
                    // A character that takes no space on screen takes no column.
                    column += 1
                }
            }
        }
        offset = target
        return (line, column)
    }
}
