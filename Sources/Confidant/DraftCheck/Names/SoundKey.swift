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
        let letters = Array(word.utf8)
        guard let first = letters.first else { return "" }
        var sounds: [UInt8] = []
        var index = 0
        func at(_ offset: Int) -> UInt8 { index + offset < letters.count ? letters[index + offset] : 0 }
        while index < letters.count {
            let letter = letters[index]
            switch letter {
            case UInt8(ascii: "p") where at(1) == UInt8(ascii: "h"):
                sounds.append(UInt8(ascii: "f"))
                index += 1
            case UInt8(ascii: "c") where at(1) == UInt8(ascii: "k"):
                sounds.append(UInt8(ascii: "k"))
                index += 1
            case UInt8(ascii: "c"):
                sounds.append([UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "y")].contains(at(1)) ? UInt8(ascii: "s") : UInt8(ascii: "k"))
            case UInt8(ascii: "q"):
                sounds.append(UInt8(ascii: "k"))
            case UInt8(ascii: "x"):
                sounds.append(UInt8(ascii: "k"))
                sounds.append(UInt8(ascii: "s"))
            case UInt8(ascii: "z"):
                sounds.append(UInt8(ascii: "s"))
            case UInt8(ascii: "g") where at(1) == UInt8(ascii: "h"):
                index += 1
            case UInt8(ascii: "w") where index > 0 && (!isVowel(letters[index - 1]) || isVowel(at(1))):
                // After a consonant, or between vowels as in Polish names: "nowak" sounds like "novak".
                sounds.append(UInt8(ascii: "v"))
            case UInt8(ascii: "r") where !isVowel(at(1)):
                break
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "y"),
                 UInt8(ascii: "h"), UInt8(ascii: "w"):
                break
            default:
                sounds.append(letter)
            }
            index += 1
        }
        // A name that starts with a sound that is dropped keeps its first letter: "adams" is "adms".
        var key: [UInt8] = isVowel(first) || first == UInt8(ascii: "h") || first == UInt8(ascii: "w") ? [first] : []
        for sound in sounds where sound != key.last { key.append(sound) }
        return String(decoding: key, as: UTF8.self)
    }

    private static func isVowel(_ letter: UInt8) -> Bool {
        [UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "y")].contains(letter)
    }
}
