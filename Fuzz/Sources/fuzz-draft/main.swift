import Confidant
import FuzzDriver

// The draft scanner: any text (valid UTF-8 or repaired) scans without crashing, for a partner
// (names in every form, colleagues, near misses, topic words) and for the people you work with,
// and every finding is text of the draft at a position inside it.
nonisolated(unsafe) let scanners: [DraftScanner] = {
    var document = VaultDocument()
    _ = try! document.addTerms(["Darren Pike", "Zoë Adams", "Sean O'Brien", "Mr Will Hope", "Marcus Thompson-Reid"], kind: .client, note: nil)
    _ = try! document.addTerms(["Hollowbrook", "Kestrel Court"], kind: .place, note: nil)
    _ = try! document.addTerms(["AB123456"], kind: .caseRef, note: nil)
    _ = try! document.addTerms(["Amy Little"], kind: .victim, note: nil, exact: true)
    document.supporters.append(Supporter(name: "Nina Patel", relationship: .colleague))
    return [
        DraftScanner(document: document, supporter: Supporter(name: "Sam", relationship: .partner)),
        DraftScanner(document: document, supporter: nil),
    ]
}()

func fuzzOne(_ bytes: [UInt8]) {
    let draft = String(decoding: bytes, as: UTF8.self)
    let lines = draft.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count
    for scanner in scanners {
        for finding in scanner.scan(draft) {
            precondition(finding.line >= 1 && finding.line <= max(lines, 1) && finding.column >= 1, "a finding outside the draft")
            precondition(!finding.text.isEmpty && draft.contains(finding.text), "a finding that is not text of the draft")
        }
    }
}

runFuzzer(fuzzOne)
