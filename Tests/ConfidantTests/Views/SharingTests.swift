import Testing

@testable import Confidant

@Suite struct SharingTests {
    @Test func personalSupportersNeverHearCaseMatters() {
        let sharing = Sharing(for: Supporter(name: "Sam", relationship: .partner), topics: Topic.builtIn)
        #expect(sharing.topics(at: .share) == ["feelings", "hard-day", "workload", "role"])
        #expect(sharing.topics(at: .never) == ["case-details", "identities", "offence-details", "case-material", "risk-decisions"])
        #expect(sharing.topics(at: .care).isEmpty)
    }

    @Test func workAndServiceDefaults() {
        let work = Sharing(for: Supporter(name: "Priya", relationship: .supervisor), topics: Topic.builtIn)
        #expect(work.topics(at: .never).isEmpty)
        #expect(work.topics(at: .care) == ["case-details", "identities", "offence-details", "case-material", "risk-decisions"])
        let service = Sharing(for: Supporter(name: "EAP", relationship: .counsellor), topics: Topic.builtIn)
        #expect(service.topics(at: .never) == ["identities", "case-material"])
        #expect(service.topics(at: .care) == ["case-details", "offence-details", "risk-decisions"])
    }

    @Test func overridesWinAndCustomTopicsDefaultToTheCautiousSide() {
        var supporter = Supporter(name: "Sam", relationship: .friend)
        supporter.sharing["workload"] = .never
        let topics = Topic.builtIn + [Topic(name: "my-health", meaning: "your own health")]
        let sharing = Sharing(for: supporter, topics: topics)
        #expect(sharing.topics(at: .never).contains("workload"))
        #expect(sharing.topics(at: .never).contains("my-health"))
        #expect(sharing.levels.first { $0.topic.name == "workload" }?.overridden == true)
    }

    @Test func relationshipsImplyTheirSphere() {
        #expect(Supporter(name: "a", relationship: .colleague).sphere == .work)
        #expect(Supporter(name: "a", relationship: .helpline).sphere == .service)
        #expect(Supporter(name: "a", relationship: .family).sphere == .personal)
        #expect(Supporter(name: "a", relationship: .family, sphere: .work).sphere == .work)
    }

    @Test func builtInTopicNamesAreValid() {
        #expect(Topic.builtIn.allSatisfy { Topic.isValidName($0.name) })
        #expect(!Topic.isValidName("Case Details"))
        #expect(!Topic.isValidName(""))
    }
}
