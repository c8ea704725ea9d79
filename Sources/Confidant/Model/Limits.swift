import Foundation

/// The most records of each kind a vault holds (docs/FORMAT.md). Generous — ten times what a
/// long career gathers, and the sizes the benchmarks run at — but fixed, so a crafted export or
/// copy cannot make every later command take seconds or gigabytes: counts are refused while
/// reading, before the records are built, and a write that would pass one is refused with a
/// clear message rather than leaving a vault that cannot be read back.
public enum Limits {
    public static let supporters = 100_000
    public static let terms = 100_000
    public static let checkIns = 100_000
    public static let events = 1_000_000
    public static let topics = 1_000
}

extension VaultDocument {
    /// Refuses a document over `Limits`.
    /// - Throws: `ConfidantError.invalidValue`.
    func requireWithinLimits() throws {
        let counts: [(Int, Int, String)] = [
            (supporters.count, Limits.supporters, "supporters"), (terms.count, Limits.terms, "protected terms"),
            (checkIns.count, Limits.checkIns, "check-ins"), (events.count, Limits.events, "log entries"),
            (customTopics.count, Limits.topics, "topics"), (customBoundaryTopics.count, Limits.topics, "topics"),
        ]
        if let (_, limit, what) = counts.first(where: { $0.0 > $0.1 }) {
            throw ConfidantError.invalidValue("that would make more than \(limit) \(what), the most a vault keeps; nothing was changed")
        }
    }

    /// Refuses two supporters, terms or check-ins with one id: every lookup by id (import,
    /// `remove`) would find the wrong one or stop.
    /// - Throws: `ConfidantError.invalidDocument`.
    func requireUniqueIDs() throws {
        for (ids, what) in [(supporters.map(\.id), "supporters"), (terms.map(\.id), "protected terms"), (checkIns.map(\.id), "check-ins")]
        where Set(ids).count != ids.count {
            throw ConfidantError.invalidDocument("two \(what) share one id")
        }
    }
}
