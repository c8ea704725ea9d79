import Foundation
import Testing

@testable import Confidant

/// The fast draft scanner against `ReferenceScanner` on random vaults and drafts: names with
/// accents (composed and decomposed), apostrophes, titles and everyday words; drafts with those
/// names in every form, cased and mistyped, possessives and plurals, line breaks inside names,
/// punctuation, emoji, digits and topic words in their inflections. They must agree exactly.
@Suite struct DraftDifferentialTests {
    static let first = [
        "Darren", "Zoë", "Sean", "Amy", "Will", "Mary", "Tomasz", "Élodie", "Nina", "Jo", "Priya", "Kyle", "Ali",
        "Anne-Marie", "Søren",
    ]
    static let last = [
        "Whitfield", "Adams", "O'Brien", "Little", "Hope", "Jones", "Nowak", "Brontë", "Patel", "Baker",
        "Thompson-Reid", "Smith", "Whitfeld", "Cole", "Ng", "Strauß",
    ]
    static let filler = [
        "the", "a", "and", "i", "was", "rough", "day", "at", "work", "love", "you", "x", "tbh", "omg", "mr",
        "little", "hope", "will", "photos", "court", "hear", "date", "😀", "!!", "...", "?", "—", ",", "07700 900123",
        "sam@example.org", "12/03/1985", "AB123456", "M1 1AE", "straight", "gym", "my", "kids",
    ]
    static let topical = [
        "raped", "abusive", "offenders", "sentencing", "recalled", "risk assessment", "sex offender", "IIOC",
        "hearing", "home visits", "the register", "his laptop", "offended", "my husband", "the gym", "I live",
        "burglaries", "robbery", "abuses", "rapist's", "I'm straight", "PSRs", "two RSOs", "ra\u{AD}ped",
    ]

    static func vault(_ random: inout SeededGenerator) -> (VaultDocument, Supporter?) {
        var document = VaultDocument()
        for _ in 0..<Int.random(in: 1...8, using: &random) {
            var name =
                (Bool.random(using: &random) ? [first.randomElement(using: &random)!] : [])
                + [last.randomElement(using: &random)!]
            if Int.random(in: 0..<6, using: &random) == 0 { name.insert("Mr", at: 0) }
            if Int.random(in: 0..<6, using: &random) == 0 { name.append(last.randomElement(using: &random)!) }
            let kind = TermKind.allCases.randomElement(using: &random)!
            var term = name.joined(separator: " ")
            switch Int.random(in: 0..<8, using: &random) {
            case 0 where name.count > 1: term = name.last! + ", " + name.dropLast().joined(separator: " ")
            case 1: term += " (DOB 1/1/80)"
            default: break
            }
            if Bool.random(using: &random) { term = term.decomposedStringWithCanonicalMapping }
            _ = try? document.addTerms([term], kind: kind, note: nil, exact: Int.random(in: 0..<5, using: &random) == 0)
        }
        for _ in 0..<Int.random(in: 0...2, using: &random) {
            let name = "\(first.randomElement(using: &random)!) \(last.randomElement(using: &random)!)"
            if !document.supporters.contains(where: { $0.name == name }) {
                document.supporters.append(Supporter(name: name, relationship: [.colleague, .manager, .friend].randomElement(using: &random)!))
            }
        }
        let supporter: Supporter? = [
            Supporter(name: "Sam", relationship: .partner), Supporter(name: "Kim", relationship: .supervisor),
            Supporter(name: "EAP", relationship: .helpline), nil,
        ].randomElement(using: &random)!
        return (document, supporter)
    }

    /// A word of a name, written the way people write it.
    static func mangle(_ word: String, _ random: inout SeededGenerator) -> String {
        var word = word
        switch Int.random(in: 0..<12, using: &random) {
        case 0: word = word.lowercased()
        case 1: word = word.uppercased()
        case 2: word += ["'s", "’s", "s", "es", "'"].randomElement(using: &random)!
        case 3: word = word.decomposedStringWithCanonicalMapping
        case 4: word = word.folding(options: .diacriticInsensitive, locale: nil)
        case 5 where word.count > 3:
            var letters = Array(word)
            let index = Int.random(in: 1..<letters.count, using: &random)
            switch Int.random(in: 0..<3, using: &random) {
            case 0: letters.remove(at: index)
            case 1: letters.insert("e", at: index)
            default: letters.swapAt(index - 1, index)
            }
            word = String(letters)
        case 6: word = String(word.prefix(1)) + (Bool.random(using: &random) ? "." : "")
        case 7: word = word.replacingOccurrences(of: "'", with: ["", "’", "‘", "`"].randomElement(using: &random)!)
        case 8 where word.count > 2: word.insert(["\u{AD}", "\u{200B}"].randomElement(using: &random)!, at: word.index(after: word.startIndex))
        case 9: word += "87"
        case 10: word = word.replacingOccurrences(of: "ß", with: "ss").replacingOccurrences(of: "ø", with: "o")
        default: break
        }
        return word
    }

    static func draft(for document: VaultDocument, _ random: inout SeededGenerator) -> String {
        var pieces: [String] = []
        let names = document.terms.map(\.term) + document.supporters.map(\.name)
        for _ in 0..<Int.random(in: 1...25, using: &random) {
            switch Int.random(in: 0..<10, using: &random) {
            case 0...3:
                let words = names.randomElement(using: &random)!.split(separator: " ").map(String.init)
                let start = Int.random(in: 0..<words.count, using: &random), end = Int.random(in: start..<words.count, using: &random)
                let separators = [" ", " ", " ", "\n", "  ", "\t", ". "]
                let glue = Int.random(in: 0..<6, using: &random) == 0 ? ["", "#", "@"].randomElement(using: &random)! : nil
                pieces.append(
                    glue.map { $0 + words.joined() }
                        ?? words[start...end].map { mangle($0, &random) }
                        .joined(separator: separators.randomElement(using: &random)!))
            case 4...5: pieces.append(topical.randomElement(using: &random)!)
            default: pieces.append(filler.randomElement(using: &random)!)
            }
        }
        return pieces.map { $0 }.joined(separator: [" ", " ", "\n", ", ", ". ", "\r\n"].randomElement(using: &random)!)
    }

    @Test func theFastScannerAgreesWithTheReference() {
        var random = SeededGenerator(seed: 2026)
        var compared = 0, withFindings = 0
        for _ in 0..<400 {
            let (document, supporter) = Self.vault(&random)
            let fast = DraftScanner(document: document, supporter: supporter)
            let reference = ReferenceScanner(document: document, supporter: supporter)
            for _ in 0..<5 {
                let draft = Self.draft(for: document, &random)
                let (expected, found) = (reference.scan(draft), fast.matchedFindings(in: draft))
                compared += 1
                if !expected.isEmpty { withFindings += 1 }
                guard found != expected else { continue }
                Issue.record(
                    """
                    differ on \(draft.debugDescription)
                    terms: \(document.terms.map { "\($0.term) (\($0.kind.rawValue)\($0.exact ? ", exact" : ""))" })
                    supporters: \(document.supporters.map(\.name)) for \(supporter?.name ?? "clients")
                    reference: \(expected.map { "\($0.text.debugDescription) \($0.level) \($0.reason)" })
                    fast:      \(found.map { "\($0.text.debugDescription) \($0.level) \($0.reason)" })
                    """)
                return
            }
        }
        // Most drafts must hold something, or the comparison proves little.
        #expect(withFindings * 10 > compared * 8, "\(withFindings) of \(compared) drafts had findings")
    }
}
