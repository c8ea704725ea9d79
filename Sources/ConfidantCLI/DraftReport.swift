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
        return text
    }

    /// The `--json` shape (docs/CLI.md).
    struct Output: Encodable {
        let checkedFor: String
        let checked: DraftCoverage
        let findings: [Finding]
        let summary: [String: Int]
    }

    /// Prints the findings and what was checked; true when something must not be shared
    /// (never, or with `strict` anything).
    static func show(_ findings: [Finding], coverage: DraftCoverage, for name: String, json: Bool, strict: Bool) throws -> Bool {
        let counts = Dictionary(grouping: findings, by: \.level).mapValues(\.count)
        let blocking = findings.contains { $0.level == .never || strict }
        if json {
            try Console.json(Output(checkedFor: name, checked: coverage, findings: findings,
                                    summary: ["never": counts[.never] ?? 0, "care": counts[.care] ?? 0, "possible": counts[.possible] ?? 0]))
            return blocking
        }
        let checked = "Checked against \(coverage.summary)."
        guard !findings.isEmpty else {
            Console.out("Draft check for \(name): nothing found.")
            Console.out(checked)
            return false
        }
        let rows = findings.map { finding -> [String] in
            let level = finding.level == .never ? Style.warning(finding.level.rawValue)
                : finding.level == .care ? Style.caution(finding.level.rawValue) : finding.level.rawValue
            return ["\(finding.line):\(finding.column)", "\"\(printable(finding.text))\"", level, printable(finding.reason)]
        }
        Style.table([["WHERE", "TEXT", "LEVEL", "WHY"]] + rows).forEach { Console.out($0) }
        Console.out("Draft check for \(name): \(findings.count) finding\(findings.count == 1 ? "" : "s") — "
            + "\(counts[.never] ?? 0) never, \(counts[.care] ?? 0) with care, \(counts[.possible] ?? 0) possible.")
        Console.out(checked)
        return blocking
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
