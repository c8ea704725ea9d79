import Foundation

/// What an import would do, record by record, and which of its changes weaken a protection
/// (docs/EXPORT.md). A forged or careless export must not quietly let a draft through: no import
/// makes a topic more permissive for anyone, removes or narrows a protected term, drops agreement
/// history, removes a supporter or topic words without these being listed and accepted.
public struct ImportReview: Sendable {
    /// Whether this vault signed the export (`ExportAuthenticator`).
    public let signedHere: Bool
    /// The counts.
    public let report: ImportReport
    /// Each record the import adds, changes or removes, a line each.
    public let changes: [String]
    /// The changes that weaken a protection or need consent (contact details, the plan, a
    /// removed person brought back), a line each.
    public let risks: [String]

    /// The review of merging `imported` into `current` (`VaultDocument.merge(imported:replace:)`).
    init(current: VaultDocument, imported: VaultDocument, replace: Bool, signedHere: Bool) {
        var merged = current
        report = merged.merge(imported: imported, replace: replace)
        self.signedHere = signedHere
        var changes: [String] = []
        let before = Dictionary(current.supporters.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Set(merged.supporters.map(\.id))
        for supporter in merged.supporters {
            guard let old = before[supporter.id] else {
                changes.append("add \(supporter.name) (\(supporter.relationship.rawValue))")
                continue
            }
            guard old != supporter else { continue }
            changes.append("change \(old.name): " + Self.changedFields(old, supporter).joined(separator: ", "))
        }
        for old in current.supporters where !after.contains(old.id) { changes.append("remove \(old.name)") }
        let termsAfter = Set(merged.terms.map(\.id))
        let added = merged.terms.count - current.terms.filter { termsAfter.contains($0.id) }.count
        if added > 0 { changes.append("add \(added) protected term\(added == 1 ? "" : "s")") }
        for term in current.terms where !termsAfter.contains(term.id) { changes.append("remove the protected term \"\(term.term)\"") }
        if merged.topicWords != current.topicWords { changes.append("change the topic words") }
        self.changes = changes
        risks = current.weakenings(to: merged) + Self.needingConsent(current, merged)
    }

    /// Why the import needs consent, for a refusal: not made here (unless that was accepted), or
    /// what it would change.
    public func consentReason(foreignAccepted: Bool) -> String {
        if !signedHere, !foreignAccepted { return "this export was not made by this vault (it may be another vault's, or forged)" }
        return
            "the import would weaken or change \(risks.count) thing\(risks.count == 1 ? "" : "s") that need\(risks.count == 1 ? "s" : "") your consent"
    }

    /// What an import changes that a forged or replayed export would want to: how to reach
    /// someone, a person removed here brought back, the plan's helplines, contacts and entries.
    /// Listed with the weakenings and applied only with consent.
    private static func needingConsent(_ current: VaultDocument, _ merged: VaultDocument) -> [String] {
        var needs: [String] = []
        let before = Dictionary(current.supporters.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for supporter in merged.supporters {
            guard let old = before[supporter.id] else {
                if current.sync.removed[SupporterRecords.key(supporter.id)] != nil {
                    needs.append("\(supporter.name), removed from this vault, would come back")
                }
                continue
            }
            for (what, was, now) in [("phone", old.phone, supporter.phone), ("email", old.email, supporter.email)] where was != now {
                needs.append("\(old.name)'s \(what) would change from \(was ?? "nothing") to \(now ?? "nothing")")
            }
        }
        if merged.plan.helplines != current.plan.helplines { needs.append("the helplines in your coping plan would change") }
        if merged.plan.organisation != current.plan.organisation { needs.append("the contacts at work in your coping plan would change") }
        if (merged.plan.signs, merged.plan.responses, merged.plan.strategies, merged.plan.people)
            != (current.plan.signs, current.plan.responses, current.plan.strategies, current.plan.people)
        {
            needs.append("the entries of your coping plan would change")
        }
        return needs
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
}

extension VaultDocument {
    /// Refuses an imported document with a timestamp more than a day after `now` (an export
    /// dated in the future would win every later comparison) or a name or protected term holding
    /// control or invisible characters.
    /// - Throws: `ConfidantError.invalidExport`.
    func checkImported(now: Date = Date()) throws {
        let limit = now.addingTimeInterval(86_400)
        let dates =
            [createdAt, plan.updatedAt] + supporters.flatMap { [$0.createdAt, $0.updatedAt] + $0.agreements.map(\.recordedAt) }
            + terms.map(\.addedAt) + events.map(\.at) + checkIns.map(\.recordedAt)
        if let late = dates.first(where: { $0 > limit }) {
            throw ConfidantError.invalidExport("it is dated \(Timestamp.format(late)), in the future; nothing was imported")
        }
        if supporters.contains(where: { StoredText.hasHiddenCharacters($0.name) })
            || terms.contains(where: { StoredText.hasHiddenCharacters($0.term) })
        {
            throw ConfidantError.invalidExport("a name or protected term in it holds control or invisible characters; nothing was imported")
        }
    }
}
