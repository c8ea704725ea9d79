/// How a name sounds, roughly, as British English speakers say it: for names typed by ear,
/// misheard by dictation or mistyped by tired thumbs ("bakr", "jnoes", "backster", "dean
/// coster", "christopher hues"). The first letter is kept; "ph" is f, "ck", "c" before a, o, u
/// and "q" are k, "c" before e, i, y is s, "x" is ks, "z" is s, "gh" is silent, "w" is v after
/// a consonant; then vowels, "h", "w" and "y" go (a name starting with one keeps it), an "r"
/// not before a vowel goes (non-rhotic: "coster" sounds like "costa"), and doubled sounds are one. Two names with the same key may
/// sound alike; the draft check uses a key only beside a name's other word (`MoreNames`).
enum SoundKey {
    /// The key of a folded word (ASCII letters; anything else is left as it is).
    static func of(_ word: String) -> String {
        var key: [UInt8] = []
        var word = word
        word.withUTF8 { append($0, to: &key) }
        return String(decoding: key, as: UTF8.self)
    }

    /// The first byte of the key of `letters` (0 for none), worked out from its first letters only.
    static func firstSound(_ letters: UnsafeBufferPointer<UInt8>) -> Int {
        guard let first = letters.first else { return 0 }
        let next = letters.count > 1 ? letters[1] : 0
        switch first {
        case UInt8(ascii: "p") where next == UInt8(ascii: "h"): return Int(UInt8(ascii: "f"))
        case UInt8(ascii: "c"):
            return Int(next == UInt8(ascii: "e") || next == UInt8(ascii: "i") || next == UInt8(ascii: "y") ? UInt8(ascii: "s") : UInt8(ascii: "k"))
        case UInt8(ascii: "q"), UInt8(ascii: "x"): return Int(UInt8(ascii: "k"))
        case UInt8(ascii: "z"): return Int(UInt8(ascii: "s"))
        case UInt8(ascii: "r") where !isVowel(next):
            // A silent "r": the key starts with what follows.
            var key: [UInt8] = []
            append(letters, to: &key)
            return Int(key.first ?? 0)
        default: return Int(first)
        }
    }

    /// Appends the key of the folded bytes `letters` to `key` (no allocation once `key` has room).
    static func append(_ letters: UnsafeBufferPointer<UInt8>, to key: inout [UInt8]) {
        guard let first = letters.first else { return }
        // A name that starts with a sound that is dropped keeps its first letter: "adams" is "adms".
        let start = key.count
        if isVowel(first) || first == UInt8(ascii: "h") || first == UInt8(ascii: "w") { key.append(first) }
        func add(_ sound: UInt8) {
            if key.count == start || key[key.count - 1] != sound { key.append(sound) }
        }
        var index = 0
        func at(_ offset: Int) -> UInt8 { index + offset < letters.count ? letters[index + offset] : 0 }
        while index < letters.count {
            let letter = letters[index]
            switch letter {
            case UInt8(ascii: "p") where at(1) == UInt8(ascii: "h"):
                add(UInt8(ascii: "f"))
                index += 1
            case UInt8(ascii: "c") where at(1) == UInt8(ascii: "k"):
                add(UInt8(ascii: "k"))
                index += 1
            case UInt8(ascii: "c"):
                let next = at(1)
                add(next == UInt8(ascii: "e") || next == UInt8(ascii: "i") || next == UInt8(ascii: "y") ? UInt8(ascii: "s") : UInt8(ascii: "k"))
            case UInt8(ascii: "q"):
                add(UInt8(ascii: "k"))
            case UInt8(ascii: "x"):
                add(UInt8(ascii: "k"))
                add(UInt8(ascii: "s"))
            case UInt8(ascii: "z"):
                add(UInt8(ascii: "s"))
            case UInt8(ascii: "g") where at(1) == UInt8(ascii: "h"):
                index += 1
            case UInt8(ascii: "w") where index > 0 && (!isVowel(letters[index - 1]) || isVowel(at(1))):
                // After a consonant, or between vowels as in Polish names: "nowak" sounds like "novak".
                add(UInt8(ascii: "v"))
            case UInt8(ascii: "r") where !isVowel(at(1)):
                break
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "y"),
                UInt8(ascii: "h"), UInt8(ascii: "w"):
                break
            default:
                add(letter)
            }
            index += 1
        }
    }

    private static func isVowel(_ letter: UInt8) -> Bool {
        switch letter {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "y"): true
        default: false
        }
    }
}
