import Foundation

/// A copy of this vault to merge (another device's, a sync tool's conflict copy, git's other
/// version), and what a report calls it.
public struct VaultCopy: Sendable {
    public let label: String
    public let document: VaultDocument

    public init(label: String, document: VaultDocument) {
        self.label = label
        self.document = document
    }
}

/// What merging copies into a vault changes (docs/SYNC.md): record by record, the conflicts it
/// settled, the protections it would weaken (applied only with consent), and people who look
/// added twice.
public struct MergeOutcome: Sendable, Encodable {
    public let changes: [MergeChange]
    public let conflicts: [MergeConflict]
    /// A line each, as `VaultDocument.weakenings` words them.
    public let weakenings: [String]
    /// "Alex Brennan is in the vault twice (added on two devices?)", a line each.
    public let duplicates: [String]
    /// Whether the vault was written (`OpenVault.merge`).
    public internal(set) var written = false
}

extension VaultDocument {
    /// This document with `copies` merged in (`converged`), and what that changes. A copy holding
    /// a change dated more than a day after `now` is refused: its stamps would win every later
    /// merge.
    /// - Throws: `ConfidantError.stampAhead`.
    public func merging(_ copies: [VaultCopy], now: Date = Date()) throws -> (merged: VaultDocument, outcome: MergeOutcome) {
        var merged = self, conflicts: [MergeConflict] = []
        for copy in copies {
            try copy.document.requireNoStampAhead(of: now, in: copy.label)
            conflicts += merged.conflicts(with: copy.document, mine: "this vault", theirs: copy.label)
            merged = merged.converged(with: copy.document)
        }
        let before = Set(supporters.map(\.id))
        let groups = Dictionary(grouping: merged.supporters, by: { NameKey.of($0.name) })
        let duplicates = groups.values.filter { $0.count > 1 && $0.contains { !before.contains($0.id) } }
            .map { group in
                let ids = group.map { NameResolver.idPrefix($0.id) }.sorted()
                return "\(group[0].name) is in the vault more than once (added on two devices?), ids \(ids.joined(separator: " and ")): "
                    + "`confidant edit \(ids[0]) --rename NAME` tells them apart, `confidant remove \(ids[0])` removes one"
            }.sorted()
        return (
            merged,
            MergeOutcome(
                changes: changes(to: merged), conflicts: conflicts, weakenings: weakenings(to: merged, countingRemovals: false),
                duplicates: duplicates)
        )
    }

    /// Refuses a document holding a stamp more than a day after `now`.
    /// - Throws: `ConfidantError.stampAhead`.
    func requireNoStampAhead(of now: Date, in label: String) throws {
        if let latest = stampAhead(of: now) {
            throw ConfidantError.stampAhead(copy: label, at: Date(timeIntervalSince1970: Double(latest.wall) / 1000))
        }
    }
}
