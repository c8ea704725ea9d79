import Foundation
import Testing
@testable import Confidant

/// The labelled corpus of Tests/ConfidantTests/Corpus/drafts.json: fictional messages written the
/// way tired people write, each with every text that must be reported as *never* for its reader
/// (the user's partner, or the people she works with). Recall on those must be 100% and
/// precision (of the never findings reported, how many are labelled) at least 0.9; the figures
/// are printed and quoted in docs/DRAFT-CHECK.md.
@Suite struct DraftCorpusTests {
    struct Corpus: Decodable {
        struct Term: Decodable { let term: String, kind: TermKind }
        struct Message: Decodable { let `for`: String, text: String, never: [String] }
        let terms: [Term]
        let workSupporters: [String]
        let messages: [Message]
    }

    static func load() throws -> Corpus {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus/drafts.json")
        return try JSONDecoder().decode(Corpus.self, from: Data(contentsOf: url))
    }

    @Test func recallIsCompleteAndPrecisionHigh() throws {
        let corpus = try Self.load()
        #expect(corpus.messages.count >= 200)
        var document = VaultDocument()
        for term in corpus.terms { _ = try document.addTerms([term.term], kind: term.kind, note: nil) }
        for (index, name) in corpus.workSupporters.enumerated() {
            document.supporters.append(Supporter(name: name, relationship: index == 0 ? .colleague : .supervisor))
        }
        let scanners = ["partner": DraftScanner(document: document, supporter: Supporter(name: "Sam", relationship: .partner)),
                        "clients": DraftScanner(document: document, supporter: nil)]
        var expected = 0, found = 0, reported = 0, correct = 0
        for message in corpus.messages {
            let scanner = try #require(scanners[message.for], "unknown reader \(message.for)")
            let never = scanner.scan(message.text).filter { $0.level == .never }.map(\.text)
            for label in message.never {
                expected += 1
                if never.contains(label) { found += 1 } else { Issue.record("missed \(label.debugDescription) in \(message.text.debugDescription); never: \(never)") }
            }
            for text in never {
                reported += 1
                if message.never.contains(text) { correct += 1 } else { print("draft corpus: not labelled never: \(text.debugDescription) in \(message.text.debugDescription)") }
            }
        }
        let precision = Double(correct) / Double(max(reported, 1))
        print("draft corpus: \(corpus.messages.count) messages, recall on never \(found)/\(expected), precision \(correct)/\(reported) = \(String(format: "%.3f", precision))")
        #expect(found == expected, "recall \(found)/\(expected)")
        #expect(precision >= 0.9)
    }
}
