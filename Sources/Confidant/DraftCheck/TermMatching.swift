extension ProtectedTerm {
    /// One line saying in which forms a draft check finds this term, with examples made from it:
    /// what `terms add` prints, so nobody has to guess (docs/DRAFT-CHECK.md). For a name found in
    /// its forms, `wholeNameHint` (each front end's words for "only as entered") follows.
    public func matchingSummary(wholeNameHint: String? = nil) -> String {
        let quoted = "\"\(term)\""
        if exact { return "\(quoted) is found only as entered, with plurals and possessives." }
        let typo = "one wrong letter in words of six letters or more"
        // The parts of the name as written (case kept), read as `NameWords` reads them.
        var text = kind.isPersonLike ? NameWords.asWritten(term) : term
        var parts: [String] = [], folded: [String] = [], previousEnd = -1
        text.withUTF8 { bytes in
            WordSplitter.forEachWord(in: bytes) { start, end, word in
                let written = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                if previousEnd >= 0, start == previousEnd + 1, bytes[previousEnd] == UInt8(ascii: "-") {
                    parts[parts.count - 1] += "-" + written
                } else {
                    parts.append(written)
                    folded.append(String(decoding: word, as: UTF8.self))
                }
                previousEnd = end
            }
        }
        var name = Array(zip(parts, folded))[...]
        while name.count > 1, NameForms.titles.contains(name.first!.1) { name = name.dropFirst() }
        guard kind.isPersonLike, name.count > 1, let first = name.first?.0, let surname = name.last?.0 else {
            return "\(quoted) is found as whole words, with plurals, possessives and \(typo)"
                + (kind.isPersonLike && parts.count > 1 ? "; \"\(name.last!.0)\" alone is found too." : ".")
        }
        let initial = { (word: String) in String(word.prefix(1)).uppercased() }
        return "\(quoted) is also found as \"\(surname)\", \"\(initial(first)). \(surname)\" and \"\(first) \(initial(surname)).\" "
            + "(with plurals, possessives and \(typo)); \"\(first)\" alone is reported as possible."
            + (wholeNameHint.map { " " + $0 } ?? "")
    }
}
