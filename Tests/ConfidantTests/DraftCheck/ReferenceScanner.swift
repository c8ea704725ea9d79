import Foundation

@testable import Confidant

/// The draft check written the plain way, for the differential test: Swift strings and
/// characters, every rule of docs/DRAFT-CHECK.md applied by brute force at every position, no
/// automaton, no hash tables, no pruning, no windows. It shares only the rules' data and the
/// pieces that are the rules themselves: folding, the forms of a name, the stemmer, the
/// detectors' patterns.
struct ReferenceScanner {
    struct Token {
        let start: Int, end: Int // UTF-8 offsets
        let folded: String
        let original: String
    }

    struct Entry {
        let description: String
        let level: Finding.Level
        let exact: Bool
        let personLike: Bool
        let words: [String]
        let forms: [StringForm]
    }

    /// A form of a name with its words as strings.
    struct StringForm {
        let form: NameForm
        let words: [String]
        let plainMask: UInt8
    }

    /// Numbers for words, as `NameForms` takes them.
    final class Vocabulary {
        var words: [String] = []
        private var ids: [String: Int32] = [:]
        func id(_ word: String) -> Int32 {
            if let id = ids[word] { return id }
            words.append(word)
            ids[word] = Int32(words.count - 1)
            return Int32(words.count - 1)
        }
    }

    let entries: [Entry]
    let topicPhrases: [(words: [String], topic: String, level: Finding.Level)]
    let detailLevel: Finding.Level
    let stemmer = EnglishStemmer()

    init(document: VaultDocument, supporter: Supporter?) {
        let lists = TopicWords.lists(for: supporter, in: document)
        let identities = lists.first { $0.topic == "identities" }?.level
        let nameLevel: Finding.Level = supporter == nil || identities == .never ? .never : .care
        let routines = lists.first { $0.topic == "home-and-routines" }?.level
        detailLevel = supporter == nil ? (routines == .never ? .never : .care) : nameLevel
        var sources: [(String, String, Bool, Bool)] = document.terms.map {
            ($0.term, "protected term \"\($0.term)\" (\($0.kind.rawValue))", $0.exact, $0.kind.isPersonLike)
        }
        if let supporter, supporter.sphere != .work {
            sources += document.supporters.filter { $0.sphere == .work }.map { ($0.name, "\"\($0.name)\", a supporter at work", false, true) }
        }
        let vocabulary = Vocabulary()
        entries = sources.map { text, description, exact, personLike in
            // Notes in brackets are dropped and "Surname, Forenames" turned round; words joined by
            // a hyphen are one part of the name.
            var text = String(String.UnicodeScalarView(text.unicodeScalars.filter { !VisibleText.isInvisible($0) }))
            if personLike {
                text = text.replacingOccurrences(of: #"[(\[][^)\]]*[)\]]?"#, with: "", options: .regularExpression)
                let halves = text.split(separator: ",", omittingEmptySubsequences: false)
                if halves.count == 2, halves.allSatisfy({ $0.contains(where: \.isLetter) }) { text = halves[1] + " " + halves[0] }
            }
            let tokens = Self.tokens(text)
            let words = tokens.map { $0.folded.replacingOccurrences(of: "'", with: "") }
            var parts: [Int] = []
            for (index, token) in tokens.enumerated() {
                let joined = index > 0 && token.start == tokens[index - 1].end + 1 && Array(text.utf8)[tokens[index - 1].end] == 0x2D
                parts.append(joined ? parts.last! : (parts.last ?? -1) + 1)
            }
            let described = words.map { word in
                NameForms.Word(
                    symbol: vocabulary.id(word), initial: word.unicodeScalars.count > 1 ? vocabulary.id(String(word.unicodeScalars.first!)) : nil,
                    isTitle: NameForms.titles.contains(word), isEveryday: EverydayWords.all.contains(word),
                    initialIsWord: NameForms.wordLetters.contains(String(word.unicodeScalars.first!)))
            }
            let forms = NameForms.forms(
                of: described, parts: parts, joined: words.count > 1 ? vocabulary.id(words.joined()) : nil,
                personLike: personLike, exact: exact)
            return Entry(
                description: description, level: nameLevel, exact: exact, personLike: personLike, words: words,
                forms: forms.map { StringForm(form: $0.form, words: $0.words.map { vocabulary.words[Int($0)] }, plainMask: $0.plainMask) })
        }
        var phrases: [(words: [String], topic: String, level: Finding.Level)] = []
        for list in lists where list.checked {
            for (phrase, everyday) in list.words.map({ ($0, false) }) + list.everydayWords.map({ ($0, true) }) {
                let words = Self.tokens(phrase).map(\.folded)
                if !words.isEmpty { phrases.append((words, list.topic, everyday ? .possible : list.level == .never ? .never : .care)) }
            }
        }
        topicPhrases = phrases
    }

    func scan(_ original: String) -> [Finding] {
        // Invisible characters are taken out first, and matches mapped back to the original.
        var text = "", offsets: [Int] = []
        var offset = 0
        for scalar in original.unicodeScalars {
            let length = String(scalar).utf8.count
            if !VisibleText.isInvisible(scalar) {
                text.unicodeScalars.append(scalar)
                offsets += (offset..<(offset + length))
            }
            offset += length
        }
        func back(_ range: Range<Int>) -> Range<Int> { offsets[range.lowerBound]..<(offsets[range.upperBound - 1] + 1) }
        let tokens = Self.tokens(text)
        var candidates = names(tokens, text) + topics(tokens)
        for (detector, pattern) in zip(Detector.all, Detector.patterns) {
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..<text.endIndex, in: text)) {
                let range = Range(match.range, in: text)!
                guard detector.accept(String(text[range])) else { continue }
                candidates.append(
                    Candidate(
                        range: Self.offsets(range, in: text), kind: .detail, level: detailLevel,
                        reason: "identifying detail: \(detector.name)"))
            }
        }
        candidates = candidates.map { $0.moved(to: back($0.range)) }
        return Self.select(candidates).map { candidate in
            let (line, column) = Self.position(of: candidate.range.lowerBound, in: original)
            let bytes = Array(original.utf8)[candidate.range]
            return Finding(
                line: line, column: column, text: String(decoding: bytes, as: UTF8.self), kind: candidate.kind,
                reason: candidate.reason, level: candidate.level!)
        }
    }

    // MARK: Names

    private func names(_ tokens: [Token], _ text: String) -> [Candidate] {
        let lexicon = Set(entries.flatMap { $0.forms.flatMap(\.words) + $0.words })
        let keys = tokens.map { token in Self.keys(token.folded).first { lexicon.contains($0) } }
        var found: [Candidate] = []
        func add(_ entry: Entry, _ form: NameForm, _ mask: UInt8, _ first: Int, _ last: Int, near: Bool, others: Int = 0) {
            let plain = (first...last).filter { mask & (1 << ($0 - first)) != 0 }.map { Self.writing(tokens, $0, text) }.max() ?? NameWriting.name
            guard let level = form.level(for: entry.level, words: last - first + 1, near: near, plain: plain) else { return }
            let reason =
                (near ? "one letter off " + (form.prefix.isEmpty ? "" : "the " + form.prefix) : form.prefix) + entry.description
                + (others == 0 ? "" : " and \(others) other\(others == 1 ? "" : "s")")
            found.append(Candidate(range: tokens[first].start..<tokens[last].end, kind: near ? .nearTerm : .term, level: level, reason: reason))
        }
        // Every form of every name at every position; a phrase several names share is reported
        // once, for the first of them.
        var seen: [String: (entry: Int, others: Int)] = [:]
        for (number, entry) in entries.enumerated() {
            for form in entry.forms {
                let key = "\(form.form) \(form.plainMask) \(form.words)"
                if let first = seen[key] { seen[key] = (first.entry, first.others + 1) } else { seen[key] = (number, 0) }
            }
        }
        for (number, entry) in entries.enumerated() {
            for form in entry.forms {
                guard let shared = seen["\(form.form) \(form.plainMask) \(form.words)"], shared.entry == number else { continue }
                for first in tokens.indices where first + form.words.count <= tokens.count {
                    if form.words.indices.allSatisfy({ keys[first + $0] == form.words[$0] }) {
                        add(entry, form.form, form.plainMask, first, first + form.words.count - 1, near: false, others: shared.others)
                    }
                }
            }
        }
        // One edit off; names with the very same words are reported once, for the first.
        var firstWithWords: [[String]: (entry: Int, others: Int)] = [:], firstWithSurname: [String: (entry: Int, others: Int)] = [:]
        for (number, entry) in entries.enumerated() where !entry.exact {
            if let first = firstWithWords[entry.words] {
                firstWithWords[entry.words] = (first.entry, first.others + 1)
            } else {
                firstWithWords[entry.words] = (number, 0)
            }
            guard entry.forms.contains(where: { $0.form == .surname && $0.words.count == 1 }) else { continue }
            if let first = firstWithSurname[entry.words.last!] {
                firstWithSurname[entry.words.last!] = (first.entry, first.others + 1)
            } else {
                firstWithSurname[entry.words.last!] = (number, 0)
            }
        }
        for (number, entry) in entries.enumerated() where !entry.exact {
            let eligible = entry.words.map { $0.unicodeScalars.count >= 6 }
            func near(_ position: Int, _ word: Int) -> Bool {
                eligible[word] && keys[position] != entry.words[word]
                    && Self.nearForms(tokens[position].folded).contains {
                        $0 != Array(entry.words[word].unicodeScalars) && Self.withinOneEdit($0, Array(entry.words[word].unicodeScalars))
                    }
            }
            if let group = firstWithWords[entry.words], group.entry == number {
                for first in tokens.indices where first + entry.words.count <= tokens.count {
                    let fits = entry.words.indices.allSatisfy { keys[first + $0] == entry.words[$0] || near(first + $0, $0) }
                    if fits, entry.words.indices.contains(where: { near(first + $0, $0) }) {
                        let mask = entry.forms.first { $0.form == .whole }!.plainMask
                        add(entry, .whole, mask, first, first + entry.words.count - 1, near: true, others: group.others)
                    }
                }
            }
            if let surname = entry.forms.first(where: { $0.form == .surname && $0.words.count == 1 }),
                let group = firstWithSurname[entry.words.last!], group.entry == number
            {
                for position in tokens.indices where near(position, entry.words.count - 1) {
                    add(entry, .surname, surname.plainMask, position, position, near: true, others: group.others)
                }
            }
        }
        return found
    }

    /// The keys of a folded draft word, in order, apostrophes then dropped.
    static func keys(_ word: String) -> [String] {
        var keys = [word]
        let count = word.utf8.count
        if count >= 3, word.hasSuffix("'s") { keys.append(String(word.dropLast(2))) }
        if count >= 4, word.hasSuffix("es") { keys.append(String(word.dropLast(2))) }
        if count >= 3, word.hasSuffix("s") { keys.append(String(word.dropLast(1))) }
        let letters = word.utf8.reversed().drop { $0 >= 0x30 && $0 <= 0x39 }.count
        if letters < count, letters >= 2, let first = word.utf8.first, first >= 0x61 && first <= 0x7A {
            keys.append(String(decoding: word.utf8.prefix(letters), as: UTF8.self))
        }
        return keys.map { $0.replacingOccurrences(of: "'", with: "") }
    }

    static func nearForms(_ word: String) -> [[Unicode.Scalar]] {
        let base = Array(
            (word.hasSuffix("'s") && word.utf8.count > 2 ? String(word.dropLast(2)) : word).replacingOccurrences(of: "'", with: "").unicodeScalars)
        var forms: [[Unicode.Scalar]] = []
        if base.count >= 5 { forms.append(base) }
        if base.count >= 6, base.last == "s" { forms.append(Array(base.dropLast())) }
        return forms
    }

    static func withinOneEdit(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar]) -> Bool {
        if x == y { return true }
        if abs(x.count - y.count) > 1 { return false }
        if x.count == y.count {
            let differences = x.indices.filter { x[$0] != y[$0] }
            if differences.count == 1 { return true }
            return differences.count == 2 && differences[1] == differences[0] + 1
                && x[differences[0]] == y[differences[1]] && x[differences[1]] == y[differences[0]]
        }
        let (longer, shorter) = x.count > y.count ? (x, y) : (y, x)
        return longer.indices.contains { Array(longer[..<$0] + longer[($0 + 1)...]) == shorter }
    }

    static func writing(_ tokens: [Token], _ position: Int, _ text: String) -> NameWriting {
        let token = tokens[position], bytes = Array(text.utf8)
        if token.end - token.start == 1, token.end < bytes.count, bytes[token.end] == 0x2E { return .name }
        guard let first = token.original.unicodeScalars.first, first.properties.isUppercase else { return .lowerCase }
        if token.original.unicodeScalars.count > 2, token.original.hasSuffix("'s") || token.original.hasSuffix("’s") { return .name }
        guard position > 0 else { return .sentenceStart }
        let gap = Array(text.utf8)[tokens[position - 1].end..<tokens[position].start]
        for byte in gap {
            if [0x0A, 0x0D, 0x21, 0x3F].contains(byte) { return .sentenceStart }
            if byte == 0x2E, tokens[position - 1].end - tokens[position - 1].start != 1 { return .sentenceStart }
        }
        return .name
    }

    // MARK: Topics

    private func stem(_ word: String) -> String {
        let base = word.hasSuffix("'s") && word.utf8.count > 2 ? String(word.dropLast(2)) : word
        return Array(base.utf8).withUnsafeBufferPointer { bytes in stemmer.withStem(of: bytes) { String(decoding: $0, as: UTF8.self) } }
    }

    private func beginning(_ word: String) -> String {
        var word = word.hasSuffix("'s") && word.utf8.count > 2 ? String(word.dropLast(2)) : word
        if word.utf8.count > 3 {
            if word.hasSuffix("ies") { word.removeLast(3) } else if word.hasSuffix("s"), !word.hasSuffix("ss") { word.removeLast() }
        }
        if word.utf8.count > 3, word.hasSuffix("e") || word.hasSuffix("y") { word.removeLast() }
        return word
    }

    private func topics(_ tokens: [Token]) -> [Candidate] {
        var found: [Candidate] = []
        let topicStems = Set(topicPhrases.flatMap { $0.words.map(stem) })
        for (words, topic, level) in topicPhrases {
            for first in tokens.indices where first + words.count <= tokens.count {
                let matches = words.indices.allSatisfy { index in
                    let draft = tokens[first + index].folded
                    let base = draft.hasSuffix("'s") && draft.utf8.count > 2 ? String(draft.dropLast(2)) : draft
                    let stemsAgree =
                        stem(draft) == stem(words[index])
                        || !topicStems.contains(stem(draft)) && base.utf8.count > 2 && base.hasSuffix("s")
                            && stem(String(base.dropLast())) == stem(words[index])
                    return stemsAgree && base.utf8.starts(with: beginning(words[index]).utf8)
                }
                if matches {
                    found.append(
                        Candidate(
                            range: tokens[first].start..<tokens[first + words.count - 1].end, kind: .topic, level: level, reason: "topic \(topic)"))
                }
            }
        }
        return found
    }

    // MARK: Words, positions, selection

    static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var start: Int?, offset = 0
        let bytes = Array(text.utf8)
        func close(_ end: Int) {
            guard let begin = start else { return }
            start = nil
            var original = String(decoding: bytes[begin..<end], as: UTF8.self)
            while let last = original.unicodeScalars.last, WordSplitter.isApostrophe(last) { original.unicodeScalars.removeLast() }
            guard !original.isEmpty else { return }
            tokens.append(Token(start: begin, end: begin + original.utf8.count, folded: TextFolding.fold(original), original: original))
        }
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            let isWord =
                scalar.isASCII
                ? (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
                : properties.isAlphabetic && !WordSplitter.isApostrophe(scalar)
                    || [.decimalNumber, .letterNumber, .otherNumber].contains(properties.generalCategory)
                    || start != nil && [.nonspacingMark, .spacingMark, .enclosingMark].contains(properties.generalCategory)
            if WordSplitter.isApostrophe(scalar) {
                if start == nil { close(offset) }
            } else if isWord {
                if start == nil { start = offset }
            } else {
                close(offset)
            }
            offset += String(scalar).utf8.count
        }
        close(offset)
        return tokens
    }

    static func offsets(_ range: Range<String.Index>, in text: String) -> Range<Int> {
        text.utf8.distance(from: text.startIndex, to: range.lowerBound)..<text.utf8.distance(from: text.startIndex, to: range.upperBound)
    }

    static func position(of offset: Int, in text: String) -> (Int, Int) {
        var line = 1, column = 1
        for index in text.indices {
            if text.utf8.distance(from: text.startIndex, to: index) >= offset { break }
            if text[index].isNewline {
                line += 1
                column = 1
            } else if !text[index].unicodeScalars.allSatisfy(VisibleText.isInvisible) {
                column += 1
            }
        }
        return (line, column)
    }

    static func select(_ candidates: [Candidate]) -> [Candidate] {
        let rank: [Finding.Kind: Int] = [.term: 0, .detail: 1, .topic: 2, .nearTerm: 3]
        func key(_ candidate: Candidate) -> (Finding.Level, Int, Int, Int) {
            (candidate.level!, candidate.range.count, -rank[candidate.kind]!, -candidate.range.lowerBound)
        }
        let ordered = candidates.filter { $0.level != nil }.sorted { x, y in key(x) != key(y) ? key(x) > key(y) : x.reason < y.reason }
        var kept: [Candidate] = []
        for candidate in ordered where !kept.contains(where: { $0.range.overlaps(candidate.range) }) { kept.append(candidate) }
        return kept.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
