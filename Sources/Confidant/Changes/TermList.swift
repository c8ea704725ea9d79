import Foundation

extension VaultDocument {
    /// Adds protected terms, skipping blanks and ones already present (compared without case or
    /// accents). Returns how many were added and how many skipped as duplicates.
    /// - Throws: `ConfidantError.invalidValue` for a term longer than 200 characters, without a
    ///   letter or digit, or holding control or invisible characters; nothing is added then.
    public mutating func addTerms(_ candidates: [String], kind: TermKind, note: String?, exact: Bool = false) throws -> (added: Int, duplicates: Int)
    {
        if candidates.contains(where: { StoredText.hasHiddenCharacters($0.trimmingCharacters(in: .whitespacesAndNewlines)) }) {
            throw ConfidantError.invalidValue("a protected term cannot hold control or invisible characters; nothing was added")
        }
        var seen = Set(terms.map { NameKey.of($0.term) })
        var added = 0, duplicates = 0
        for candidate in candidates {
            // Spaces inside collapsed: "darren   PIKE" is kept as "darren PIKE".
            let term = candidate.split(whereSeparator: \.isWhitespace).joined(separator: " ")
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

    /// Records the short names the person named by `term` goes by ("Baz" for Barry Cooper),
    /// replacing any recorded before; an empty list clears them.
    /// - Throws: `ConfidantError.invalidValue` when there is no such term, it is not a person's
    ///   name, or a form is empty, too long or holds hidden characters.
    public mutating func setGoesBy(_ forms: [String], forTerm term: String) throws {
        guard let index = terms.firstIndex(where: { NameKey.of($0.term) == NameKey.of(term) }) else {
            throw ConfidantError.invalidValue("there is no protected term by that name; nothing was changed")
        }
        guard terms[index].kind.isPersonLike, !terms[index].exact else {
            throw ConfidantError.invalidValue("only a person's name (not an exact term) goes by a short name; nothing was changed")
        }
        let cleaned = forms.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        guard cleaned.allSatisfy({ $0.count <= 50 && !TextFolding.words($0).isEmpty && !StoredText.hasHiddenCharacters($0) }) else {
            throw ConfidantError.invalidValue("a short name needs a letter, at most 50 characters and no hidden characters; nothing was changed")
        }
        var seen = Set<String>()
        terms[index].goesBy = cleaned.filter { seen.insert(NameKey.of($0)).inserted }
        log(.termsAdded, "short names recorded for a protected term")
    }

    /// Removes the terms named (without case or accents).
    /// - Throws: `ConfidantError.invalidValue` naming how many were not found, when any was not.
    public mutating func removeTerms(_ names: [String]) throws -> Int {
        let wanted = Set(names.map(NameKey.of))
        let missing = wanted.subtracting(terms.map { NameKey.of($0.term) })
        guard missing.isEmpty else {
            throw ConfidantError.invalidValue(
                "\(missing.count) of the terms given \(missing.count == 1 ? "is" : "are") not in the vault; nothing was removed")
        }
        let before = terms.count
        terms.removeAll { wanted.contains(NameKey.of($0.term)) }
        log(.termsRemoved, "\(before - terms.count) protected terms removed")
        return before - terms.count
    }
}
