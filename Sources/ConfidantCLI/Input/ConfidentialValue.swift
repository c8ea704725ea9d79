import Foundation

/// Free text that may be confidential (a protected term, a note, a limit, what the work could do
/// to someone). On the command line it is readable by every local user in /proc/PID/cmdline for
/// as long as the command runs (a second or more of key derivation) and stays in shell history.
/// So each such value can also be `-`, read from standard input, or left out to be asked at the
/// terminal; a value given on the command line still works, with a one-line warning.
enum ConfidentialValue {
    /// Whether standard input was already read for a `-` value (only one can have it).
    nonisolated(unsafe) private static var standardInputUsed = false

    /// The text of `value`: read from standard input for `-` (trailing line breaks dropped),
    /// as given otherwise, with a warning naming `flag`.
    /// - Throws: `CLIError.invalidValue` when a second value asks for standard input, or it
    ///   cannot be read or is not UTF-8.
    static func resolve(_ value: String?, flag: String) throws -> String? {
        guard let value else { return nil }
        let text = value == "-" ? try standardInput(for: flag).trimmingCharacters(in: .newlines) : value
        try PassphraseGuard.refuse([text], what: flag)
        if value != "-" { warnOnCommandLine(flag) }
        return text
    }

    /// The items of a repeatable option: one per line of standard input when the only value is
    /// `-` (blank lines skipped), as given otherwise, with a warning naming `flag`.
    static func resolveList(_ values: [String], flag: String) throws -> [String] {
        guard values == ["-"] else {
            try PassphraseGuard.refuse(values, what: flag)
            if !values.isEmpty { warnOnCommandLine(flag) }
            return values
        }
        let items = try standardInput(for: flag).split(whereSeparator: \.isNewline).map(String.init)
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        try PassphraseGuard.refuse(items, what: flag)
        return items
    }

    /// Items given as arguments (`terms add`, `terms remove`): asked one a line at the terminal
    /// when none are given, read one a line from standard input for `-` (or when none are given
    /// and standard input is not a terminal), as given otherwise, with a warning.
    /// - Throws: `CLIError.invalidValue` when there are none.
    static func items(_ arguments: [String], what: String, question: String, ask: Interview) throws -> [String] {
        let items: [String]
        if arguments.isEmpty, ask.active {
            items = ask.list(question, current: [])
        } else if arguments.isEmpty || arguments == ["-"] {
            items = try resolveList(["-"], flag: what)
        } else {
            items = try resolveList(arguments, flag: what)
        }
        guard !items.isEmpty else {
            throw CLIError.invalidValue(
                "no \(what.hasPrefix("the ") ? String(what.dropFirst(4)) : what) given: type them when asked, or give - and pipe them in, one a line")
        }
        return items
    }

    /// Says that a value named `flag` is on the command line, and how to keep it off.
    static func warnOnCommandLine(_ flag: String) {
        let (are, it) = flag.hasPrefix("the ") ? ("are", "them") : ("is", "it")
        Console.warn(
            "\(flag) \(are) on the command line, where other local users can read \(it) while confidant runs and your shell "
                + "history keeps \(it); give - to read \(it) from standard input, or leave \(it) out to be asked")
    }

    private static func standardInput(for flag: String) throws -> String {
        guard !standardInputUsed else { throw CLIError.invalidValue("only one value can be read from standard input (-); \(flag) asked too") }
        standardInputUsed = true
        let bytes: [UInt8]
        do { bytes = try InputFile.read("-", limit: 1 << 20) } catch {
            throw CLIError.invalidValue("cannot read \(flag) from standard input")
        }
        guard let text = String(validating: bytes, as: UTF8.self), !bytes.contains(0) else {
            throw CLIError.invalidValue("\(flag) on standard input is not UTF-8 text")
        }
        return text
    }
}
