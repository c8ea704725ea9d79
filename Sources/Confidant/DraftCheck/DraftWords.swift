/// The words of one draft: where each stands, and its distinct-word number, so that what a word
/// is to the matchers is worked out once per distinct word (drafts repeat their words).
struct DraftWords {
    private let text: UnsafeBufferPointer<UInt8>
    private var starts: [Int32] = [], ends: [Int32] = []
    /// By word of the draft, its distinct-word number.
    private(set) var ids: [Int32] = []
    /// The distinct words, folded.
    private(set) var table = WordTable(capacity: 256)
    /// By distinct word: its topic symbol (−1: none).
    private var topicSymbol: [Int32] = []

    /// Splits `text` and looks each distinct word up in `topics` (when given).
    init(_ text: UnsafeBufferPointer<UInt8>, topics: TopicForms?) {
        precondition(text.count < Int(Int32.max), "drafts are limited to 2 GiB")
        self.text = text
        // About one word in six bytes of prose: reserved once rather than grown.
        starts.reserveCapacity(text.count / 6)
        ends.reserveCapacity(text.count / 6)
        ids.reserveCapacity(text.count / 6)
        WordSplitter.forEachWord(in: text) { start, end, folded in
            let count = table.count
            let id = table.insert(folded)
            if id == count { topicSymbol.append(topics?.symbol(of: folded) ?? -1) }
            starts.append(Int32(start))
            ends.append(Int32(end))
            ids.append(id)
        }
    }

    /// How many words the draft has.
    var count: Int { ids.count }

    /// The topic symbol of each word.
    func topicStream() -> [Int32] {
        ids.map { topicSymbol[Int($0)] }
    }

    /// The UTF-8 range from the start of word `first` to the end of word `last`.
    func range(_ first: Int, _ last: Int) -> Range<Int> {
        Int(starts[first])..<Int(ends[last])
    }

    /// The draft's bytes.
    var bytes: UnsafeBufferPointer<UInt8> { text }

    /// Where word `position` starts and ends (UTF-8 offsets).
    func start(_ position: Int) -> Int { Int(starts[position]) }
    func end(_ position: Int) -> Int { Int(ends[position]) }

    /// The bytes of the draft between word `position - 1` and word `position` (from the start of
    /// the text for the first word).
    func gap(before position: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: text[(position == 0 ? 0 : Int(ends[position - 1]))..<Int(starts[position])])
    }

    /// The bytes of the draft as written (not folded) of word `position`.
    func written(_ position: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: text[Int(starts[position])..<Int(ends[position])])
    }

    /// The first word that ends after UTF-8 offset `offset` (`count` when none does).
    func position(containing offset: Int) -> Int {
        var low = 0, high = ends.count
        while low < high {
            let middle = (low + high) / 2
            if Int(ends[middle]) <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Whether word `position` begins as a listed topic word requires.
    func begins(_ position: Int, as beginning: Int32, in forms: TopicForms) -> Bool {
        table.withWord(ids[position]) { forms.begins($0, as: beginning) }
    }

    /// How word `position` is written: with a capital letter or not, and if so whether at the
    /// start of a sentence (the start of the text or a line, or after ".", "!" or "?" — but not
    /// after the full stop of an initial, as in "D. Little"). A letter with a full stop after it
    /// is written as an initial ("zoe a."), and a capitalised possessive as a name even at the
    /// start of a sentence ("Hope's review").
    func writing(_ position: Int) -> NameWriting {
        let start = Int(starts[position]), end = Int(ends[position])
        if end - start == 1, end < text.count, text[end] == UInt8(ascii: ".") { return .name }
        let first = text[start]
        if first < 0x80 {
            guard first &- UInt8(ascii: "A") < 26 else { return .lowerCase }
        } else {
            let word = String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self)
            guard word.unicodeScalars.first?.properties.isUppercase == true else { return .lowerCase }
        }
        let possessive =
            end - start > 2 && text[end - 1] == UInt8(ascii: "s")
            && (text[end - 2] == UInt8(ascii: "'") || end - start > 4 && text[end - 2] == 0x99 && text[end - 3] == 0x80 && text[end - 4] == 0xE2)
        guard !possessive else { return .name }
        guard position > 0 else { return .sentenceStart }
        for byte in text[Int(ends[position - 1])..<start] {
            switch byte {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "!"), UInt8(ascii: "?"): return .sentenceStart
            case UInt8(ascii: "."): if ends[position - 1] - starts[position - 1] != 1 { return .sentenceStart }
            default: continue
            }
        }
        return .name
    }
}
