import Confidant
import FuzzDriver

// The draft scanner: any text (valid UTF-8 or repaired) scans without crashing, and every finding
// points inside the draft.
nonisolated(unsafe) let scanner: DraftScanner = {
    var document = VaultDocument()
    _ = try! document.addTerms(["Darren Pike", "Zoë Adams", "Hollowbrook", "AB123456", "Sean O'Brien"], kind: .client, note: nil)
    return DraftScanner(document: document, supporter: Supporter(name: "Sam", relationship: .partner))
}()

func fuzzOne(_ bytes: [UInt8]) {
    let draft = String(decoding: bytes, as: UTF8.self)
    let lines = draft.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count
    for finding in scanner.scan(draft) {
        precondition(finding.line >= 1 && finding.line <= max(lines, 1) && finding.column >= 1, "a finding outside the draft")
        precondition(!finding.text.isEmpty, "an empty finding")
    }
}

runFuzzer(fuzzOne)
