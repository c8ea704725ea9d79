import Foundation

/// Patterns for details that identify a person even without a name. Each match carries the
/// detector's name; `accept` filters out what only looks alike (a recent date, too few digits).
struct Detector: Sendable {
    let name: String
    let source: String
    let caseInsensitive: Bool
    let accept: @Sendable (String) -> Bool

    private init(_ name: String, _ source: String, caseInsensitive: Bool = false, accept: @escaping @Sendable (String) -> Bool = { _ in true }) {
        self.name = name
        self.source = source
        self.caseInsensitive = caseInsensitive
        self.accept = accept
    }

    /// The compiled pattern of each of `all`, in order: compiled on first use only, so a draft
    /// without a digit or an "@" never pays for it.
    static let patterns: [NSRegularExpression] = all.map { detector in
        // The patterns are constants exercised by the tests; one that does not compile is a bug.
        guard let regex = try? NSRegularExpression(pattern: detector.source, options: detector.caseInsensitive ? [.caseInsensitive] : []) else {
            preconditionFailure("detector pattern for \(detector.name) does not compile")
        }
        return regex
    }

    /// Every detector, most specific first. Each match holds a digit, except an email address,
    /// which holds an "@"; and none is longer than `reach` UTF-8 bytes either side of any digit
    /// it holds (an email address reaches only as far as the characters an address can have).
    static let all: [Detector] = [
        // Starts only where a run of address characters starts: tried at every position of a long
        // run without an "@" (100,000 digits), the pattern took minutes; the matches are the same.
        Detector("email address", #"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]++@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"#),
        // Any two letters: a draft check would rather report the example prefix QQ than miss a typo.
        Detector("National Insurance number", #"\b[A-Z]{2}[ -]?\d{2}[ -]?\d{2}[ -]?\d{2}[ -]?[A-D]\b"#, caseInsensitive: true),
        Detector("police or court reference", #"\b(?:\d{2}|\d{4})/\d{5,7}[A-Z]?\b"#),
        Detector("NHS number", #"\b\d{3}[ -]?\d{3}[ -]?\d{4}\b"#, accept: { isNHSNumber($0) }),
        Detector("prison number", #"\b[A-Z]\d{4}[A-Z]{2}\b"#, caseInsensitive: true),
        // Number plates: current ("KX19 HFD"), prefix ("A123 BCD") and suffix ("ABC 123D") styles.
        Detector("vehicle registration", #"\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b"#, caseInsensitive: true, accept: { isPlate($0) }),
        Detector("vehicle registration", #"\b(?:[A-Z]\d{1,3}\s?[A-Z]{3}|[A-Z]{3}\s?\d{1,3}[A-Z])\b"#),
        // A date after "born" or "DOB" is a date of birth whatever its year.
        Detector(
            "date of birth",
            #"(?<=\b(?:born|dob|d\.o\.b\.?)\s{0,4}(?:on\s{1,4}|:\s{0,4})?)(?:"# + day + #"[/.-](?:0?[1-9]|1[0-2])[/.-](?:\d{4}|\d{2})|"#
                + day + #"(?:st|nd|rd|th)?\s{1,4}(?:of\s{1,4})?(?:"# + months + #"),?\s{1,4}\d{4})\b"#, caseInsensitive: true),
        Detector("date of birth", #"\b"# + day + #"[/.-](?:0?[1-9]|1[0-2])[/.-](?:\d{4}|\d{2})\b"#, accept: { looksLikeBirth($0) }),
        Detector("date of birth", #"\b(?:19|20)\d{2}[/.-](?:0?[1-9]|1[0-2])[/.-]"# + day + #"\b"#, accept: { looksLikeBirth($0, yearFirst: true) }),
        Detector(
            "date of birth",
            #"\b"# + day + #"(?:st|nd|rd|th)?(?:\s{1,4}|-)(?:of\s{1,4})?(?:"# + months + #")(?:,?\s{1,4}|-)(?:\d{4}|'\d{2}|\d{2})\b"#,
            caseInsensitive: true, accept: { looksLikeBirth($0) }),
        Detector(
            "date of birth", #"\b(?:"# + months + #")\s{1,4}"# + day + #"(?:st|nd|rd|th)?,?\s{1,4}\d{4}\b"#,
            caseInsensitive: true, accept: { looksLikeBirth($0) }),
        Detector(
            "phone number", #"(?<![\w+.])(?:\+\d{1,3}[ .-]{0,2}(?:\(0\)[ .-]?)?|\(?\d)\d{1,5}\)?(?:[ .\n-]{0,2}\d{2,4}){2,4}(?!\w)"#,
            accept: { (10...15).contains($0.filter(\.isNumber).count) }),
        // An ordinal is not a postcode when written in lower case and followed by what it counts:
        // "B12 3rd floor". "M1 1ST" and "b3 3rd now" are postcodes.
        Detector(
            "UK postcode",
            #"\b[A-Z]{1,2}\d[A-Z\d]?(?:\s{0,2}|-)\d[A-Z]{2}\b(?!\s{1,3}(?:floor|flr|time|place|street|st|road|rd|avenue|year|of|week|day|birthday|anniversary|row|grade|class|gen|go|attempt|try|round|set|leg|half|quarter|team|xi|division|dan|junction|jct|exit|turning)\b)"#,
            caseInsensitive: true),
        Detector("case reference", #"\b[A-Z]{1,3}\d{6,8}\b"#),
        // A house number, one to three words (not "hours", "the", "my": "3 hours on the road" is
        // no address) and a street word: "22 Acacia Road", "4 kestrel court".
        Detector(
            "street address",
            #"\b\d{1,4}[A-Za-z]?,?\s{1,3}(?:(?!"# + notStreetName + #"\b)[A-Za-z][A-Za-z'’-]{1,20}\s{1,3}){1,3}"#
                + #"(?:"# + streets + #")\b"#, caseInsensitive: true),
        Detector("flat number", #"\b(?:Flat|Apartment|Apt\.?)\s{1,3}\d{1,4}[A-Z]?\b"#),
    ]

    private static let streets =
        #"Road|Rd|Street|St|Avenue|Ave|Lane|Close|Drive|Way|Crescent|Court|Gardens|Terrace|Place|Grove|Square|Mews|Row|Parade|Rise"#
    private static let notStreetName =
        #"(?:the|a|an|on|of|to|in|at|by|my|our|your|his|her|their|down|up|along|across|from|for|and|more|"#
        + #"miles?|hours?|minutes?|mins?|times?|days?|weeks?|months?|years?|doors?|houses?|streets?|roads?|blocks?|min|hrs?)"#

    private static let day = #"(?:0?[1-9]|[12]\d|3[01])"#
    private static let months =
        #"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"#

    /// An NHS number: ten digits whose last is the modulus 11 check of the others.
    static func isNHSNumber(_ text: String) -> Bool {
        let digits = text.compactMap(\.wholeNumberValue)
        guard digits.count == 10 else { return false }
        let check = 11 - digits.prefix(9).enumerated().reduce(0) { $0 + $1.element * (10 - $1.offset) } % 11
        return check != 10 && (check == 11 ? 0 : check) == digits[9]
    }

    /// A number plate, not a word with digits: at least one letter group is not an English
    /// abbreviation people write with a number ("mp3", "ps5", "gp").
    static func isPlate(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter).lowercased()
        return letters.count >= 4
            && !["mph", "kmh", "hrs", "mins", "secs", "yrs", "mths", "kgs", "lbs", "gbs"].contains { letters.hasSuffix($0) || letters.hasPrefix($0) }
    }

    /// How far (in UTF-8 bytes) a match may reach from a digit it holds, with room for the
    /// character before and after that the patterns look at: the longest pattern, a date after
    /// "born" with up to four (multi-byte) spaces at each of its five gaps, is under 90.
    static let reach = 96

    /// A full date is only like a date of birth when its year (the last number, or the first)
    /// is at least ten years ago.
    static func looksLikeBirth(_ text: String, yearFirst: Bool = false) -> Bool {
        let numbers = text.split(whereSeparator: { !$0.isNumber })
        guard let last = yearFirst ? numbers.first : numbers.last, let value = Int(last) else { return false }
        let year = Calendar(identifier: .gregorian).component(.year, from: Date())
        let fullYear = last.count == 4 ? value : (value > year % 100 ? 1900 + value : 2000 + value)
        return fullYear >= year - 110 && fullYear <= year - 10
    }
}

/// Runs the detectors over the parts of a draft that can hold a detail: windows around its
/// digits and "@" signs, joined into one string with a separator no pattern matches. Ordinary
/// prose has few digits, so the regular expressions see a few hundred bytes of a long draft
/// instead of all of it; the windows reach far enough that every match, and the characters
/// around it that `\b` and the look-arounds inspect, fall inside one window, so the matches are
/// exactly those over the whole draft.
enum DetailScan {
    /// Each match: its UTF-8 range in `text`, the detector's name and the matched text.
    static func matches(in text: UnsafeBufferPointer<UInt8>) -> [(range: Range<Int>, detector: String, text: String)] {
        let windows = self.windows(in: text)
        guard !windows.isEmpty else { return [] }
        var bytes: [UInt8] = []
        var starts: [Int] = [] // where each window starts in `joined`, in UTF-8 bytes
        for window in windows {
            starts.append(bytes.count)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[window]))
            bytes.append(0x01)
        }
        let joined = String(decoding: bytes, as: UTF8.self)
        let whole = NSRange(joined.startIndex..<joined.endIndex, in: joined)
        var found: [(range: Range<Int>, detector: String, text: String)] = []
        for (detector, pattern) in zip(Detector.all, Detector.patterns) {
            for match in pattern.matches(in: joined, range: whole) {
                guard let range = Range(match.range, in: joined) else { continue }
                let matched = String(joined[range])
                guard detector.accept(matched) else { continue }
                let lower = joined.utf8.distance(from: joined.startIndex, to: range.lowerBound)
                let upper = joined.utf8.distance(from: joined.startIndex, to: range.upperBound)
                var window = starts.count - 1
                while starts[window] > lower { window -= 1 }
                let offset = windows[window].lowerBound - starts[window]
                found.append(((lower + offset)..<(upper + offset), detector.name, matched))
            }
        }
        return found
    }

    /// Merged windows of `Detector.reach` bytes around every ASCII digit, and around every "@"
    /// with the run of address characters on either side, on scalar boundaries.
    static func windows(in text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var windows: [Range<Int>] = []
        func add(_ lower: Int, _ upper: Int) {
            var lower = max(0, lower), upper = min(text.count, upper)
            while lower > 0, text[lower] & 0xC0 == 0x80 { lower -= 1 }
            while upper < text.count, text[upper] & 0xC0 == 0x80 { upper += 1 }
            windows.append(lower..<upper)
            // Keep the windows apart and in order: merge back while the newest touches the one before.
            while windows.count >= 2, windows[windows.count - 2].upperBound >= windows[windows.count - 1].lowerBound {
                let last = windows.removeLast()
                let before = windows[windows.count - 1]
                windows[windows.count - 1] = min(before.lowerBound, last.lowerBound)..<max(before.upperBound, last.upperBound)
            }
        }
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte &- UInt8(ascii: "0") < 10 {
                add(index - Detector.reach, index + Detector.reach + 1)
            } else if byte == UInt8(ascii: "@") {
                var lower = index, upper = index + 1
                while lower > 0, isAddressCharacter(text[lower - 1]) { lower -= 1 }
                while upper < text.count, isAddressCharacter(text[upper]) { upper += 1 }
                add(lower - Detector.reach, upper + Detector.reach)
            }
            index += 1
        }
        return windows
    }

    private static func isAddressCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        case UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "%"), UInt8(ascii: "+"), UInt8(ascii: "-"): true
        default: false
        }
    }
}
