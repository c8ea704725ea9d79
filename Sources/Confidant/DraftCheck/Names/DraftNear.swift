/// Which words of a draft are one edit (one letter added, removed or changed, or two neighbours
/// swapped) from a word of a protected name: "Whitfeld" for "Whitfield". Only name words of six
/// letters or more are looked for. A draft word is compared without its possessive and
/// apostrophes, and also without a final "s" ("Whitfelds").
///
/// The draft's words are indexed once by symmetric deletion: the hash of each and of each of its
/// one-letter deletions. Two words are one edit apart only if deleting at most one letter from
/// each makes them equal, so a name word is looked up by its own deletions, a handful of probes
/// into a table the size of the draft's vocabulary, then checked exactly.
struct DraftNear {
    /// Each indexed form, as scalars, and the distinct draft word it came from.
    private var forms: [[UInt32]] = []
    private var owners: [Int32] = []
    private var keys: [UInt64] = []
    private var values: [Int32] = []

    /// Indexes `words` (folded, by distinct-word number).
    init(words: WordTable) {
        for id in 0..<Int32(words.count) {
            words.withWord(id) { word in
                let base = DraftKeys.withoutApostrophes(DraftKeys.withoutPossessive(word)) { String(decoding: $0, as: UTF8.self) }
                    .unicodeScalars.map(\.value)
                if base.count >= 5 { add(base, id) }
                if base.last == UInt32(UInt8(ascii: "s")), base.count >= 6 { add(Array(base.dropLast()), id) }
            }
        }
        guard forms.count > Self.fewForms else { return }
        var size = 64
        let total = forms.reduce(0) { $0 + $1.count + 1 }
        while size < total * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: -1, count: size)
        for (index, form) in forms.enumerated() {
            form.withUnsafeBufferPointer { form in Self.forEachDeletionHash(of: form) { insert($0, Int32(index)) } }
        }
    }

    /// Up to this many forms, a name word is compared with each rather than looked up by hash.
    private static let fewForms = 32

    /// True when no draft word is long enough to be near a name word.
    var isEmpty: Bool { forms.isEmpty }

    /// Calls `body` once with each distinct draft word one edit from `word` (a folded name word
    /// of six letters or more) and not equal to it. A word with no candidate costs its hashes and
    /// a probe each, with nothing allocated.
    func forEachNear(_ word: UnsafeBufferPointer<UInt8>, _ body: (Int32) -> Void) {
        guard word.count >= 6, !forms.isEmpty else { return }
        if word.contains(where: { $0 >= 0x80 }) {
            let scalars = String(decoding: word, as: UTF8.self).unicodeScalars.map(\.value)
            scalars.withUnsafeBufferPointer { forEachNear(values: $0, body) }
        } else {
            forEachNear(values: word, body)
        }
    }

    // MARK: Helpers

    private func forEachNear<Value: BinaryInteger>(values word: UnsafeBufferPointer<Value>, _ body: (Int32) -> Void) {
        guard word.count >= 6 else { return }
        if forms.count <= Self.fewForms {
            // A short draft: comparing with each form beats hashing the word.
            var reported: [Int32] = []
            for (form, owner) in zip(forms, owners) where abs(form.count - word.count) <= 1 && !reported.contains(owner) {
                // One edit cannot change both ends of words this long: they share the first letter or the last.
                guard form.first == UInt32(word[0]) || form.last == UInt32(word[word.count - 1]) else { continue }
                let query = word.map { UInt32($0) }
                if form != query, OneEdit.apart(form, query) {
                    reported.append(owner)
                    body(owner)
                }
            }
            return
        }
        let mask = keys.count - 1
        var reported: [Int32] = [], scalars: [UInt32]?
        Self.forEachDeletionHash(of: word) { hash in
            var slot = Self.slot(hash, mask)
            while values[slot] >= 0 {
                let form = Int(values[slot])
                if keys[slot] == hash, !reported.contains(owners[form]) {
                    let query = scalars ?? word.map { UInt32($0) }
                    scalars = query
                    if forms[form] != query, OneEdit.apart(forms[form], query) {
                        reported.append(owners[form])
                        body(owners[form])
                    }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    private mutating func add(_ form: [UInt32], _ owner: Int32) {
        forms.append(form)
        owners.append(owner)
    }

    private mutating func insert(_ hash: UInt64, _ value: Int32) {
        let mask = keys.count - 1
        var slot = Self.slot(hash, mask)
        while values[slot] >= 0 { slot = (slot + 1) & mask }
        keys[slot] = hash
        values[slot] = value
    }

    /// The polynomial hash of `word` and of `word` without each of its letters, each in O(1)
    /// from prefix and suffix hashes kept in temporary (stack) storage.
    private static func forEachDeletionHash<Value: BinaryInteger>(of word: UnsafeBufferPointer<Value>, _ body: (UInt64) -> Void) {
        let base: UInt64 = 1_000_003
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 * (word.count + 1)) { table in
            // table[i]: hash of the first i letters; table[count + 1 + i]: base to the power i.
            let powers = word.count + 1
            table[0] = 0
            table[powers] = 1
            for (index, value) in word.enumerated() {
                table[index + 1] = table[index] &* base &+ UInt64(value) &+ 1
                table[powers + index + 1] = table[powers + index] &* base
            }
            body(table[word.count])
            var suffix: UInt64 = 0
            for position in word.indices.reversed() {
                // `word` without `position`: the prefix before it, shifted past the suffix after it.
                let length = word.count - position - 1
                body(table[position] &* table[powers + length] &+ suffix)
                suffix = suffix &+ (UInt64(word[position]) &+ 1) &* table[powers + length]
            }
        }
    }

    private static func slot(_ hash: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}
