/// What may be shared with a supporter: the sphere's defaults with that person's overrides.
public struct Sharing: Sendable {
    /// Each topic with its effective level, in topic order.
    public let levels: [(topic: Topic, level: SharingLevel, overridden: Bool)]

    /// The effective levels for `supporter` over the document's topics.
    public init(for supporter: Supporter, topics: [Topic]) {
        levels = topics.map { topic in
            let override = supporter.sharing[topic.name]
            return (topic, override ?? Topic.defaultLevel(of: topic.name, for: supporter.sphere), override != nil)
        }
    }

    /// The effective disclosure boundaries over `topics`.
    public init(boundaries: [String: SharingLevel], topics: [Topic]) {
        levels = topics.map { ($0, boundaries[$0.name] ?? .care, false) }
    }

    /// Your disclosure boundaries with the people you work with, as `document` sets them (a topic
    /// not set is `care`).
    public init(boundariesOf document: VaultDocument) {
        self.init(boundaries: document.boundaries, topics: document.boundaryTopics)
    }

    /// Topic names at `level`, in topic order.
    public func topics(at level: SharingLevel) -> [String] {
        levels.filter { $0.level == level }.map(\.topic.name)
    }
}
