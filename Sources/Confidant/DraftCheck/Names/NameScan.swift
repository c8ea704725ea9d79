/// Finds protected names in a draft, in every form `NameForms` lists and one edit off.
///
/// Only the names that could be there are prepared: those sharing a word with the draft (as it
/// stands or without a possessive or plural ending), or with a word of six letters or more one
/// edit from one of the draft's words. So a one-line draft costs one pass over the names'
/// words, however many the vault holds, and a long one costs what its matches cost.
enum NameScan {
    /// The matches of `sources` among `words`. `visit`, when given, is shown each source's number
    /// and folded words as they are read (for `PersonIndex.Relevance`, so the names are read once).
    static func candidates(in words: DraftWords, sources: [NameSource], visit: ((Int, WordList) -> Void)? = nil) -> [Candidate] {
        var present = WordTable(capacity: words.table.count * 2)
        for id in 0..<Int32(words.table.count) {
            words.table.withWord(id) { word in
                DraftKeys.forEachKey(of: word) {
                    present.insert($0); return true
                }
            }
        }
        let near = DraftNear(words: words.table)
        var index = NameIndex()
        // By distinct draft word: the symbols of the name words it is one edit from.
        var nearOf = [[Int32]](repeating: [], count: words.table.count)
        var nearEntries: [Int32] = []
        var name = NameWords(), pending: [(word: Int32, position: Int)] = []
        for (number, source) in sources.enumerated() {
            name.read(source.text, personLike: source.personLike)
            visit?(number, name.words)
            var relevant = name.words.count > 1 && name.words.bytes.withUnsafeBufferPointer { present.find($0) >= 0 }
            pending.removeAll(keepingCapacity: true)
            for position in 0..<name.words.count {
                name.words.withWord(position) { word in
                    if !relevant { relevant = present.find(word) >= 0 }
                    guard !source.exact, !near.isEmpty, word.count >= 6 else { return }
                    near.forEachNear(word) { pending.append(($0, position)) }
                }
            }
            guard relevant || !pending.isEmpty else { continue }
            let entry = index.add(
                source: Int32(number), name: name, personLike: source.personLike, exact: source.exact,
                isPresent: { present.find($0) >= 0 })
            if !pending.isEmpty { nearEntries.append(entry) }
            let symbols = index.words(of: entry)
            for (word, position) in pending where !nearOf[Int(word)].contains(symbols[symbols.startIndex + position]) {
                nearOf[Int(word)].append(symbols[symbols.startIndex + position])
            }
        }
        guard index.symbolCount > 0 else { return [] }

        let symbols = (0..<Int32(words.table.count)).map { id in words.table.withWord(id) { index.symbol(of: $0) } }
        let stream = words.ids.map { symbols[Int($0)] }
        var found: [Candidate] = []
        func add(_ entry: Int32, _ form: NameForm, _ mask: UInt8, _ first: Int, _ last: Int, near: Bool, others: Int = 0) {
            let number = Int(index.sources[Int(entry)])
            let source = sources[number]
            let plain = (first...last).filter { mask & (1 << ($0 - first)) != 0 }.map(words.writing).max() ?? NameWriting.name
            let level = form.level(for: source.level, words: last - first + 1, near: near, plain: plain)
            // An everyday word written as any word is (in lower case, or at the start of a sentence)
            // is kept, silent, for the context rules: "baker rang", "Dean said in session".
            guard level != nil || !near && plain < .name else { return }
            let reason =
                (near ? "one letter off " + (form.prefix.isEmpty ? "" : "the " + form.prefix) : form.prefix) + source.description
                + (others == 0 ? "" : " and \(others) other\(others == 1 ? "" : "s")")
            found.append(
                Candidate(
                    range: words.range(first, last), kind: near ? .nearTerm : .term, level: level, reason: reason,
                    evidence: .name(form: form, near: near, source: number, first: first, last: last)))
        }
        let matcher = PhraseMatcher(index.phrases, symbolCount: index.symbolCount)
        stream.withUnsafeBufferPointer { stream in
            matcher.forEachMatch(in: stream) { phrase, first, last in
                add(
                    index.entryOf[Int(phrase)], index.formOf[Int(phrase)], index.plainMaskOf[Int(phrase)], first, last, near: false,
                    others: index.othersOf[Int(phrase)])
            }
        }
        // One edit off.
        NearNames(index: index, entries: nearEntries).forEachMatch(
            exact: stream, near: { nearOf[Int(words.ids[$0])] },
            whole: { entry, others, first, last in
                add(entry, .whole, index.wholeMask[Int(entry)], first, last, near: true, others: others)
            },
            surname: { entry, mask, others, position in
                add(entry, .surname, mask, position, position, near: true, others: others)
            })
        return found
    }
}
