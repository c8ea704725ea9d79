import Testing

@testable import Confidant

/// One finding per place, and a never is never hidden behind something milder.
@Suite struct FindingSelectionTests {
    static func candidate(_ range: Range<Int>, _ kind: Finding.Kind, _ level: Finding.Level, _ reason: String = "r") -> Candidate {
        Candidate(range: range, kind: kind, level: level, reason: reason)
    }

    @Test func theMostSevereWinsOverlaps() {
        let kept = FindingSelection.select([Self.candidate(0..<20, .detail, .care), Self.candidate(5..<9, .term, .never)], textLength: 30)
        #expect(kept.map(\.range) == [5..<9])
    }

    @Test func thenTheLongestThenTheKind() {
        let kept = FindingSelection.select(
            [
                Self.candidate(0..<4, .term, .never), Self.candidate(0..<10, .topic, .never),
                Self.candidate(12..<14, .nearTerm, .never), Self.candidate(12..<14, .term, .never),
            ], textLength: 30)
        #expect(kept.map(\.range) == [0..<10, 12..<14])
        #expect(kept.map(\.kind) == [.topic, .term])
    }

    @Test func separateFindingsAreAllKept() {
        let candidates = (0..<10).map { Self.candidate($0 * 3..<$0 * 3 + 2, .term, .never) }
        #expect(FindingSelection.select(candidates.reversed(), textLength: 40).map(\.range) == candidates.map(\.range))
    }

    @Test func tiesAreBrokenTheSameWayWhateverTheOrder() {
        let a = Self.candidate(0..<4, .term, .never, "a"), b = Self.candidate(0..<4, .term, .never, "b")
        #expect(FindingSelection.select([a, b], textLength: 4).map(\.reason) == ["a"])
        #expect(FindingSelection.select([b, a], textLength: 4).map(\.reason) == ["a"])
    }
}
