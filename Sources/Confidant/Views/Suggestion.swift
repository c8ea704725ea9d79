/// A command that addresses something, as data: which command, for whom, with which flags. A
/// front end renders it (the CLI as a line you can paste, quoted for the shell).
public struct Suggestion: Codable, Equatable, Sendable {
    /// The command, e.g. "agree".
    public let command: String
    /// The supporter it is for; nil when it is for someone you have yet to name.
    public let supporter: String?
    /// The flags and their values, in order, e.g. ["--status", "agreed"].
    public let flags: [String]

    /// A suggestion to run `command` for `supporter` with `flags`.
    public init(_ command: String, for supporter: String?, flags: [String] = []) {
        self.command = command
        self.supporter = supporter
        self.flags = flags
    }

    /// How to record that `name` agreed, willing and able: what `add` and `review` suggest once
    /// the person has been asked.
    public static func recordAgreement(for name: String) -> Suggestion {
        Suggestion("agree", for: name, flags: ["--status", "agreed", "--willing", "yes", "--able", "yes"])
    }
}
