import Foundation

/// Scans a draft against the vault's protected names and terms (in every form people write them),
/// the names of supporters at work, the identifying-detail detectors and the topic words, with
/// levels for one person (or for the people you work with). docs/DRAFT-CHECK.md describes every
/// rule; the cost is linear in the draft and in the number of terms.
public struct DraftScanner {
    private let names: [NameSource]
    private let topicForms: TopicForms
    private let topicPhrases: PhraseList
    /// By word of `topicPhrases`: the beginning a draft word needs (`TopicForms`).
    private let topicBeginnings: [Int32]
    /// By topic phrase: the topic and the level of a match.
    private let topicOf: [String]
    private let topicLevel: [Finding.Level]
    private let topicMatcher: PhraseMatcher
    private let detailLevel: Finding.Level
    /// What a draft is checked against.
    public let coverage: DraftCoverage

    /// A scanner for what `supporter` may hear, or (nil) for your disclosure boundaries.
    public init(document: VaultDocument, supporter: Supporter?) {
        let lists = TopicWords.lists(for: supporter, in: document)
        let levels = Dictionary(uniqueKeysWithValues: lists.map { ($0.topic, $0.level) })
        // Names and identifying details are never below care, even where identities are shared.
        let nameLevel: Finding.Level = supporter == nil || levels["identities"] == .never ? .never : .care
        detailLevel = supporter == nil ? (levels["home-and-routines"] == .never ? .never : .care) : nameLevel

        // Colleagues are protected too: their names are for people at work.
        let colleagues = supporter.map { $0.sphere == .work ? [] : document.supporters.filter { $0.sphere == .work } } ?? []
        names = document.terms.map { NameSource(text: $0.term, kind: $0.kind, level: nameLevel, exact: $0.exact) }
            + colleagues.map { NameSource(text: $0.name, kind: nil, level: nameLevel, exact: false) }

        var forms = TopicForms(), phrases = PhraseList(), beginnings: [Int32] = []
        var topicOf: [String] = [], topicLevel: [Finding.Level] = []
        for list in lists where list.checked {
            for (phrase, everyday) in list.words.map({ ($0, false) }) + list.everydayWords.map({ ($0, true) }) {
                var symbols: [Int32] = []
                var text = phrase
                text.withUTF8 { bytes in
                    WordSplitter.forEachWord(in: bytes) { _, _, word in
                        let (symbol, beginning) = forms.listed(word)
                        symbols.append(symbol)
                        beginnings.append(beginning)
                    }
                }
                guard !symbols.isEmpty else { continue }
                phrases.append(symbols)
                topicOf.append(list.topic)
                topicLevel.append(everyday ? .possible : list.level == .never ? .never : .care)
            }
        }
        (topicForms, topicPhrases, topicBeginnings) = (forms, phrases, beginnings)
        (self.topicOf, self.topicLevel) = (topicOf, topicLevel)
        topicMatcher = PhraseMatcher(phrases, symbolCount: forms.symbolCount)
        coverage = DraftCoverage(protectedTerms: document.terms.count, workNames: colleagues.count,
                                 detailRules: Detector.all.count, topicWords: phrases.count)
    }

    /// A scanner for a note kept in the vault (a check-in's): protected names and terms in every
    /// form, and identifying details, all at never; no topic words, since a personal note is
    /// about your own feelings.
    public init(notesIn document: VaultDocument) {
        names = document.terms.map { NameSource(text: $0.term, kind: $0.kind, level: .never, exact: $0.exact) }
        detailLevel = .never
        (topicForms, topicPhrases, topicBeginnings, topicOf, topicLevel) = (TopicForms(), PhraseList(), [], [], [])
        topicMatcher = PhraseMatcher(topicPhrases, symbolCount: topicForms.symbolCount)
        coverage = DraftCoverage(protectedTerms: document.terms.count, workNames: 0, detailRules: Detector.all.count, topicWords: 0)
    }

    /// The findings in `draft`, in reading order.
    public func scan(_ draft: String) -> [Finding] {
        var draft = draft
        return draft.withUTF8 { text in
            let visible = VisibleText(text)
            let candidates = visible.bytes.map { cleaned in
                cleaned.withUnsafeBufferPointer { matches(in: $0).map { $0.moved(to: visible.original($0.range)) } }
            } ?? matches(in: text)
            var positions = TextPositions(text)
            return FindingSelection.select(candidates, textLength: text.count).map { candidate in
                let (line, column) = positions.position(of: candidate.range.lowerBound)
                return Finding(line: line, column: column, text: String(decoding: UnsafeBufferPointer(rebasing: text[candidate.range]), as: UTF8.self),
                               kind: candidate.kind, reason: candidate.reason, level: candidate.level)
            }
        }
    }

    /// Whether a draft shows anything to check: a draft of nothing but white space and invisible
    /// characters is empty, and must never be reported as "nothing found".
    public static func hasVisibleText(_ draft: String) -> Bool {
        VisibleText.hasVisible(draft)
    }

    /// Every match in `text`, before overlaps are resolved.
    private func matches(in text: UnsafeBufferPointer<UInt8>) -> [Candidate] {
        let words = DraftWords(text, topics: topicPhrases.count > 0 ? topicForms : nil)
        var candidates = NameScan.candidates(in: words, sources: names) + topicCandidates(words)
        for match in DetailScan.matches(in: text) {
            candidates.append(Candidate(range: match.range, kind: .detail, level: detailLevel, reason: "identifying detail: \(match.detector)"))
        }
        return candidates
    }

    // MARK: Helpers

    private func topicCandidates(_ words: DraftWords) -> [Candidate] {
        guard topicPhrases.count > 0 else { return [] }
        var found: [Candidate] = []
        words.topicStream().withUnsafeBufferPointer { symbols in
            topicMatcher.forEachMatch(in: symbols) { phrase, first, last in
                let listed = topicPhrases.range(phrase)
                for (position, word) in zip(first...last, listed) where !words.begins(position, as: topicBeginnings[word], in: topicForms) { return }
                found.append(Candidate(range: words.range(first, last), kind: .topic, level: topicLevel[Int(phrase)], reason: "topic \(topicOf[Int(phrase)])"))
            }
        }
        return found
    }
}

extension TermKind {
    /// Kinds that name a person, and so are looked for in every form people write names in.
    public var isPersonLike: Bool {
        switch self {
        case .client, .victim, .colleague, .person: true
        case .caseRef, .place, .other: false
        }
    }
}
