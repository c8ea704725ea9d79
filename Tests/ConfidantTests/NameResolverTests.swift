import Testing
@testable import Confidant

@Suite struct NameResolverTests {
    let people = ["Sam", "Sam Taylor", "Zoë Adams", "Priya"].map { Supporter(name: $0, relationship: .friend) }

    @Test func exactNamesWinOverPrefixes() throws {
        #expect(try NameResolver.resolve("sam", in: people).name == "Sam")
        #expect(try NameResolver.resolve("SAM TAYLOR", in: people).name == "Sam Taylor")
    }

    @Test func uniquePrefixesAndFoldedAccentsResolve() throws {
        #expect(try NameResolver.resolve("pri", in: people).name == "Priya")
        #expect(try NameResolver.resolve("zoe", in: people).name == "Zoë Adams")
        #expect(try NameResolver.resolve("sam t", in: people).name == "Sam Taylor")
    }

    @Test func ambiguityAndUnknownsListCandidates() {
        #expect(throws: ConfidantError.ambiguousSupporter("sa", candidates: ["Sam", "Sam Taylor"])) { try NameResolver.resolve("sa", in: people) }
        #expect(throws: ConfidantError.unknownSupporter("Alex", candidates: ["Priya", "Sam", "Sam Taylor", "Zoë Adams"])) {
            try NameResolver.resolve("Alex", in: people)
        }
        #expect(throws: ConfidantError.self) { try NameResolver.resolve("", in: people) }
    }
}
