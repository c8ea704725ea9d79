/// Finds protected names in a draft, in every form `NameForms` lists and one edit off.
///
/// Only the names that could be there are prepared: those sharing a word with the draft (as it
/// stands or without a possessive or plural ending), or with a word of six letters or more one
/// edit from one of the draft's words. So a one-line draft costs one pass over the names'
/// words, however many the vault holds, and a long one costs what its matches cost.
enum NameScan {
    /// The matches of `sources` among `words`.
    static func candidates(in words: DraftWords, sources: [NameSource]) -> [Candidate] {
        var present = WordTable(capacity: words.table.count * 2)
        for id in 0..<Int32(words.table.count) {
            words.table.withWord(id) { word in DraftKeys.forEachKey(of: word) { present.insert($0); return true } }
        }
        let near = DraftNear(words: words.table)
        var index = NameIndex()
        // By distinct draft word: (entry, position of the name word it is one edit from).
        var nearPairs: [Int32: [(entry: Int32, position: Int)]] = [:]
        var folded = WordList(), pending: [(word: Int32, position: Int)] = []
        for (number, source) in sources.enumerated() {
            folded.removeAll()
            var text = source.text
            text.withUTF8 { WordSplitter.forEachWord(in: $0) { _, _, word in DraftKeys.withoutApostrophes(word) { folded.append($0) } } }
            var relevant = false
            pending.removeAll(keepingCapacity: true)
            for position in 0..<folded.count {
                folded.withWord(position) { word in
                    if !relevant { relevant = present.find(word) >= 0 }
                    guard !source.exact, !near.isEmpty, word.count >= 6 else { return }
                    near.forEachNear(word) { pending.append(($0, position)) }
                }
            }
            guard relevant || !pending.isEmpty else { continue }
            let entry = index.add(source: Int32(number), words: folded, personLike: source.personLike, exact: source.exact)
            for (word, position) in pending { nearPairs[word, default: []].append((entry, position)) }
        }
        guard index.phrases.count > 0 else { return [] }

        let symbols = (0..<Int32(words.table.count)).map { id in words.table.withWord(id) { index.symbol(of: $0) } }
        let stream = words.ids.map { symbols[Int($0)] }
        var found: [Candidate] = []
        func add(_ entry: Int32, _ form: NameForm, _ mask: UInt8, _ first: Int, _ last: Int, near: Bool, others: Int = 0) {
            let source = sources[Int(index.sources[Int(entry)])]
            let plain = (first...last).filter { mask & (1 << ($0 - first)) != 0 }.map(words.writing).max() ?? NameWriting.name
            guard let level = form.level(for: source.level, words: last - first + 1, near: near, plain: plain) else { return }
            let reason = (near ? "one letter off " + (form.prefix.isEmpty ? "" : "the " + form.prefix) : form.prefix) + source.description
                + (others == 0 ? "" : " and \(others) other\(others == 1 ? "" : "s")")
            found.append(Candidate(range: words.range(first, last), kind: near ? .nearTerm : .term, level: level, reason: reason))
        }
        let matcher = PhraseMatcher(index.phrases, symbolCount: index.symbolCount)
        stream.withUnsafeBufferPointer { stream in
            matcher.forEachMatch(in: stream) { phrase, first, last in
                add(index.entryOf[Int(phrase)], index.formOf[Int(phrase)], index.plainMaskOf[Int(phrase)], first, last, near: false,
                    others: index.othersOf[Int(phrase)])
            }
        }
        // One edit off: the whole name with at least one word near and the rest exact, or (for a
        // person) the surname alone near.
        var reported = Set<[Int]>()
        for (position, id) in words.ids.enumerated() {
            guard let pairs = nearPairs[id] else { continue }
            for (entry, at) in pairs {
                let name = Array(index.words(of: entry))
                guard stream[position] != name[at] else { continue }
                let first = position - at, last = first + name.count - 1
                if first >= 0, last < stream.count, reported.insert([Int(entry), first]).inserted {
                    let fits = name.indices.allSatisfy { word in
                        stream[first + word] == name[word]
                            || nearPairs[words.ids[first + word]]?.contains { $0.entry == entry && $0.position == word } == true
                    }
                    if fits { add(entry, .whole, index.wholeMask[Int(entry)], first, last, near: true) }
                }
                if at == name.count - 1, let mask = index.surnameMask[Int(entry)] {
                    add(entry, .surname, mask, position, position, near: true)
                }
            }
        }
        return found
    }
}
