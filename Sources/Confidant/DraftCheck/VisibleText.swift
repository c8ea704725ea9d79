/// A draft without the characters that take no space on screen: soft hyphens (pasted from web
/// pages and documents), zero-width spaces and joiners, word joiners, byte-order marks, bidi
/// controls, variation selectors — Unicode's default-ignorable code points. "Whit\u{AD}field"
/// and "077\u{200B}00 900123" look like "Whitfield" and "07700 900123", so they are checked as
/// those; findings are mapped back to where they stand in the draft as given.
struct VisibleText {
    /// The text without them; nil when it has none (then the draft's own bytes are used).
    let bytes: [UInt8]?
    /// By byte of `bytes`, its offset in the draft; nil when nothing was removed.
    private let offsets: [Int32]?

    init(_ text: UnsafeBufferPointer<UInt8>) {
        guard text.contains(where: { $0 >= 0x80 }), Self.hasInvisible(text) else {
            bytes = nil
            offsets = nil
            return
        }
        var kept: [UInt8] = [], offsets: [Int32] = []
        kept.reserveCapacity(text.count)
        offsets.reserveCapacity(text.count)
        var index = 0
        for scalar in String(decoding: text, as: UTF8.self).unicodeScalars {
            let length = UTF8.width(scalar)
            if !Self.isInvisible(scalar) {
                kept.append(contentsOf: text[index..<(index + length)])
                offsets.append(contentsOf: (index..<(index + length)).map { Int32($0) })
            }
            index += length
        }
        bytes = kept
        self.offsets = offsets
    }

    /// Where `range` of `bytes` stands in the draft.
    func original(_ range: Range<Int>) -> Range<Int> {
        guard let offsets, !range.isEmpty else { return range }
        return Int(offsets[range.lowerBound])..<(Int(offsets[range.upperBound - 1]) + 1)
    }

    /// Whether `text` shows anything at all: a letter, digit, punctuation mark or symbol that is
    /// neither white space nor invisible (the blank braille pattern counts as blank).
    static func hasVisible(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            let properties = scalar.properties
            guard !properties.isWhitespace, !isInvisible(scalar), scalar != "\u{2800}" else { return false }
            switch properties.generalCategory {
            case .control, .format, .unassigned, .privateUse, .surrogate, .spaceSeparator, .lineSeparator, .paragraphSeparator: return false
            default: return true
            }
        }
    }

    /// A default-ignorable code point.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x80 && scalar.properties.isDefaultIgnorableCodePoint
    }

    private static func hasInvisible(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        String(decoding: text, as: UTF8.self).unicodeScalars.contains(where: isInvisible)
    }
}
