import Confidant
import Glibc

/// An error as the user sees it: one line saying what happened, an optional hint saying what to
/// do next, and the exit code of DESIGN.md. No message ever contains secret material.
struct Failure {
    let message: String
    let hint: String?
    let code: Int32

    /// Exit codes (sysexits.h), as DESIGN.md lists them.
    enum Code {
        static let usage: Int32 = 64
        static let damaged: Int32 = 65
        static let notFound: Int32 = 66
        static let cannotCreate: Int32 = 73
        static let io: Int32 = 74
        static let unavailable: Int32 = 69
        static let busy: Int32 = 75
        static let wrongKey: Int32 = 77
    }

    /// The failure for one of our errors; nil for errors ArgumentParser reports itself.
    init?(_ error: any Error) {
        if let error = error as? CLIError {
            self = Self.cli(error)
        } else if let problem = Problem(error) {
            // A suggested command comes first, quoted for the shell like every suggestion.
            let hint = problem.suggestion.map { "`\(ShellWords.commandLine($0))`: " + (problem.hint ?? "") } ?? problem.hint
            self.init(problem.message, hint: hint, code: Self.code(problem.kind))
        } else {
            return nil
        }
    }

    init(_ message: String, hint: String? = nil, code: Int32) {
        self.message = message
        self.hint = hint
        self.code = code
    }

    // MARK: Mapping

    private static func code(_ kind: Problem.Kind) -> Int32 {
        switch kind {
        case .usage: Code.usage
        case .damaged: Code.damaged
        case .notFound: Code.notFound
        case .cannotCreate: Code.cannotCreate
        case .io: Code.io
        case .busy: Code.busy
        case .wrongKey: Code.wrongKey
        case .unavailable: Code.unavailable
        }
    }

    private static func cli(_ error: CLIError) -> Failure {
        switch error {
        case .noPassphraseSource:
            Failure(
                "no passphrase source and no terminal to ask on",
                hint: "use --passphrase-file PATH, CONFIDANT_PASSPHRASE_FILE, CONFIDANT_PASSPHRASE_COMMAND or --recovery-key-file PATH; "
                    + "or `confidant unlock` first, for a while",
                code: Code.usage)
        case .passphrasesDiffer:
            Failure("the two passphrases you typed differ; nothing was changed", hint: "run the command again", code: Code.usage)
        case .secretSourceFailed(let what, let reason):
            Failure(
                "could not read \(what): \(reason)",
                hint: "check the path (its first line is used), or leave the option out to be asked at the terminal", code: Code.usage)
        case .copyUnusable(let path, let message, let code):
            Failure(
                "the copy \(path) cannot be merged: \(message)",
                hint: "this vault is as it was; check the copy's path, and its passphrase if it was made under another", code: code)
        case .copyNotFound(let path):
            Failure(
                "there is no copy at \(path); nothing was changed", hint: "`confidant backups` lists the backups beside the vault",
                code: Code.notFound)
        case .exportGivenToRestore(let path):
            Failure(
                "\(path) is an export (an age file), not a copy of the vault file; nothing was changed",
                hint: "bring an export in with `confidant import \(ShellWords.quoted(path))`", code: Code.usage)
        case .invalidValue(let text):
            Failure(text, hint: "see `confidant help` for the accepted values", code: Code.usage)
        case .holdsPassphrase(let what):
            Failure(
                "\(what) holds your passphrase, so nothing was saved or shown",
                hint: "give it again without the passphrase; if it was typed at the wrong prompt, nothing of it was kept", code: Code.usage)
        case .noExportSecret:
            Failure(
                "no passphrase or key for the export, and no terminal to ask on",
                hint: "use --export-passphrase-file FILE, --recipient age1… or --recipients-file FILE (import: --identity FILE)", code: Code.usage)
        case .outputIsTerminal:
            Failure("refusing to write an export to a terminal", hint: "give --out FILE", code: Code.usage)
        case .emptyDraft(let source):
            Failure(
                "the draft \(source == "-" ? "on standard input" : source) is empty: there is nothing to check",
                hint: source == "-"
                    ? "pipe the message in, e.g. `confidant check NAME --draft - < message.txt`" : "save the message first, or check the path",
                code: Code.usage)
        case .draftUnreadable(let source, _) where source.contains(where: \.isWhitespace) || source.count > 80:
            // Most likely the message itself, given where a file belongs: never repeated back.
            Failure(
                "there is no draft file by that name; --draft takes a file, not the message",
                hint: "save the message to a file and give its path, or use --draft - and paste it", code: Code.usage)
        case .draftUnreadable(let source, let reason):
            Failure(
                "cannot read the draft \(source == "-" ? "on standard input" : "file " + source): \(reason)",
                hint: "check the path, or use --draft - and paste the message", code: Code.usage)
        case .io(let operation, let path, let number):
            Failure("could not \(operation) \(path): \(String(cString: strerror(number)))", hint: "check free space and permissions", code: Code.io)
        case .cannotServe(let port):
            Failure(
                "could not serve the page on 127.0.0.1" + (port == 0 ? "" : " port \(port)"),
                hint: port == 0 ? "check that the loopback network is up" : "the port may be in use: leave --port out to use a free one",
                code: Code.unavailable)
        }
    }
}
