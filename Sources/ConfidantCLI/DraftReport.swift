import Confidant
import Foundation

/// Reading a draft and reporting what `check --draft` found.
enum DraftReport {
    /// The draft from a file or, for `-`, standard input. It stays in memory: never written
    /// anywhere, never quoted in an error.
    static func read(_ source: String) throws -> String {
        let data: Data?
        if source == "-" { data = FileHandle.standardInput.readDataToEndOfFile() } else { data = FileManager.default.contents(atPath: source) }
        guard let data else { throw CLIError.invalidValue("cannot read the draft \(source)") }
        guard let text = String(data: data, encoding: .utf8) else { throw CLIError.invalidValue("the draft is not UTF-8 text") }
        return text
    }

    /// The `--json` shape (docs/CLI.md).
    struct Output: Encodable {
        let checkedFor: String
        let findings: [Finding]
        let summary: [String: Int]
    }

    /// Prints the findings; true when something must not be shared (never, or with `strict` anything).
    static func show(_ findings: [Finding], for name: String, json: Bool, strict: Bool) throws -> Bool {
        let counts = Dictionary(grouping: findings, by: \.level).mapValues(\.count)
        let blocking = findings.contains { $0.level == "never" || strict }
        if json {
            try Console.json(Output(checkedFor: name, findings: findings, summary: ["never": counts["never"] ?? 0, "care": counts["care"] ?? 0,
                                                                                    "possible": counts["possible"] ?? 0]))
            return blocking
        }
        guard !findings.isEmpty else {
            Console.out("Draft check for \(name): nothing found.")
            return false
        }
        let rows = findings.map { finding -> [String] in
            let level = finding.level == "never" ? Style.warning(finding.level) : finding.level == "care" ? Style.caution(finding.level) : finding.level
            return ["\(finding.line):\(finding.column)", "\"\(finding.text.replacingOccurrences(of: "\n", with: " "))\"", level, finding.reason]
        }
        Style.table([["WHERE", "TEXT", "LEVEL", "WHY"]] + rows).forEach { Console.out($0) }
        Console.out("Draft check for \(name): \(findings.count) finding\(findings.count == 1 ? "" : "s") — "
            + "\(counts["never"] ?? 0) never, \(counts["care"] ?? 0) with care, \(counts["possible"] ?? 0) possible.")
        return blocking
    }
}
