import Testing

@testable import Confidant

@Suite struct SharingChangesTests {
    @Test func sharingIsSetResetAndLogged() throws {
        var document = VaultDocument()
        try document.addSupporter(Supporter(name: "Sam", relationship: .partner))
        let id = document.supporters[0].id
        try document.setSharing(for: id, [("workload", .never)], reset: false)
        #expect(document.supporters[0].sharing == ["workload": .never])
        try document.setSharing(for: id, [("feelings", .care)], reset: true)
        #expect(document.supporters[0].sharing == ["feelings": .care])
        #expect(document.events.last?.kind == .sharingChanged)
    }

    @Test func anUnknownTopicChangesNothing() throws {
        var document = VaultDocument()
        try document.addSupporter(Supporter(name: "Sam", relationship: .partner))
        let before = document
        #expect(throws: ConfidantError.unknownTopic("workloads", known: document.topics.map(\.name))) {
            try document.setSharing(for: document.supporters[0].id, [("workload", .never), ("workloads", .never)], reset: false)
        }
        #expect(throws: ConfidantError.self) { try document.setBoundaries([("workload", .share)], reset: true) }
        #expect(document == before)
    }

    @Test func boundariesResetToTheDefaults() throws {
        var document = VaultDocument()
        let defaults = document.boundaries
        let topic = try #require(document.boundaryTopics.first?.name)
        try document.setBoundaries([(topic, .share)], reset: false)
        #expect(document.boundaries[topic] == .share)
        try document.setBoundaries([], reset: true)
        #expect(document.boundaries == defaults)
        #expect(document.events.map(\.kind) == [.boundariesChanged, .boundariesChanged])
    }

    @Test func topicsOfYourOwnAreCheckedAndKeptApart() throws {
        var document = VaultDocument()
        try document.defineTopic(Topic(name: "my-running", meaning: "the marathon"), boundary: false)
        #expect(document.topics.contains { $0.name == "my-running" })
        #expect(!document.boundaryTopics.contains { $0.name == "my-running" })
        #expect(throws: ConfidantError.self) { try document.defineTopic(Topic(name: "my-running", meaning: "again"), boundary: false) }
        #expect(throws: ConfidantError.self) { try document.defineTopic(Topic(name: "My Running", meaning: "x"), boundary: false) }
    }

    @Test func topicWordsAreComparedAsNamesAre() throws {
        var document = VaultDocument()
        let topic = "workload"
        let before = TopicWords.words(for: topic, in: document)
        try document.addTopicWord("Café Racer", to: topic)
        try document.addTopicWord("cafe  racer", to: topic)
        #expect(TopicWords.words(for: topic, in: document) == before + ["Café Racer"])
        try document.addTopicWord("~cafe racer", to: topic) // the everyday form is another entry
        #expect(TopicWords.words(for: topic, in: document).count == before.count + 2)
        try document.removeTopicWord("CAFE RACER", from: topic)
        #expect(TopicWords.words(for: topic, in: document) == before + ["~cafe racer"])
        #expect(throws: ConfidantError.self) { try document.removeTopicWord("cafe racer", from: topic) }
        #expect(throws: ConfidantError.self) { try document.addTopicWord("--", to: topic) }
        #expect(throws: ConfidantError.self) { try document.addTopicWord("x", to: "no-such-topic") }
    }
}
