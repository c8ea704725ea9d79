/// (state, symbol) → state for the flat automata of the draft check (`PhraseMatcher`, the topic
/// word prefixes): open addressing over two flat arrays; 0 reads as "no move".
struct MoveTable {
    private var keys: [UInt64] = Array(repeating: .max, count: 64)
    private var values: [Int32] = Array(repeating: 0, count: 64)
    private var count = 0

    /// The move from `state` on `symbol`; 0 when there is none.
    subscript(state: Int32, symbol: Int32) -> Int32 {
        get {
            let key = UInt64(UInt32(state)) << 32 | UInt64(UInt32(symbol))
            let mask = keys.count - 1
            var slot = Self.slot(key, mask)
            while true {
                let found = keys[slot]
                if found == key { return values[slot] }
                if found == .max { return 0 }
                slot = (slot + 1) & mask
            }
        }
        set {
            let key = UInt64(UInt32(state)) << 32 | UInt64(UInt32(symbol))
            let mask = keys.count - 1
            var slot = Self.slot(key, mask)
            while keys[slot] != .max, keys[slot] != key { slot = (slot + 1) & mask }
            if keys[slot] == .max { count += 1 }
            keys[slot] = key
            values[slot] = newValue
            if count * 2 > keys.count { grow() }
        }
    }

    private mutating func grow() {
        let (oldKeys, oldValues) = (keys, values)
        keys = Array(repeating: .max, count: oldKeys.count * 2)
        values = Array(repeating: 0, count: oldKeys.count * 2)
        let mask = keys.count - 1
        for (key, value) in zip(oldKeys, oldValues) where key != .max {
            var slot = Self.slot(key, mask)
            while keys[slot] != .max { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }

    /// Fibonacci hashing: the high bits of the product spread neighbouring keys apart.
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}
