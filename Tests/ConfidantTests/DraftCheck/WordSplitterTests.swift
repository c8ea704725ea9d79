import Foundation
import Testing

@testable import Confidant

/// Splitting text into folded words over its UTF-8 bytes.
@Suite struct WordSplitterTests {
    /// Each word as it stands and folded.
    static func split(_ text: String) -> [(String, String)] {
        var words: [(String, String)] = []
        var text = text
        text.withUTF8 { bytes in
            WordSplitter.forEachWord(in: bytes) { start, end, folded in
                words.append(
                    (String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self), String(decoding: folded, as: UTF8.self)))
            }
        }
        return words
    }

    @Test(arguments: [
        ("Darren Pike's mum", ["Darren|darren", "Pike's|pike's", "mum|mum"]),
        ("Pike’s", ["Pike’s|pike's"]), ("the Smiths'", ["the|the", "Smiths|smiths"]), ("'twas", ["twas|twas"]),
        ("O'Brien", ["O'Brien|o'brien"]), ("ZOË", ["ZOË|zoe"]), ("Zoe\u{308}", ["Zoe\u{308}|zoe"]), ("ﬁne", ["ﬁne|fine"]),
        ("re-offend", ["re|re", "offend|offend"]), ("AB123456", ["AB123456|ab123456"]), ("07700 900123", ["07700|07700", "900123|900123"]),
        ("hi😀there", ["hi|hi", "there|there"]), ("Привет мир", ["Привет|привет", "мир|мир"]), ("a\u{301}b", ["a\u{301}b|ab"]),
        (" \u{301}x", ["x|x"]), ("line\r\nbreak", ["line|line", "break|break"]), ("tab\tand  spaces", ["tab|tab", "and|and", "spaces|spaces"]),
        ("x’’", ["x|x"]), ("ʼokʼ", ["ok|ok"]), ("", []), ("...!?", []),
    ])
    func splits(text: String, expected: [String]) {
        #expect(Self.split(text).map { "\($0.0)|\($0.1)" } == expected, "\(text)")
    }

    @Test func foldingIsTheSameForTermsAndDrafts() {
        #expect(TextFolding.words("Zoë  O’Brien-Adams") == ["zoe", "o'brien", "adams"])
        #expect(TextFolding.fold("ÉLODIE") == "elodie")
    }
}
