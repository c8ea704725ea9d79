import Confidant

/// Command lines the user can paste into a POSIX shell (sh, bash, zsh) and get exactly the
/// words we meant, whatever is in a name: spaces, apostrophes (O'Brien), `$`, quotes, a leading `-`.
enum ShellWords {
    /// `word` as the shell reads it back: bare when every character is plainly safe, otherwise in
    /// single quotes (where nothing is special), with each `'` written as `'\''`.
    static func quoted(_ word: String) -> String {
        if !word.isEmpty, word.unicodeScalars.allSatisfy(isPlain) { return word }
        return "'" + word.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }

    /// `confidant COMMAND NAME FLAGS…`; with a name that starts with `-` (which quoting cannot
    /// stop being read as an option) `confidant COMMAND FLAGS… -- NAME`. With no supporter, the
    /// placeholder `NAME` stands where you write theirs (for a command that takes a name).
    static func commandLine(_ suggestion: Suggestion) -> String {
        let command = ["confidant", suggestion.command], flags = suggestion.flags.map(quoted)
        guard let name = suggestion.supporter else {
            return (command + (takesAName.contains(suggestion.command) ? ["NAME"] : []) + flags).joined(separator: " ")
        }
        if name.hasPrefix("-") { return (command + flags + ["--", quoted(name)]).joined(separator: " ") }
        return (command + [quoted(name)] + flags).joined(separator: " ")
    }

    /// The commands whose argument is a supporter's name (`backup --to DIR` takes none).
    private static let takesAName: Set = ["add", "agree", "check", "edit", "remove", "share", "show"]

    /// ASCII letters and digits, `_ - . , / : @ +` and any letter or digit beyond ASCII (the
    /// shell gives bytes above 0x7F no meaning).
    private static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "_-.,/:@+".unicodeScalars.contains(scalar) }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar.properties.generalCategory == .nonspacingMark
    }
}
