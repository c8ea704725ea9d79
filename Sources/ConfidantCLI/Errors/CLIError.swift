/// Failures that belong to the command line itself (sources, arguments, output files).
enum CLIError: Error, Equatable {
    /// No passphrase source applies and there is no terminal (or `--no-input`).
    case noPassphraseSource
    /// The two typings of a new passphrase differ.
    case passphrasesDiffer
    /// A passphrase or key source could not be read; `what` names it.
    case secretSourceFailed(what: String, reason: String)
    /// A flag value that cannot be used; the text says which and why.
    case invalidValue(String)
    /// No way to lock or unlock an export: no recipient, identity or passphrase source, and no terminal.
    case noExportSecret
    /// The output would go to a terminal.
    case outputIsTerminal
    /// Text given to be kept or checked holds the passphrase that opened the vault (`PassphraseGuard`);
    /// `what` names the text, which is never repeated.
    case holdsPassphrase(what: String)
    /// The draft to check holds nothing but white space (a file saved elsewhere, an empty pipe).
    case emptyDraft(source: String)
    /// The draft file cannot be read: missing, a directory, no permission; `reason` is the system's.
    case draftUnreadable(source: String, reason: String)
    /// `restore` was given a path where there is nothing.
    case copyNotFound(path: String)
    /// `restore` was given an export (an age file), which `import` reads.
    case exportGivenToRestore(path: String)
    /// A copy given to `merge` could not be used; `message` and `code` are its own failure's.
    case copyUnusable(path: String, message: String, code: Int32)
    /// Writing a file the CLI creates (the recovery key file) failed; `errno` says why.
    case io(operation: String, path: String, errno: Int32)
    /// `web` could not listen on the port: taken, or not allowed.
    case cannotServe(port: UInt16)
}
