import Foundation

/// One thing in a draft worth a second look.
public struct Finding: Encodable, Equatable, Sendable {
    /// What kind of rule found it.
    public enum Kind: String, Encodable, Sendable {
        /// A protected term, matched exactly (ignoring case, accents, plurals and possessives).
        case term
        /// A word one edit away from a protected term of six letters or more.
        case nearTerm = "near-term"
        /// An identifying detail: email, phone, date of birth, postcode, NI number, case reference.
        case detail
        /// A word or phrase of a topic that is care or never for this person.
        case topic
    }

    /// Where, 1-based.
    public let line: Int
    public let column: Int
    /// The text as it stands in the draft.
    public let text: String
    public let kind: Kind
    /// Which term, detector or topic.
    public let reason: String
    /// `never`, `care` or `possible`.
    public let level: String
}

/// Scans a draft against the vault's protected terms, the identifying-detail detectors and the
/// topic words, with levels for one person (or for the people you work with).
public struct DraftScanner {
    private let matcher: PhraseMatcher
    private let phrases: [(reason: String, kind: Finding.Kind, level: String)]
    private let nearIndex: [String: [Int]]
    private let nearTerms: [(folded: String, reason: String)]
    private let detailLevel: String

    /// A scanner for what `supporter` may hear, or (nil) for your disclosure boundaries.
    public init(document: VaultDocument, supporter: Supporter?) {
        let levels: [String: SharingLevel]
        if let supporter {
            levels = Dictionary(uniqueKeysWithValues: Sharing(for: supporter, topics: document.topics).levels.map { ($0.topic.name, $0.level) })
        } else {
            levels = Dictionary(uniqueKeysWithValues: Sharing(boundaries: document.boundaries, topics: document.boundaryTopics).levels.map { ($0.topic.name, $0.level) })
        }
        // Names and identifying details are never below care, even where identities are shared.
        let identities = supporter == nil ? SharingLevel.never : max(levels["identities"] ?? .never, .care)
        let termLevel = identities == .share ? "care" : identities.rawValue
        detailLevel = supporter == nil ? (levels["home-and-routines"] ?? .never).rawValue : termLevel
        var phraseWords: [[String]] = []
        var phrases: [(String, Finding.Kind, String)] = []
        for term in document.terms {
            phraseWords.append(TextFolding.words(term.term))
            phrases.append(("protected term \"\(term.term)\" (\(term.kind.rawValue))", .term, supporter == nil ? "never" : termLevel))
        }
        for (topic, level) in levels.sorted(by: { $0.key < $1.key }) where level != .share {
            for word in TopicWords.words(for: topic, in: document) {
                phraseWords.append(TextFolding.words(word))
                phrases.append(("topic \(topic)", .topic, level.rawValue))
            }
        }
        matcher = PhraseMatcher(phraseWords)
        self.phrases = phrases
        // Single-word terms of six letters or more, indexed by their one-deletion variants.
        var nearTerms: [(String, String)] = []
        var index: [String: [Int]] = [:]
        for term in document.terms {
            let words = TextFolding.words(term.term)
            guard words.count == 1, words[0].count >= 6 else { continue }
            nearTerms.append((words[0], "near protected term \"\(term.term)\""))
            for variant in Self.deletions(of: words[0]) + [words[0]] { index[variant, default: []].append(nearTerms.count - 1) }
        }
        self.nearTerms = nearTerms
        nearIndex = index
    }

    /// The findings in `draft`, in reading order.
    public func scan(_ draft: String) -> [Finding] {
        let tokens = Tokenizer.tokens(in: draft)
        let symbols = tokens.map { matcher.symbol(for: $0.folded) }
        var findings: [(range: Range<String.Index>, finding: Finding)] = []
        for match in matcher.matches(symbols) {
            let range = tokens[match.first].range.lowerBound..<tokens[match.last].range.upperBound
            let (reason, kind, level) = phrases[match.phrase]
            findings.append((range, Finding(line: tokens[match.first].line, column: tokens[match.first].column,
                                            text: String(draft[range]), kind: kind, reason: reason, level: level)))
        }
        // Drafts repeat their words: each distinct word is looked up once.
        var nearMisses: [String: String?] = [:]
        for (position, token) in tokens.enumerated() where !nearIndex.isEmpty && symbols[position] < 0 && token.folded.count >= 5 {
            let near = nearMisses[token.folded] ?? {
                let found = nearMiss(token.folded)
                nearMisses[token.folded] = .some(found)
                return found
            }()
            if let near {
                findings.append((token.range, Finding(line: token.line, column: token.column, text: String(draft[token.range]),
                                                      kind: .nearTerm, reason: near, level: "possible")))
            }
        }
        findings += details(in: draft)
        return Self.deduplicated(findings)
    }

    // MARK: Helpers

    private func details(in draft: String) -> [(range: Range<String.Index>, finding: Finding)] {
        var found: [(Range<String.Index>, Finding)] = []
        let whole = NSRange(draft.startIndex..<draft.endIndex, in: draft)
        let lines = LinePositions(draft)
        for detector in Detector.all {
            for match in detector.pattern.matches(in: draft, range: whole) {
                guard let range = Range(match.range, in: draft) else { continue }
                let text = String(draft[range])
                guard detector.accept(text) else { continue }
                let (line, column) = lines.position(of: range.lowerBound)
                found.append((range, Finding(line: line, column: column, text: text, kind: .detail,
                                             reason: "identifying detail: \(detector.name)", level: detailLevel)))
            }
        }
        return found
    }

    private func nearMiss(_ word: String) -> String? {
        var candidates = Set<Int>()
        for variant in Self.deletions(of: word) + [word] { candidates.formUnion(nearIndex[variant] ?? []) }
        for candidate in candidates.sorted() where Self.withinOneEdit(word, nearTerms[candidate].folded) && word != nearTerms[candidate].folded {
            return nearTerms[candidate].reason
        }
        return nil
    }

    static func deletions(of word: String) -> [String] {
        let characters = Array(word)
        return characters.indices.map { index in String(characters[..<index] + characters[(index + 1)...]) }
    }

    /// Damerau–Levenshtein distance at most one (one insertion, deletion, substitution or swap).
    static func withinOneEdit(_ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
        if abs(x.count - y.count) > 1 { return false }
        var i = 0
        while i < min(x.count, y.count), x[i] == y[i] { i += 1 }
        if x.count == y.count {
            if i == x.count { return true }
            if x[(i + 1)...] == y[(i + 1)...] { return true }
            return i + 1 < x.count && x[i] == y[i + 1] && x[i + 1] == y[i] && x[(i + 2)...] == y[(i + 2)...]
        }
        let (longer, shorter) = x.count > y.count ? (x, y) : (y, x)
        return longer[(i + 1)...] == shorter[i...]
    }

    /// One finding per place: of findings that overlap, the one covering the most text wins, then
    /// a term over a detail over a topic word over a near miss. A sweep in reading order, so the
    /// cost is n log n however many findings there are.
    private static func deduplicated(_ findings: [(range: Range<String.Index>, finding: Finding)]) -> [Finding] {
        let rank: [Finding.Kind: Int] = [.term: 0, .detail: 1, .topic: 2, .nearTerm: 3]
        func better(_ a: (range: Range<String.Index>, finding: Finding), _ b: (range: Range<String.Index>, finding: Finding)) -> Bool {
            let (x, y) = (a.finding.text.count, b.finding.text.count)
            return x != y ? x > y : rank[a.finding.kind]! < rank[b.finding.kind]!
        }
        var kept: [Finding] = []
        var group: [(range: Range<String.Index>, finding: Finding)] = []
        var groupEnd: String.Index?
        func flush() {
            if let best = group.min(by: better) { kept.append(best.finding) }
            group.removeAll()
        }
        for candidate in findings.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            if let end = groupEnd, candidate.range.lowerBound >= end { flush() }
            group.append(candidate)
            groupEnd = max(groupEnd ?? candidate.range.upperBound, candidate.range.upperBound)
            if group.count == 1 { groupEnd = candidate.range.upperBound }
        }
        flush()
        return kept
    }
}

/// Line and column (in characters) of an index, from the line starts.
struct LinePositions {
    private let text: String
    private let starts: [String.Index]

    init(_ text: String) {
        self.text = text
        var starts = [text.startIndex]
        var index = text.startIndex
        while let newline = text[index...].firstIndex(where: \.isNewline) {
            index = text.index(after: newline)
            starts.append(index)
        }
        self.starts = starts
    }

    func position(of index: String.Index) -> (line: Int, column: Int) {
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= index { low = middle } else { high = middle - 1 }
        }
        return (low + 1, text[starts[low]..<index].count + 1)
    }
}
