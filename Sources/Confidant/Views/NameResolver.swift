import Foundation

/// Finds a supporter by name under `NameKey`: an exact match first, then the one name that has a
/// word starting with the query ("sam" and "okafor" find "Sam Okafor", "helen" and "helen ma" find
/// "Dr Helen Marsh"). Never the first of several: in a tool that decides what one person may
/// hear, a name that could be two people is always "say which".
public enum NameResolver {
    /// The supporter `query` names.
    /// - Throws: `ConfidantError.ambiguousSupporter` with the candidates, or `.unknownSupporter`
    ///   with only the names close to `query` (a typo must not list everyone in the vault).
    public static func resolve(_ query: String, in supporters: [Supporter]) throws -> Supporter {
        if let byID = byID(query, in: supporters) { return byID }
        let wanted = NameKey.of(query)
        guard !wanted.isEmpty else { throw ConfidantError.unknownSupporter(query, candidates: []) }
        let keys = supporters.map { NameKey.of($0.name) }
        let exact = supporters.indices.filter { keys[$0] == wanted }
        let matches = exact.isEmpty ? supporters.indices.filter { startsAWord(of: keys[$0], with: wanted) } : exact
        if matches.count == 1 { return supporters[matches[0]] }
        if matches.count > 1 {
            // Two people with one name (added on two devices, say) are told apart by their ids.
            let named = { (supporter: Supporter) in exact.count > 1 ? "\(supporter.name) (id \(idPrefix(supporter.id)))" : supporter.name }
            throw ConfidantError.ambiguousSupporter(query, candidates: matches.map { named(supporters[$0]) }.sorted())
        }
        throw ConfidantError.unknownSupporter(query, candidates: closeMatches(wanted, keys: keys).map { supporters[$0].name }.sorted())
    }

    /// The supporter whose id begins with `query` (at least eight hex digits, as `list --json`
    /// and "say which" show them), when exactly one does.
    private static func byID(_ query: String, in supporters: [Supporter]) -> Supporter? {
        let wanted = query.trimmingCharacters(in: .whitespaces).lowercased()
        guard wanted.count >= 8, wanted.allSatisfy({ $0.isHexDigit || $0 == "-" }) else { return nil }
        let found = supporters.filter { UUIDText.format($0.id).lowercased().hasPrefix(wanted) }
        return found.count == 1 ? found[0] : nil
    }

    /// The first eight hex digits of `id`, enough to tell two supporters apart.
    static func idPrefix(_ id: UUID) -> String { String(UUIDText.format(id).lowercased().prefix(8)) }

    /// Whether `key`, from the start of one of its words, begins with `wanted`.
    static func startsAWord(of key: String, with wanted: String) -> Bool {
        if key.hasPrefix(wanted) { return true }
        var rest = Substring(key)
        while let space = rest.firstIndex(of: " ") {
            rest = rest[rest.index(after: space)...]
            if rest.hasPrefix(wanted) { return true }
        }
        return false
    }

    /// The positions of names close to `wanted` (both keys): one edit away from the name or from
    /// one of its words, or sharing its first three characters; at most five.
    private static func closeMatches(_ wanted: String, keys: [String]) -> [Int] {
        let query = Array(wanted)
        let close = keys.indices.filter { index in
            let key = keys[index]
            if query.count >= 3, key.hasPrefix(String(query.prefix(3))) { return true }
            return ([key] + key.split(separator: " ").map(String.init)).contains { OneEdit.apart(query, Array($0)) }
        }
        return Array(close.prefix(5))
    }
}
