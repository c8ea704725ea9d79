import Foundation
import Testing

@testable import Confidant

/// The detectors run over windows around digits and "@" give exactly the matches of the same
/// patterns over the whole text.
@Suite struct DetectorsTests {
    /// Every match of every detector over the whole text, as (UTF-8 range, detector).
    static func whole(_ text: String) -> [String] {
        let range = NSRange(text.startIndex..<text.endIndex, in: text)
        var found: [String] = []
        for (detector, pattern) in zip(Detector.all, Detector.patterns) {
            for match in pattern.matches(in: text, range: range) {
                guard let range = Range(match.range, in: text), detector.accept(String(text[range])) else { continue }
                let lower = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
                let upper = text.utf8.distance(from: text.startIndex, to: range.upperBound)
                found.append("\(lower)..<\(upper) \(detector.name)")
            }
        }
        return found
    }

    static func windowed(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { DetailScan.matches(in: $0).map { "\($0.range.lowerBound)..<\($0.range.upperBound) \($0.detector)" } }
    }

    @Test func windowsFindWhatTheWholeTextHolds() {
        var generator = SeededGenerator(seed: 9)
        let pieces = [
            "0", "7", "1", "9", "12", "/", "-", ".", " ", "  ", "\n", "+44", "(0)", "(", ")", "@", "a", "Z", "sam", "example",
            ".org", "AB", "QQ", "M1", "1AE", "st", "March", "é", "😀", "\u{A0}", "\u{3000}", "x", "_", "%", "1985", "2024",
            "born ", "of ", "Jan", "'", ",", ":", "DOB", "3rd", "A1234BC",
        ]
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 1...60, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(Self.windowed(text).sorted() == Self.whole(text).sorted(), "\(text.debugDescription)")
        }
    }

    @Test func farApartDetailsAreEachFound() {
        let filler = String(repeating: "word ", count: 200)
        let text = "call 07700 900123 " + filler + "or sam@example.org " + filler + "born 12/03/1985\n" + filler + "ref X123456"
        #expect(Self.windowed(text).count == 5) // "born 12/03/1985" is found by two patterns
        #expect(Self.windowed(text).sorted() == Self.whole(text).sorted())
        #expect(Self.windowed(filler).isEmpty)
    }
}

/// A small deterministic random number generator (SplitMix64), so a failure can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
