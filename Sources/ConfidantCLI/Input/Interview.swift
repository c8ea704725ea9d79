import Confidant
import Foundation

/// The considerations asked on a terminal when a supporter is added or an agreement recorded.
/// Every question can be skipped with Enter; answers given as flags are not asked again.
struct Interview {
    /// Whether questions may be asked: a terminal is there and `--no-input` was not given.
    let active: Bool

    init(_ options: VaultOptions) {
        active = !options.noInput && TerminalPrompt.isAvailable
    }

    /// Asks for free text unless `current` is already set; nil when skipped.
    func text(_ question: String, current: String?) -> String? {
        guard active, current == nil else { return current }
        let answer = Self.answer(question + " ", again: question + " ")
        return answer.isEmpty ? nil : answer
    }

    /// An answer typed at the terminal; one that holds the passphrase is not kept nor shown, and
    /// is asked for again with `again` (`PassphraseGuard`).
    private static func answer(_ prompt: String, again: String) -> String {
        var prompt = prompt
        while true {
            let answer = TerminalPrompt.ask(prompt) ?? ""
            guard PassphraseGuard.holds(answer) else { return answer }
            Console.note("  that holds your passphrase, so it was not kept; type it again without it, or press Enter to skip")
            prompt = again
        }
    }

    /// Asks for one of the cases unless `current` is set: the name or a start that only one
    /// case has (`y` for yes, `sup` for supervisor), or a word `everyday` knows ("husband"),
    /// confirmed first ("partner?"); an answer that is none of these is asked again, saying why.
    /// `skipped` is what Enter means, shown in the prompt.
    func choice<T: RawRepresentable & CaseIterable>(
        _ question: String, current: T?, skipped: T? = nil,
        everyday: (String) -> T? = { _ in nil }
    ) -> T? where T.RawValue == String {
        guard active, current == nil else { return current }
        let names = T.allCases.map(\.rawValue)
        let enter = skipped.map { "; Enter: \($0.rawValue)" } ?? ""
        while true {
            let answer = TerminalPrompt.ask("\(question) [\(names.joined(separator: "/"))\(enter)] ") ?? ""
            if answer.trimmingCharacters(in: .whitespaces).isEmpty { return skipped }
            let matches = Self.matches(answer, in: T.self)
            if matches.count == 1 { return matches[0] }
            if matches.isEmpty, let meant = everyday(answer) {
                if Self.matches(TerminalPrompt.ask("  \(meant.rawValue)? [yes/no] ") ?? "", in: Answer.self) == [.yes] { return meant }
                continue
            }
            Console.note(
                matches.isEmpty
                    ? "  please answer one of: \(names.joined(separator: ", ")) (Enter skips)"
                    : "  that could be \(matches.map(\.rawValue).joined(separator: " or ")); type more of it")
        }
    }

    /// Asks a yes/no question; Enter, or no terminal, is no.
    func confirm(_ question: String) -> Bool {
        guard active else { return false }
        return Self.matches(TerminalPrompt.ask("\(question) [yes/no; Enter: no] ") ?? "", in: Answer.self) == [.yes]
    }

    /// The cases `answer` names: the one it spells (ignoring case and outer spaces), else every
    /// case it is the start of.
    static func matches<T: RawRepresentable & CaseIterable>(_ answer: String, in type: T.Type) -> [T] where T.RawValue == String {
        let answer = answer.trimmingCharacters(in: .whitespaces).lowercased()
        if let exact = T.allCases.first(where: { $0.rawValue == answer }) { return [exact] }
        return answer.isEmpty ? [] : T.allCases.filter { $0.rawValue.hasPrefix(answer) }
    }

    /// Asks for a list, one item per line, ending with an empty line, unless `current` is non-empty.
    func list(_ question: String, current: [String]) -> [String] {
        guard active, current.isEmpty else { return current }
        var items: [String] = []
        var prompt = question + " (one a line; an empty line ends)\n  - "
        while case let answer = Self.answer(prompt, again: "  - "), !answer.isEmpty {
            items.append(answer)
            prompt = "  - "
        }
        return items
    }
}
