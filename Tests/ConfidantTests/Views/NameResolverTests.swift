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

    /// Any word of the name, not only its start; still never a guess between two.
    @Test func anyWordOfTheNameFindsThem() throws {
        let people = ["Dr Helen Marsh", "Sam Okafor", "Helena Price", "Jo Okafor-Reid"].map { Supporter(name: $0, relationship: .friend) }
        #expect(try NameResolver.resolve("marsh", in: people).name == "Dr Helen Marsh")
        #expect(try NameResolver.resolve("helen ma", in: people).name == "Dr Helen Marsh")
        #expect(try NameResolver.resolve("price", in: people).name == "Helena Price")
        #expect(throws: ConfidantError.ambiguousSupporter("helen", candidates: ["Dr Helen Marsh", "Helena Price"])) {
            try NameResolver.resolve("helen", in: people)
        }
        #expect(throws: ConfidantError.ambiguousSupporter("okafor", candidates: ["Jo Okafor-Reid", "Sam Okafor"])) {
            try NameResolver.resolve("okafor", in: people)
        }
        #expect(throws: ConfidantError.self) { try NameResolver.resolve("elen", in: people) }
    }

    @Test func ambiguityAndUnknownsListCandidates() {
        #expect(throws: ConfidantError.ambiguousSupporter("sa", candidates: ["Sam", "Sam Taylor"])) { try NameResolver.resolve("sa", in: people) }
        #expect(throws: ConfidantError.unknownSupporter("Alex", candidates: [])) { try NameResolver.resolve("Alex", in: people) }
        #expect(throws: ConfidantError.self) { try NameResolver.resolve("", in: people) }
    }
}

extension NameResolverTests {
    /// `show nobody` printed every supporter's name. A miss now suggests
    /// only names one edit away (the whole name or one of its words) or sharing a start.
    @Test func aMistypedNameListsOnlyCloseMatches() {
        #expect(throws: ConfidantError.unknownSupporter("priay", candidates: ["Priya"])) { try NameResolver.resolve("priay", in: people) }
        #expect(throws: ConfidantError.unknownSupporter("zoey adams", candidates: ["Zoë Adams"])) {
            try NameResolver.resolve("zoey adams", in: people)
        }
        #expect(throws: ConfidantError.unknownSupporter("tayler", candidates: ["Sam Taylor"])) { try NameResolver.resolve("tayler", in: people) }
        #expect(throws: ConfidantError.unknownSupporter("nobody", candidates: [])) { try NameResolver.resolve("nobody", in: people) }
        #expect(throws: ConfidantError.unknownSupporter("samuel", candidates: ["Sam", "Sam Taylor"])) {
            try NameResolver.resolve("samuel", in: people)
        }
    }
}

@Suite struct NameKeyTests {
    @Test func caseAccentsNormalisationAndInnerSpaceAreIgnored() {
        let key = NameKey.of("Zoë Adams")
        #expect(NameKey.of("ZOE  ADAMS") == key)
        #expect(NameKey.of(" zoe\u{308} adams ") == key)
        #expect(NameKey.of("Zoe\tAdams") == key)
        #expect(NameKey.of("Zoe Adam") != key)
    }

    @Test func twoPeopleWithTheSameKeyAreAlwaysAmbiguous() throws {
        // Vaults written before names were keyed may hold both; resolving is then never a guess.
        let people = ["Zoë Adams", "Zoe Adams"].map { Supporter(name: $0, relationship: .friend) }
        // Named alike, they are told apart by id, and either id finds its own.
        let ids = people.map { NameResolver.idPrefix($0.id) }
        #expect(
            throws: ConfidantError.ambiguousSupporter("zoe adams", candidates: ["Zoë Adams (id \(ids[0]))", "Zoe Adams (id \(ids[1]))"].sorted())
        ) {
            try NameResolver.resolve("zoe adams", in: people)
        }
        #expect(try NameResolver.resolve(ids[1], in: people).id == people[1].id)
        #expect(throws: ConfidantError.ambiguousSupporter("Zoë", candidates: ["Zoe Adams", "Zoë Adams"])) {
            try NameResolver.resolve("Zoë", in: people)
        }
    }
}

extension NameKeyTests {
    /// The ASCII fast path gives the key the general rule gives.
    @Test(arguments: ["  Sam   O`Brien ", "SAM\tO'BRIEN", "a\u{1c}b\u{1f}c\u{0b}d\u{0c}e", "", "   ", "x y", "Jo-Ann McDONALD-smith"])
    func asciiNamesKeyAsTheGeneralRuleDoes(name: String) {
        #expect(NameKey.of(name) == TextFolding.fold(name).split(whereSeparator: \.isWhitespace).joined(separator: " "))
    }
}

extension NameResolverTests {
    @Test(arguments: [
        ("sam", "sam", true), ("sma", "sam", true), ("sa", "sam", true), ("samm", "sam", true), ("sbm", "sam", true),
        ("ams", "sam", false), ("s", "sam", false), ("", "a", true), ("priay", "priya", true), ("pirya", "priya", true),
        ("abcd", "abdc", true), ("abcd", "bacd", true), ("abcd", "dcba", false),
    ])
    func oneEditApart(a: String, b: String, expected: Bool) {
        #expect(OneEdit.apart(Array(a), Array(b)) == expected)
        #expect(OneEdit.apart(Array(b), Array(a)) == expected)
    }
}
