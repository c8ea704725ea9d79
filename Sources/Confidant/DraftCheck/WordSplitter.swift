/// Splits text into words in one pass over its UTF-8 bytes: runs of letters and digits (and the
/// combining marks that follow a letter), with apostrophes inside a word kept ("o'brien",
/// "pike's") and any other character separating words. Each word is handed over folded
/// (`TextFolding`): ASCII words are lower-cased byte by byte, and only a word holding other
/// characters becomes a `String` to be folded.
enum WordSplitter {
    /// Calls `body(start, end, folded)` for each word in reading order: `start..<end` is where it
    /// stands in `text` (UTF-8 offsets, trailing apostrophes left out) and `folded` its folded
    /// bytes, valid only inside `body`.
    static func forEachWord(in text: UnsafeBufferPointer<UInt8>, _ body: (Int, Int, UnsafeBufferPointer<UInt8>) -> Void) {
        // Folded ASCII words are written here: a buffer of our own, because appending to an
        // array, and emptying it, for each of a large draft's words was a tenth of the scan.
        var scratch = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 64)
        defer { scratch.deallocate() }
        var start = -1, ascii = true, index = 0
        func close(at end: Int) {
            defer { start = -1 }
            guard start >= 0 else { return }
            var end = end
            // A word never ends in an apostrophe: "the Smiths'" is the word "Smiths".
            while end > start, let length = apostropheEnding(text, start: start, end: end) { end -= length }
            guard end > start else { return }
            guard ascii else {
                var folded = TextFolding.fold(String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self))
                folded.withUTF8 { body(start, end, $0) }
                return
            }
            if end - start > scratch.count {
                scratch.deallocate()
                scratch = .allocate(capacity: end - start)
            }
            for offset in start..<end {
                let byte = text[offset]
                scratch[offset - start] = byte &- 0x41 < 26 ? byte | 0x20 : byte == UInt8(ascii: "`") ? UInt8(ascii: "'") : byte
            }
            body(start, end, UnsafeBufferPointer(rebasing: scratch[..<(end - start)]))
        }
        let asciiKind = Self.asciiKind // a local: a static is checked for initialisation on every use
        while index < text.count {
            let byte = text[index]
            if byte < 0x80 {
                let kind = asciiKind[Int(byte)]
                if kind == 1 {
                    if start < 0 { start = index; ascii = true }
                } else if kind == 2, start >= 0 {
                    // An apostrophe inside a word; trailing ones are dropped when it closes.
                } else {
                    close(at: index)
                }
                index += 1
                continue
            }
            let (scalar, length) = decode(text, at: index)
            if let scalar, isApostrophe(scalar) {
                // Inside a word it is kept (folded to '); it never starts one.
                if start >= 0 { ascii = false }
            } else if let scalar, isWordCharacter(scalar, inWord: start >= 0) {
                if start < 0 { start = index }
                ascii = false
            } else {
                close(at: index)
            }
            index += length
        }
        close(at: text.count)
    }

    /// The characters people type for an apostrophe: the ASCII one, the right and left single
    /// quotation marks, the modifier letter apostrophe, the grave and acute accents and the prime.
    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "'", "`", "\u{2019}", "\u{2018}", "\u{02BC}", "\u{00B4}", "\u{2032}": true
        default: false
        }
    }

    // MARK: Helpers

    /// 1 for a letter or digit, 2 for an apostrophe, 0 for anything else.
    private static let asciiKind: [UInt8] = (0..<128).map { byte in
        switch UInt8(byte) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): 1
        case UInt8(ascii: "'"), UInt8(ascii: "`"): 2
        default: 0
        }
    }

    /// The length of the apostrophe that `text[start..<end]` ends in, if it ends in one.
    private static func apostropheEnding(_ text: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Int? {
        if text[end - 1] == UInt8(ascii: "'") || text[end - 1] == UInt8(ascii: "`") { return 1 }
        var lead = end - 1
        while lead > start, text[lead] & 0xC0 == 0x80 { lead -= 1 }
        guard lead < end - 1, let scalar = decode(text, at: lead).0, isApostrophe(scalar) else { return nil }
        return end - lead
    }

    /// Letters, digits and numerals of any script; combining marks only inside a word.
    private static func isWordCharacter(_ scalar: Unicode.Scalar, inWord: Bool) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber: return true
        case .nonspacingMark, .spacingMark, .enclosingMark: return inWord
        default: return false
        }
    }

    /// The scalar starting at `index` and its length; nil (length 1) for a malformed sequence,
    /// which then separates words.
    private static func decode(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar?, Int) {
        let lead = UInt32(text[index])
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= text.count else { return (nil, 1) }
        var value = lead & (0x7F >> UInt32(length))
        for offset in 1..<length {
            let byte = UInt32(text[index + offset])
            guard byte & 0xC0 == 0x80 else { return (nil, 1) }
            value = value << 6 | byte & 0x3F
        }
        return (Unicode.Scalar(value), length)
    }
}
