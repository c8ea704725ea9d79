import Foundation

extension VaultDocument {
    /// Sets what may be shared with the supporter with `id`: back to the sphere's defaults when
    /// `reset`, then each topic at its level; logged.
    /// - Throws: `ConfidantError.unknownTopic` (nothing is changed), `.unknownSupporter`.
    public mutating func setSharing(for id: UUID, _ changes: [(topic: String, level: SharingLevel)], reset: Bool) throws {
        try checkTopics(changes.map(\.topic), among: topics)
        let index = try position(of: id)
        if reset { supporters[index].sharing = [:] }
        for (topic, level) in changes { supporters[index].sharing[topic] = level }
        supporters[index].updatedAt = .currentSecond
        log(.sharingChanged, supporter: id, "sharing limits changed for \(supporters[index].name)")
    }

    /// Sets your disclosure boundaries with the people you work with: back to the defaults when
    /// `reset`, then each topic at its level; logged.
    /// - Throws: `ConfidantError.unknownTopic` (nothing is changed).
    public mutating func setBoundaries(_ changes: [(topic: String, level: SharingLevel)], reset: Bool) throws {
        try checkTopics(changes.map(\.topic), among: boundaryTopics)
        if reset { boundaries = VaultDocument().boundaries }
        for (topic, level) in changes { boundaries[topic] = level }
        log(.boundariesChanged, "disclosure boundaries changed")
    }

    /// Adds a topic of your own, for supporters or (`boundary`) for your disclosure boundaries.
    /// - Throws: `ConfidantError.invalidValue` for a bad name or one in use.
    public mutating func defineTopic(_ topic: Topic, boundary: Bool) throws {
        guard Topic.isValidName(topic.name) else {
            throw ConfidantError.invalidValue(Topic.nameRule)
        }
        guard !(boundary ? boundaryTopics : topics).contains(where: { $0.name == topic.name }) else {
            throw ConfidantError.invalidValue("the topic \(topic.name) exists already")
        }
        if boundary { customBoundaryTopics.append(topic) } else { customTopics.append(topic) }
        log(.sharingChanged, "topic \(topic.name) added")
    }

    /// Adds `phrase` to the words a draft is checked for under `topic` (`~phrase` for an
    /// everyday word); a phrase already there (compared as `NameKey` compares names) is left.
    /// - Throws: `ConfidantError.unknownTopic`, `.invalidValue` for a phrase without a word.
    public mutating func addTopicWord(_ phrase: String, to topic: String) throws {
        try checkTopics([topic], among: topics + boundaryTopics)
        guard TopicWords.isUsable(phrase) else { throw ConfidantError.invalidValue("\"\(phrase)\" has no word in it") }
        var words = TopicWords.words(for: topic, in: self)
        if !words.contains(where: { Self.samePhrase($0, phrase) }) { words.append(phrase) }
        topicWords[topic] = words
        log(.sharingChanged, "topic words of \(topic) changed")
    }

    /// Stops looking for `phrase` under `topic`.
    /// - Throws: `ConfidantError.unknownTopic`, `.invalidValue` when it is not a word of the topic.
    public mutating func removeTopicWord(_ phrase: String, from topic: String) throws {
        try checkTopics([topic], among: topics + boundaryTopics)
        var words = TopicWords.words(for: topic, in: self)
        guard words.contains(where: { Self.samePhrase($0, phrase) }) else {
            throw ConfidantError.invalidValue("\"\(phrase)\" is not a word of \(topic); nothing was changed")
        }
        words.removeAll { Self.samePhrase($0, phrase) }
        topicWords[topic] = words
        log(.sharingChanged, "topic words of \(topic) changed")
    }

    // MARK: Helpers

    /// Refuses the first of `given` that is not the name of one of `known`.
    private func checkTopics(_ given: [String], among known: [Topic]) throws {
        let names = known.map(\.name)
        if let unknown = given.first(where: { !names.contains($0) }) { throw ConfidantError.unknownTopic(unknown, known: names) }
    }

    /// Two listed entries are the same when their phrases have the same key and both are, or
    /// neither is, marked everyday.
    private static func samePhrase(_ a: String, _ b: String) -> Bool {
        let (x, y) = (TopicWords.parse(a), TopicWords.parse(b))
        return x.everyday == y.everyday && NameKey.of(x.phrase) == NameKey.of(y.phrase)
    }
}
