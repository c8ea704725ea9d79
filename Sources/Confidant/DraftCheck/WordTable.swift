/// Interns words as byte strings: each distinct word gets a dense id (0, 1, 2, … in order of first
/// insertion). One open-addressing table over a flat array, the words kept end to end in one byte
/// arena, so looking a word up or adding one allocates nothing once the table has grown. This is
/// what lets the draft check look at every word of a large draft without making a `String` of it.
struct WordTable {
    /// How many distinct words there are.
    private(set) var count = 0
    private var arena: [UInt8] = []
    /// `ends[id]` is where word `id` ends in the arena; it starts where word `id - 1` ends.
    private var ends: [Int32] = []
    private var hashes: [UInt32] = []
    /// Open addressing: id + 1, or 0 for an empty slot. The size is a power of two.
    private var slots: [Int32]

    /// An empty table sized for about `capacity` words.
    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        arena.reserveCapacity(capacity * 8)
        ends.reserveCapacity(capacity)
        hashes.reserveCapacity(capacity)
    }

    /// The id of `word`, or -1 when it was never inserted.
    func find(_ word: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Self.hash(word)
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Int(hash) & mask
            while true {
                let entry = slots[slot]
                if entry == 0 { return -1 }
                if hashes[Int(entry - 1)] == hash, equals(Int(entry - 1), word) { return entry - 1 }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The id of the UTF-8 of `word`, or -1 when it was never inserted.
    func find(_ word: String) -> Int32 {
        var word = word
        return word.withUTF8 { find($0) }
    }

    /// The id of `word`, adding it when it is new.
    @discardableResult
    mutating func insert(_ word: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Self.hash(word)
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            if hashes[Int(entry - 1)] == hash, equals(Int(entry - 1), word) { return entry - 1 }
            slot = (slot + 1) & mask
        }
        let id = Int32(count)
        arena.append(contentsOf: word)
        ends.append(Int32(arena.count))
        hashes.append(hash)
        slots[slot] = id + 1
        count += 1
        if count * 2 > slots.count { grow() }
        return id
    }

    /// Adds the UTF-8 of `word` (for lists built from strings).
    @discardableResult
    mutating func insert(_ word: String) -> Int32 {
        var word = word
        return word.withUTF8 { insert($0) }
    }

    /// Calls `body` with the bytes of word `id`.
    func withWord<R>(_ id: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let start = id == 0 ? 0 : Int(ends[Int(id) - 1])
        return arena.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<Int(ends[Int(id)])])) }
    }

    /// The length in bytes of word `id`.
    func length(_ id: Int32) -> Int {
        Int(ends[Int(id)]) - (id == 0 ? 0 : Int(ends[Int(id) - 1]))
    }

    // MARK: Helpers

    private func equals(_ id: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = id == 0 ? 0 : Int(ends[id - 1])
        guard Int(ends[id]) - start == word.count else { return false }
        return arena.withUnsafeBufferPointer { arena in
            for offset in 0..<word.count where arena[start + offset] != word[offset] { return false }
            return true
        }
    }

    private mutating func grow() {
        var bigger = [Int32](repeating: 0, count: slots.count * 2)
        let mask = bigger.count - 1
        for id in 0..<count {
            var slot = Int(hashes[id]) & mask
            while bigger[slot] != 0 { slot = (slot + 1) & mask }
            bigger[slot] = Int32(id + 1)
        }
        slots = bigger
    }

    /// FNV-1a, 32 bits: words are short, and a collision only costs a comparison.
    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in word { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }
}
