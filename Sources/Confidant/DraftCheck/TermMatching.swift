extension ProtectedTerm {
    /// One line saying in which forms a draft check finds this term, with examples made from it:
    /// what `terms add` prints, so nobody has to guess (docs/DRAFT-CHECK.md).
    public var matchingSummary: String {
        var text = term
        var words: [String] = []
        var folded: [String] = []
        text.withUTF8 { bytes in
            WordSplitter.forEachWord(in: bytes) { start, end, word in
                words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                folded.append(String(decoding: word, as: UTF8.self))
            }
        }
        let quoted = "\"\(term)\""
        if exact { return "\(quoted) is found only as entered, with plurals and possessives." }
        let typo = "one wrong letter in words of six letters or more"
        var name = Array(zip(words, folded))[...]
        while name.count > 1, NameForms.titles.contains(name.first!.1) { name = name.dropFirst() }
        guard kind.isPersonLike, name.count > 1, let first = name.first?.0, let surname = name.last?.0 else {
            return "\(quoted) is found as whole words, with plurals, possessives and \(typo)"
                + (kind.isPersonLike && words.count > 1 ? "; \"\(name.last!.0)\" alone is found too." : ".")
        }
        let initial = { (word: String) in String(word.prefix(1)).uppercased() }
        return "\(quoted) is also found as \"\(surname)\", \"\(initial(first)). \(surname)\" and \"\(first) \(initial(surname)).\" "
            + "(with plurals, possessives and \(typo)); \"\(first)\" alone is reported as possible. "
            + "Use --exact to match only the whole name."
    }
}
