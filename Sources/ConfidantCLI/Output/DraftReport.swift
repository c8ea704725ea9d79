import Confidant
import Foundation
import Glibc

/// Reading a draft and reporting what `check --draft` found.
enum DraftReport {
    /// Drafts are messages: anything larger is refused rather than held in memory.
    static let largest = 64 << 20

    /// The draft from a file or, for `-`, standard input. It stays in memory: never written
    /// anywhere, never quoted in an error.
    /// - Throws: `CLIError.draftUnreadable` when it cannot be read; `CLIError.invalidValue` when it
    ///   is not UTF-8 text (NUL bytes included: UTF-16 can pass for UTF-8) or is too large;
    ///   `CLIError.emptyDraft` when nothing in it is visible, which must never read as "nothing found".
    static func read(_ source: String) throws -> String {
        // Typed at a terminal, the message ends only at Ctrl-D: say so rather than sit silent.
        if source == "-", isatty(0) == 1 { Console.note("Type or paste the message, then press Ctrl-D on a line of its own.") }
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(source, limit: largest)
        } catch .tooLarge {
            throw CLIError.invalidValue("the draft is larger than 64 MiB; check it in parts")
        } catch .unreadable(let reason) {
            throw CLIError.draftUnreadable(source: source, reason: reason)
        }
        guard !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) else {
            throw CLIError.invalidValue("the draft is not UTF-8 text (a file saved as UTF-16 looks like this); save it as UTF-8")
        }
        guard DraftScanner.hasVisibleText(text) else { throw CLIError.emptyDraft(source: source) }
        try PassphraseGuard.refuse([text], what: "the draft")
        return text
    }

    /// The `--json` shape (docs/CLI.md).
    struct Output: Encodable {
        let checkedFor: String
        let checked: DraftCoverage
        let findings: [Finding]
        let summary: [String: Int]
        /// The support when the draft speaks of the writer's own distress; null otherwise (always
        /// present, so a script can rely on the key).
        let support: Support?
        /// Where the agreement with the person stands (`AgreementStanding`); null for the people
        /// you work with.
        let agreement: AgreementStanding?

        private enum CodingKeys: String, CodingKey { case checkedFor, checked, findings, summary, support, agreement }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(checkedFor, forKey: .checkedFor)
            try container.encode(checked, forKey: .checked)
            try container.encode(findings, forKey: .findings)
            try container.encode(summary, forKey: .summary)
            try container.encode(support, forKey: .support)
            try container.encode(agreement, forKey: .agreement)
        }
    }

    /// Prints the verdict: support first when the draft speaks of the writer's own distress,
    /// then the findings and what was checked.
    static func show(_ verdict: DraftVerdict, coverage: DraftCoverage, for name: String, json: Bool) throws {
        let findings = verdict.findings, counts = verdict.counts
        if json {
            return try Console.json(
                Output(
                    checkedFor: name, checked: coverage, findings: findings,
                    summary: ["never": counts[.never] ?? 0, "care": counts[.care] ?? 0, "possible": counts[.possible] ?? 0],
                    support: verdict.support, agreement: verdict.standing))
        }
        // Beside the support, gently, who said they would be there; after the verdict otherwise.
        defer { if verdict.support == nil, let notice = verdict.standing?.notice { Console.out(Style.caution(printable(notice))) } }
        if let support = verdict.support {
            SupportText.lines(support).forEach { Console.out($0) }
            if let beside = verdict.standing?.besideSupport { Console.out(printable(beside)) }
            Console.out("")
        }
        let checked = "Checked against \(coverage.summary)."
        guard !findings.isEmpty else {
            Console.out("Draft check for \(name): nothing found.")
            Console.out(checked)
            return
        }
        let rows = findings.map { finding -> [String] in
            let level =
                finding.level == .never
                ? Style.warning(finding.level.rawValue)
                : finding.level == .care ? Style.caution(finding.level.rawValue) : finding.level.rawValue
            return ["\(finding.line):\(finding.column)", "\"\(printable(finding.text))\"", level, printable(finding.reason)]
        }
        Style.table([["WHERE", "TEXT", "LEVEL", "WHY"]] + rows).forEach { Console.out($0) }
        Console.out(
            "Draft check for \(name): \(findings.count) finding\(findings.count == 1 ? "" : "s") — "
                + "\(counts[.never] ?? 0) never, \(counts[.care] ?? 0) with care, \(counts[.possible] ?? 0) possible.")
        Console.out(checked)
    }

    /// The text on one line, with control characters (line breaks, escape sequences a draft may
    /// hold between the words of a match) shown as spaces and format characters (right-to-left
    /// overrides, invisible characters) left out, so a draft cannot drive or rearrange the terminal.
    static func printable(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        var shown = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .control: shown.append(" ")
            case .format: continue
            default: shown.append(scalar)
            }
        }
        return String(shown)
    }
}
