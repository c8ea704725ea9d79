import Foundation

/// What an import would do, record by record, and which of its changes weaken a protection
/// (docs/EXPORT.md). A forged or careless export must not quietly let a draft through: no import
/// makes a topic more permissive for anyone, removes or narrows a protected term, drops agreement
/// history, removes a supporter or topic words without these being listed and accepted.
public struct ImportReview: Sendable {
    /// Whether this vault signed the export (`ExportAuthenticator`).
    public let signedHere: Bool
    /// The counts.
    public let report: MergeReport
    /// Each record the import adds, changes or removes, a line each.
    public let changes: [String]
    /// The changes that weaken a protection, a line each.
    public let risks: [String]

    /// The review of merging `imported` into `current` (`VaultDocument.merge`).
    init(current: VaultDocument, imported: VaultDocument, replace: Bool, signedHere: Bool) {
        var merged = current
        report = merged.merge(imported, replace: replace)
        self.signedHere = signedHere
        var changes: [String] = [], risks: [String] = []
        let before = Dictionary(current.supporters.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Set(merged.supporters.map(\.id))
        for supporter in merged.supporters {
            guard let old = before[supporter.id] else {
                changes.append("add \(supporter.name) (\(supporter.relationship.rawValue))")
                continue
            }
            guard old != supporter else { continue }
            changes.append("change \(old.name): " + Self.changedFields(old, supporter).joined(separator: ", "))
            risks += Self.weakenings(old, supporter, topics: merged.topics)
        }
        for old in current.supporters where !after.contains(old.id) {
            changes.append("remove \(old.name)")
            risks.append("\(old.name) would be removed, with \(old.agreements.count) agreement record\(old.agreements.count == 1 ? "" : "s")")
        }
        let termsAfter = Dictionary(merged.terms.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let added = merged.terms.count - current.terms.filter { termsAfter[$0.id] != nil }.count
        if added > 0 { changes.append("add \(added) protected term\(added == 1 ? "" : "s")") }
        for term in current.terms {
            guard let new = termsAfter[term.id] else {
                changes.append("remove the protected term \"\(term.term)\"")
                risks.append("the protected term \"\(term.term)\" would be removed")
                continue
            }
            if new.exact, !term.exact { risks.append("the protected term \"\(term.term)\" would match only exactly (no surname alone, initials or typos)") }
        }
        let boundaries = Sharing(boundaries: merged.boundaries, topics: merged.boundaryTopics).levels
        for (topic, level, _) in boundaries {
            let old = current.boundaries[topic.name] ?? .care
            if level < old { risks.append("with the people you work with, \(topic.name) would go from \(old.rawValue) to \(level.rawValue)") }
        }
        for (topic, words) in current.topicWords {
            let kept = Set(merged.topicWords[topic] ?? TopicWords.words(for: topic, in: merged))
            let lost = words.filter { !kept.contains($0) }
            if !lost.isEmpty { risks.append("\(lost.count) topic word\(lost.count == 1 ? "" : "s") of \(topic) would no longer be looked for") }
        }
        if merged.topicWords != current.topicWords { changes.append("change the topic words") }
        self.changes = changes
        self.risks = risks
    }

    /// The fields of a supporter that differ, by name.
    private static func changedFields(_ old: Supporter, _ new: Supporter) -> [String] {
        let fields: [(String, Bool)] = [
            ("name", old.name != new.name), ("relationship", old.relationship != new.relationship), ("sphere", old.sphere != new.sphere),
            ("phone", old.phone != new.phone), ("email", old.email != new.email), ("availability", old.availability != new.availability),
            ("notes", old.notes != new.notes), ("impact on them", old.impactOnThem != new.impactOnThem),
            ("impact on the relationship", old.impactOnRelationship != new.impactOnRelationship),
            ("agreements", old.agreements != new.agreements), ("sharing", old.sharing != new.sharing),
        ]
        let changed = fields.filter(\.1).map(\.0)
        return changed.isEmpty ? ["timestamps"] : changed
    }

    /// What a change to a supporter weakens: a topic they may now hear more of, agreement records
    /// that would be gone.
    private static func weakenings(_ old: Supporter, _ new: Supporter, topics: [Topic]) -> [String] {
        var risks: [String] = []
        let before = Dictionary(Sharing(for: old, topics: topics).levels.map { ($0.topic.name, $0.level) }, uniquingKeysWith: { a, _ in a })
        for (topic, level, _) in Sharing(for: new, topics: topics).levels {
            if let was = before[topic.name], level < was {
                risks.append("\(new.name) would be told more: \(topic.name) would go from \(was.rawValue) to \(level.rawValue)")
            }
        }
        let dropped = old.agreements.filter { !new.agreements.contains($0) }.count
        if dropped > 0 { risks.append("\(dropped) agreement record\(dropped == 1 ? "" : "s") with \(old.name) would be gone") }
        return risks
    }
}

extension VaultDocument {
    /// Refuses an imported document with a timestamp more than a day after `now` (an export
    /// dated in the future would win every later comparison) or a name or protected term holding
    /// control or invisible characters.
    /// - Throws: `ConfidantError.invalidExport`.
    func checkImported(now: Date = Date()) throws {
        let limit = now.addingTimeInterval(86_400)
        let dates = [createdAt] + supporters.flatMap { [$0.createdAt, $0.updatedAt] + $0.agreements.map(\.recordedAt) }
            + terms.map(\.addedAt) + events.map(\.at)
        if let late = dates.first(where: { $0 > limit }) {
            throw ConfidantError.invalidExport("it is dated \(Timestamp.format(late)), in the future; nothing was imported")
        }
        if supporters.contains(where: { StoredText.hasHiddenCharacters($0.name) }) || terms.contains(where: { StoredText.hasHiddenCharacters($0.term) }) {
            throw ConfidantError.invalidExport("a name or protected term in it holds control or invisible characters; nothing was imported")
        }
    }
}
