import Foundation

/// Finds a supporter by name under `NameKey`: an exact match first, then a unique prefix. Never
/// the first of several: in a tool that decides what one person may hear, a name that could be
/// two people is always "say which".
public enum NameResolver {
    /// The supporter `query` names.
    /// - Throws: `ConfidantError.unknownSupporter` or `.ambiguousSupporter`, each with the candidates.
    public static func resolve(_ query: String, in supporters: [Supporter]) throws -> Supporter {
        let wanted = NameKey.of(query)
        guard !wanted.isEmpty else { throw ConfidantError.unknownSupporter(query, candidates: supporters.map(\.name).sorted()) }
        let keys = supporters.map { NameKey.of($0.name) }
        let exact = supporters.indices.filter { keys[$0] == wanted }
        let matches = exact.isEmpty ? supporters.indices.filter { keys[$0].hasPrefix(wanted) } : exact
        if matches.count == 1 { return supporters[matches[0]] }
        if matches.count > 1 {
            throw ConfidantError.ambiguousSupporter(query, candidates: matches.map { supporters[$0].name }.sorted())
        }
        throw ConfidantError.unknownSupporter(query, candidates: supporters.map(\.name).sorted())
    }
}
