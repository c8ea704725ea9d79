import Foundation

extension VaultDocument {
    /// What turning this document into `changed` (an import, or a merge of copies) would weaken,
    /// a line each: a topic more permissive for anyone, a supporter added with looser sharing
    /// than their sphere's defaults, a protected term removed or narrowed, a topic word no longer
    /// looked for, and with `countingRemovals` agreement records or a supporter gone (an import
    /// must not remove them unseen; a merge takes in removals made on another device). None of
    /// these is applied without consent (docs/EXPORT.md, docs/SYNC.md).
    public func weakenings(to changed: VaultDocument, countingRemovals: Bool = true) -> [String] {
        var risks: [String] = []
        let before = Dictionary(supporters.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Set(changed.supporters.map(\.id))
        for supporter in changed.supporters {
            guard let old = before[supporter.id] else {
                var usual = supporter
                usual.sharing = [:]
                risks += Self.looser(usual, supporter, topics: changed.topics).map {
                    "\(supporter.name) would be added with more shared than usual: " + $0
                }
                continue
            }
            guard old != supporter else { continue }
            risks += Self.looser(old, supporter, topics: changed.topics).map { "\(supporter.name) would be told more: " + $0 }
            let dropped = old.agreements.filter { !supporter.agreements.contains($0) }.count
            if dropped > 0, countingRemovals { risks.append("\(dropped) agreement record\(dropped == 1 ? "" : "s") with \(old.name) would be gone") }
        }
        for old in supporters where countingRemovals && !after.contains(old.id) {
            risks.append("\(old.name) would be removed, with \(old.agreements.count) agreement record\(old.agreements.count == 1 ? "" : "s")")
        }
        let termsAfter = Dictionary(changed.terms.map { (NameKey.of($0.term), $0) }, uniquingKeysWith: { first, _ in first })
        for term in terms {
            guard let new = termsAfter[NameKey.of(term.term)] else {
                risks.append("the protected term \"\(term.term)\" would be removed")
                continue
            }
            if new.exact, !term.exact {
                risks.append("the protected term \"\(term.term)\" would match only exactly (no surname alone, initials or typos)")
            }
            let lost = term.goesBy.filter { name in !new.goesBy.contains { NameKey.of($0) == NameKey.of(name) } }
            if !lost.isEmpty { risks.append("the protected term \"\(term.term)\" would no longer be caught as \(lost.joined(separator: ", "))") }
        }
        let was = Dictionary(Sharing(boundariesOf: self).levels.map { ($0.topic.name, $0.level) }, uniquingKeysWith: { a, _ in a })
        for (topic, level, _) in Sharing(boundariesOf: changed).levels {
            let old = was[topic.name] ?? .care
            if level < old { risks.append("with the people you work with, \(topic.name) would go from \(old.rawValue) to \(level.rawValue)") }
        }
        // Every topic with a list of its own on either side, each against the built-in list
        // where the other has none: a list emptied or shortened there weakens it here too.
        for topic in Set(topicWords.keys).union(changed.topicWords.keys).sorted() {
            let kept = Set(changed.topicWords[topic] ?? TopicWords.words(for: topic, in: changed))
            let lost = (topicWords[topic] ?? TopicWords.words(for: topic, in: self)).filter { !kept.contains($0) }
            if !lost.isEmpty { risks.append("\(lost.count) topic word\(lost.count == 1 ? "" : "s") of \(topic) would no longer be looked for") }
        }
        let topicsAfter = Set(changed.customTopics.map(\.name) + changed.customBoundaryTopics.map(\.name))
        for topic in customTopics + customBoundaryTopics where !topicsAfter.contains(topic.name) {
            risks.append("the topic \(topic.name) would be removed, and its words no longer looked for")
        }
        return risks
    }

    /// The topics `new` may hear more of than `old`: "work-stress would go from care to share".
    private static func looser(_ old: Supporter, _ new: Supporter, topics: [Topic]) -> [String] {
        let before = Dictionary(Sharing(for: old, topics: topics).levels.map { ($0.topic.name, $0.level) }, uniquingKeysWith: { a, _ in a })
        return Sharing(for: new, topics: topics).levels.compactMap { topic, level, _ in
            guard let was = before[topic.name], level < was else { return nil }
            return "\(topic.name) would go from \(was.rawValue) to \(level.rawValue)"
        }
    }
}
