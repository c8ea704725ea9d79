/// The words of a name as the draft check reads it, for a protected term of a person-like kind or
/// the name of a supporter at work:
/// - a note in brackets is not part of the name: "Darren Whitfield (DOB 1/1/80)";
/// - "Surname, Forenames", as case systems print names, is read as "Forenames Surname";
/// - words joined by a hyphen are one part of the name: "Anne-Marie", "Thompson-Reid".
/// Other terms are read as they stand. Words are folded (`TextFolding`), apostrophes dropped.
struct NameWords {
    /// The folded words.
    private(set) var words = WordList()
    /// By word: the number of the part of the name it belongs to.
    private(set) var parts: [Int] = []

    /// Reads `text`; `personLike` turns on the rules above.
    mutating func read(_ text: String, personLike: Bool) {
        words.removeAll()
        parts.removeAll(keepingCapacity: true)
        // One look at the bytes: most names are plain ASCII with no bracket or comma, and need
        // neither invisible characters taken out nor reading as written.
        var text = text
        let (plain, special) = text.withUTF8 { bytes in
            (!bytes.contains { $0 >= 0x80 }, bytes.contains { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: ",") })
        }
        if !plain { text = String(String.UnicodeScalarView(text.unicodeScalars.filter { !VisibleText.isInvisible($0) })) }
        if personLike, special { text = Self.asWritten(text) }
        text.withUTF8 { bytes in
            var previousEnd = -1
            WordSplitter.forEachWord(in: bytes) { start, end, folded in
                let joined = previousEnd >= 0 && start == previousEnd + 1 && bytes[previousEnd] == UInt8(ascii: "-")
                parts.append(joined ? parts.last! : (parts.last ?? -1) + 1)
                DraftKeys.withoutApostrophes(folded) { words.append($0) }
                previousEnd = end
            }
        }
    }

    /// `text` without bracketed notes, and with "Surname, Forenames" turned round.
    static func asWritten(_ text: String) -> String {
        var kept = "", depth = 0
        for character in text {
            if character == "(" || character == "[" {
                depth += 1
            } else if character == ")" || character == "]" {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                kept.append(character)
            }
        }
        let halves = kept.split(separator: ",", omittingEmptySubsequences: false)
        guard halves.count == 2, halves.allSatisfy({ $0.contains(where: { $0.isLetter }) }) else { return kept }
        return halves[1] + " " + halves[0]
    }
}
