import Confidant

/// Text about you that is about to be kept in the vault — a check-in note, an entry of the coping
/// plan — checked first like a draft (`CheckIn.check`): names and details from work must not
/// enter a personal vault (docs/WELLBEING.md).
enum NoteGate {
    /// Whether `text` may be kept. Nothing found: yes. A finding at never: no, after saying what
    /// it names. Only possible findings (a first name alone, a surname one letter off): shown, and
    /// kept when the person at the terminal says it is nobody from work.
    /// Without `details`, protected terms only: a contact's number or email is a detail by design.
    /// - Throws: `ConfidantError.noteRefused` for any finding when nobody is at a terminal to judge.
    static func mayKeep(_ text: String, ask: Interview, document: VaultDocument, details: Bool = true) throws -> Bool {
        let check = CheckIn.check(text, document: document, details: details)
        let (findings, refused) = (check.findings, check.refused)
        guard !findings.isEmpty else { return true }
        Console.out(
            refused
                ? Style.warning("That names someone or something from work, so it is not kept in your personal vault:")
                : Style.caution("That may name someone from work:"))
        for finding in findings { Console.out("  \"\(DraftReport.printable(finding.text))\": \(DraftReport.printable(finding.reason))") }
        guard ask.active else { throw ConfidantError.noteRefused }
        return !refused && ask.confirm("If it is nobody from work, keep it as it is?")
    }
}
