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
    /// By topic phrase: the topic, the level of a match, the phrase as listed (folded, without
    /// its `~` mark) and whether it is an everyday word.
    private let topicOf: [String]
    private let topicLevel: [Finding.Level]
    private let topicPhrase: [String]
    private let topicEveryday: [Bool]
    private let topicMatcher: PhraseMatcher
    private let detailLevel: Finding.Level
    private let reader: ContextRules.Reader
    /// The level of each topic whose words are looked for.
    private let topicLevels: [String: Finding.Level]
    /// The folded words of every supporter's name: never an unlisted name (nor are the words of
    /// the names looked for, `PersonIndex.Relevance.isNameWord`). Made the first time a draft
    /// holds a name that might be unlisted.
    private let supporterWords: Deferred<Set<String>>
    /// What a draft that speaks of the writer's own distress is answered with.
    private let support: Support
    /// Where the agreement with the person the draft is for stands (nil for clients and notes).
    private let standing: AgreementStanding?
    /// What a draft is checked against.
    public let coverage: DraftCoverage

    /// A scanner for what `supporter` may hear, or (nil) for your disclosure boundaries.
    public init(document: VaultDocument, supporter: Supporter?) {
        let lists = TopicWords.lists(for: supporter, in: document)
        let levels = Dictionary(uniqueKeysWithValues: lists.map { ($0.topic, $0.level) })
        // Names and identifying details are never below care, even where identities are shared.
        let nameLevel: Finding.Level = supporter == nil || levels["identities"] == .never ? .never : .care
        detailLevel = supporter == nil ? (levels["home-and-routines"] == .never ? .never : .care) : nameLevel
        reader = supporter.map { $0.sphere == .work ? .atWork : .outsideWork } ?? .clients
        topicLevels = Dictionary(uniqueKeysWithValues: lists.filter(\.checked).map { ($0.topic, $0.level == .never ? Finding.Level.never : .care) })
        support = Support(for: document)
        standing = supporter.map(AgreementStanding.init)

        // Colleagues are protected too: their names are for people at work.
        let colleagues = supporter.map { $0.sphere == .work ? [] : document.supporters.filter { $0.sphere == .work } } ?? []
        let names =
            NameSource.of(document.terms, level: nameLevel)
            + colleagues.map { NameSource(text: $0.name, kind: nil, level: nameLevel, exact: false) }
        self.names = names
        supporterWords = Deferred { [supporters = document.supporters.map(\.name)] in Self.words(of: supporters) }

        var forms = TopicForms(), phrases = PhraseList(), beginnings: [Int32] = []
        var topicOf: [String] = [], topicLevel: [Finding.Level] = [], topicPhrase: [String] = [], topicEveryday: [Bool] = []
        for list in lists where list.checked {
            for (phrase, everyday) in list.words.map({ ($0, false) }) + list.everydayWords.map({ ($0, true) }) {
                var symbols: [Int32] = [], folded: [String] = []
                var text = phrase
                text.withUTF8 { bytes in
                    WordSplitter.forEachWord(in: bytes) { _, _, word in
                        let (symbol, beginning) = forms.listed(word)
                        symbols.append(symbol)
                        beginnings.append(beginning)
                        folded.append(String(decoding: word, as: UTF8.self))
                    }
                }
                guard !symbols.isEmpty else { continue }
                phrases.append(symbols)
                topicOf.append(list.topic)
                topicLevel.append(everyday ? .possible : list.level == .never ? .never : .care)
                topicPhrase.append(folded.joined(separator: " "))
                topicEveryday.append(everyday)
            }
        }
        (topicForms, topicPhrases, topicBeginnings) = (forms, phrases, beginnings)
        (self.topicOf, self.topicLevel, self.topicPhrase, self.topicEveryday) = (topicOf, topicLevel, topicPhrase, topicEveryday)
        topicMatcher = PhraseMatcher(phrases, symbolCount: forms.symbolCount)
        coverage = DraftCoverage(
            protectedTerms: document.terms.count, workNames: colleagues.count,
            detailRules: Self.detailRules, topicWords: phrases.count)
    }

    /// A scanner for a note kept in the vault (a check-in's): protected names and terms in every
    /// form, and identifying details, all at never; no topic words, since a personal note is
    /// about your own feelings.
    public init(notesIn document: VaultDocument) {
        let names = NameSource.of(document.terms, level: .never)
        self.names = names
        detailLevel = .never
        reader = .outsideWork
        topicLevels = [:]
        support = Support(for: document)
        standing = nil
        supporterWords = Deferred { [supporters = document.supporters.map(\.name)] in Self.words(of: supporters) }
        (topicForms, topicPhrases, topicBeginnings, topicOf, topicLevel, topicPhrase, topicEveryday) = (
            TopicForms(), PhraseList(), [], [], [], [], []
        )
        topicMatcher = PhraseMatcher(topicPhrases, symbolCount: topicForms.symbolCount)
        coverage = DraftCoverage(protectedTerms: document.terms.count, workNames: 0, detailRules: Self.detailRules, topicWords: 0)
    }

    /// The verdict on `draft`: its findings, each judged in its context (`ContextRules`), and
    /// support when it speaks of the writer's own distress.
    public func check(_ draft: String) -> DraftVerdict {
        var distressed = false
        let findings = findings(in: draft) { text in
            let (candidates, context, relevance) = matches(in: text, relevance: true)
            let people = PersonIndex(names, relevant: relevance!.relevant, everyone: MoreNames.needsEveryName(context))
            var judged = candidates + MoreNames.find(in: context, names: names, index: people, detailLevel: detailLevel)
            for (detector, words) in WordDetectors.find(in: context) {
                judged.append(
                    Candidate(
                        range: context.words.range(words.lowerBound, words.upperBound), kind: .detail, level: detailLevel,
                        reason: "identifying detail: \(detector)", evidence: .detail(detector)))
            }
            let supporterWords = self.supporterWords
            distressed = ContextRules.apply(
                &judged, in: context, names: names, reader: reader, topicLevels: topicLevels,
                isKnown: { relevance!.side.isNameWord($0) || supporterWords.value.contains($0) })
            return judged
        }
        return DraftVerdict(findings: findings, support: distressed ? support : nil, standing: standing)
    }

    /// The findings in `draft`, in reading order (`check(_:)` without the support).
    public func scan(_ draft: String) -> [Finding] {
        check(draft).findings
    }

    /// The findings of the matchers alone, before any context rule: what the differential test
    /// holds to the plain reference implementation.
    func matchedFindings(in draft: String) -> [Finding] {
        findings(in: draft) { matches(in: $0, relevance: false).candidates }
    }

    /// Whether a draft shows anything to check: a draft of nothing but white space and invisible
    /// characters is empty, and must never be reported as "nothing found".
    public static func hasVisibleText(_ draft: String) -> Bool {
        VisibleText.hasVisible(draft)
    }

    /// Whether a character takes no room on screen, and so no column in a finding's position.
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        VisibleText.isInvisible(scalar)
    }

    // MARK: Helpers

    /// The folded words of `names`, read as names are (`NameWords`).
    private static func words(of names: [String]) -> Set<String> {
        var words: Set<String> = [], name = NameWords()
        for text in names {
            name.read(text, personLike: true)
            for index in 0..<name.words.count { words.insert(name.words.withWord(index) { String(decoding: $0, as: UTF8.self) }) }
        }
        return words
    }

    /// The identifying-detail rules: the patterns over digits, the word rules, numbers read out.
    private static let detailRules = Detector.all.count + WordDetectors.ruleCount + 1

    /// The findings `candidates` gives over `draft` with its invisible characters taken out,
    /// placed where they stand in the draft as given.
    private func findings(in draft: String, _ candidates: (UnsafeBufferPointer<UInt8>) -> [Candidate]) -> [Finding] {
        var draft = draft
        return draft.withUTF8 { text in
            let visible = VisibleText(text)
            let found =
                visible.bytes.map { cleaned in
                    cleaned.withUnsafeBufferPointer { candidates($0).map { $0.moved(to: visible.original($0.range)) } }
                } ?? candidates(text)
            var positions = TextPositions(text)
            return FindingSelection.select(found, textLength: text.count).map { candidate in
                let (line, column) = positions.position(of: candidate.range.lowerBound)
                return Finding(
                    line: line, column: column, text: String(decoding: UnsafeBufferPointer(rebasing: text[candidate.range]), as: UTF8.self),
                    kind: candidate.kind, reason: candidate.reason, level: candidate.level!)
            }
        }
    }

    /// Every match in `text`, before overlaps are resolved, the draft's words in context, and
    /// (with `relevance`) the names that could be in it for `MoreNames` and which of its words are
    /// words of a name (`PersonIndex.Relevance`).
    private func matches(
        in text: UnsafeBufferPointer<UInt8>, relevance: Bool
    ) -> (candidates: [Candidate], context: DraftContext, relevance: (side: PersonIndex.Relevance, relevant: [Int])?) {
        let words = DraftWords(text, topics: topicPhrases.count > 0 ? topicForms : nil)
        let context = DraftContext(words)
        var side = relevance ? PersonIndex.Relevance(context) : nil, relevant: [Int] = []
        // A name with a word in the draft is relevant, so only those have words to note; and they
        // are read as a person's name is (a note in brackets is no part of it).
        var asName = NameWords()
        var candidates =
            NameScan.candidates(
                in: words, sources: names,
                visit: side == nil
                    ? nil
                    : { number, name in
                        guard side!.mayHold(name) else { return }
                        relevant.append(number)
                        if names[number].personLike {
                            side!.noteWords(name)
                        } else {
                            asName.read(names[number].text, personLike: true)
                            side!.noteWords(asName.words)
                        }
                    }) + topicCandidates(words)
        for match in DetailScan.matches(in: text) {
            candidates.append(
                Candidate(
                    range: match.range, kind: .detail, level: detailLevel, reason: "identifying detail: \(match.detector)",
                    evidence: .detail(match.detector)))
        }
        return (candidates, context, side.map { ($0, relevant) })
    }

    private func topicCandidates(_ words: DraftWords) -> [Candidate] {
        guard topicPhrases.count > 0 else { return [] }
        var found: [Candidate] = []
        words.topicStream().withUnsafeBufferPointer { symbols in
            topicMatcher.forEachMatch(in: symbols) { phrase, first, last in
                let listed = topicPhrases.range(phrase)
                for (position, word) in zip(first...last, listed) where !words.begins(position, as: topicBeginnings[word], in: topicForms) { return }
                found.append(
                    Candidate(
                        range: words.range(first, last), kind: .topic, level: topicLevel[Int(phrase)], reason: "topic \(topicOf[Int(phrase)])",
                        evidence: .topic(phrase: topicPhrase[Int(phrase)], everyday: topicEveryday[Int(phrase)], first: first, last: last)))
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
