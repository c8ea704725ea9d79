import Foundation

/// Finds a supporter by name: exact match first (case-insensitive), then a unique prefix.
public enum NameResolver {
    /// The supporter `query` names.
    /// - Throws: `ConfidantError.unknownSupporter` or `.ambiguousSupporter`, each with the candidates.
    public static func resolve(_ query: String, in supporters: [Supporter]) throws -> Supporter {
        let wanted = fold(query)
        if let exact = supporters.first(where: { fold($0.name) == wanted }) { return exact }
        let matches = supporters.filter { fold($0.name).hasPrefix(wanted) }
        if matches.count == 1, !wanted.isEmpty { return matches[0] }
        if matches.count > 1, !wanted.isEmpty {
            throw ConfidantError.ambiguousSupporter(query, candidates: matches.map(\.name).sorted())
        }
        throw ConfidantError.unknownSupporter(query, candidates: supporters.map(\.name).sorted())
    }

    /// Case- and diacritic-insensitive form used for comparison: the same folding as draft matching.
    static func fold(_ name: String) -> String {
        TextFolding.fold(name.trimmingCharacters(in: .whitespaces))
    }
}
