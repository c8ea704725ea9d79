import Foundation

extension VaultDocument {
    /// Adds protected terms, skipping blanks and ones already present (compared without case or
    /// accents). Returns how many were added and how many skipped as duplicates.
    /// - Throws: `ConfidantError.invalidValue` for a term longer than 200 characters, without a
    ///   letter or digit, or holding control or invisible characters; nothing is added then.
    public mutating func addTerms(_ candidates: [String], kind: TermKind, note: String?, exact: Bool = false) throws -> (added: Int, duplicates: Int) {
        if candidates.contains(where: { StoredText.hasHiddenCharacters($0.trimmingCharacters(in: .whitespacesAndNewlines)) }) {
            throw ConfidantError.invalidValue("a protected term cannot hold control or invisible characters; nothing was added")
        }
        var seen = Set(terms.map { NameKey.of($0.term) })
        var added = 0, duplicates = 0
        for candidate in candidates {
            let term = candidate.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !term.isEmpty else { continue }
            guard term.count <= 200 else { throw ConfidantError.invalidValue("a protected term is longer than 200 characters") }
            guard !TextFolding.words(term).isEmpty else {
                throw ConfidantError.invalidValue("a protected term needs a letter or digit in it; nothing was added")
            }
            guard seen.insert(NameKey.of(term)).inserted else {
                duplicates += 1
                continue
            }
            terms.append(ProtectedTerm(term: term, kind: kind, note: note, exact: exact))
            added += 1
        }
        if added > 0 { log(.termsAdded, "\(added) protected term\(added == 1 ? "" : "s") added") }
        return (added, duplicates)
    }

    /// Removes the terms named (without case or accents).
    /// - Throws: `ConfidantError.invalidValue` naming how many were not found, when any was not.
    public mutating func removeTerms(_ names: [String]) throws -> Int {
        let wanted = Set(names.map(NameKey.of))
        let missing = wanted.subtracting(terms.map { NameKey.of($0.term) })
        guard missing.isEmpty else {
            throw ConfidantError.invalidValue("\(missing.count) of the terms given \(missing.count == 1 ? "is" : "are") not in the vault; nothing was removed")
        }
        let before = terms.count
        terms.removeAll { wanted.contains(NameKey.of($0.term)) }
        log(.termsRemoved, "\(before - terms.count) protected terms removed")
        return before - terms.count
    }
}
