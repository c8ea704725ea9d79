import Age
import Confidant
import Glibc
import Sodium
import Vault

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
        static let busy: Int32 = 75
        static let wrongKey: Int32 = 77
    }

    /// The failure for one of our errors; nil for errors ArgumentParser reports itself.
    init?(_ error: any Error) {
        switch error {
        case let error as VaultError: self = Self.vault(error)
        case let error as CLIError: self = Self.cli(error)
        case let error as ConfidantError: self = Self.domain(error)
        case let error as AgeError: self = Self.age(error)
        case let error as SodiumError:
            self.init("cryptographic operation failed: \(error)", hint: "free some memory and try again", code: Code.io)
        default: return nil
        }
    }

    init(_ message: String, hint: String? = nil, code: Int32) {
        self.message = message
        self.hint = hint
        self.code = code
    }

    // MARK: Mapping

    private static let restoreHint = "restore a good copy: `confidant backups` lists backups; previous versions are in generations/ beside the vault"

    private static func vault(_ error: VaultError) -> Failure {
        switch error {
        case .notFound(let path):
            Failure("no vault at \(path)", hint: "create one with `confidant init`, or point to yours with --vault PATH", code: Code.notFound)
        case .alreadyExists(let path):
            Failure("a vault already exists at \(path); nothing was changed", hint: "to make another, pass --vault with a new path", code: Code.cannotCreate)
        case .notAVault:
            Failure("this file is not a Confidant vault", hint: "check the path given with --vault or CONFIDANT_VAULT", code: Code.damaged)
        case .unsupportedVersion(let version):
            Failure("the vault uses format version \(version), which this Confidant cannot read", hint: "upgrade Confidant", code: Code.damaged)
        case .damaged(let reason):
            Failure("the vault file is damaged: \(reason)", hint: restoreHint, code: Code.damaged)
        case .kdfOutOfBounds(let reason):
            Failure("refusing to open: \(reason)", hint: "a genuine vault never asks for this; the file was probably altered. " + restoreHint, code: Code.damaged)
        case .wrongCredential(.passphrase):
            Failure("wrong passphrase, or the vault's passphrase slot was modified", hint: "try again, or unlock with --recovery-key-file", code: Code.wrongKey)
        case .wrongCredential(.recoveryKey):
            Failure("wrong recovery key, or the vault's recovery slot was modified", hint: "check the key, or use your passphrase", code: Code.wrongKey)
        case .noRecoverySlot:
            Failure("this vault has no recovery key (it was created with --no-recovery-key)", hint: "unlock with your passphrase", code: Code.wrongKey)
        case .bodyModified:
            Failure("the vault's contents do not authenticate: it was modified or damaged", hint: restoreHint, code: Code.damaged)
        case .busy:
            Failure("another process has the vault open and did not finish within the wait", hint: "let the other confidant command finish, then try again", code: Code.busy)
        case .io(let operation, let path, let number):
            Failure("could not \(operation) \(path): \(String(cString: strerror(number)))", hint: "check free space and permissions; the vault was not changed", code: Code.io)
        case .passphraseTooShort(let minimum):
            Failure("the new passphrase is shorter than \(minimum) characters", hint: "use several words, e.g. four unrelated words with spaces", code: Code.usage)
        case .passphraseNotUTF8:
            Failure("the passphrase is not valid UTF-8 text", hint: "check the file's encoding", code: Code.usage)
        case .invalidRecoveryKey(let reason):
            Failure("that is not a valid recovery key: \(reason)", hint: "copy it again exactly as init printed it (53 letters and digits)", code: Code.wrongKey)
        case .bodyTooLarge(let bytes):
            Failure("the vault would be too large (\(bytes) bytes)", hint: "remove records you no longer need", code: Code.io)
        case .crypto(let error):
            Failure("cryptographic operation failed: \(error)", hint: "free some memory and try again", code: Code.io)
        }
    }

    private static func cli(_ error: CLIError) -> Failure {
        switch error {
        case .noPassphraseSource:
            Failure(
                "no passphrase source and no terminal to ask on",
                hint: "use --passphrase-file PATH, CONFIDANT_PASSPHRASE_FILE, CONFIDANT_PASSPHRASE_COMMAND or --recovery-key-file PATH",
                code: Code.usage)
        case .passphrasesDiffer:
            Failure("the two passphrases you typed differ; nothing was changed", hint: "run the command again", code: Code.usage)
        case .secretSourceFailed(let what, let reason):
            Failure("could not read \(what): \(reason)", hint: nil, code: Code.usage)
        case .invalidValue(let text):
            Failure(text, hint: "see `confidant help` for the accepted values", code: Code.usage)
        case .noExportSecret:
            Failure("no passphrase or key for the export, and no terminal to ask on",
                    hint: "use --export-passphrase-file FILE, --recipient age1… or --recipients-file FILE (import: --identity FILE)", code: Code.usage)
        case .invalidExport(let reason):
            Failure("the file decrypted but is not a valid Confidant export: \(reason); nothing was imported", hint: nil, code: Code.damaged)
        case .outputIsTerminal:
            Failure("refusing to write an export to a terminal", hint: "give --out FILE", code: Code.usage)
        case .emptyDraft(let source):
            Failure("the draft \(source == "-" ? "on standard input" : source) is empty: there is nothing to check",
                    hint: source == "-" ? "pipe the message in, e.g. `confidant check NAME --draft - < message.txt`" : "save the message first, or check the path",
                    code: Code.usage)
        case .draftUnreadable(let source, _) where source.contains(where: \.isWhitespace) || source.count > 80:
            // Most likely the message itself, given where a file belongs: never repeated back.
            Failure("there is no draft file by that name; --draft takes a file, not the message",
                    hint: "save the message to a file and give its path, or use --draft - and paste it", code: Code.usage)
        case .draftUnreadable(let source, let reason):
            Failure("cannot read the draft \(source == "-" ? "on standard input" : "file " + source): \(reason)",
                    hint: "check the path, or use --draft - and paste the message", code: Code.usage)
        case .outputExists(let path):
            Failure("\(path) exists already; nothing was written", hint: "choose another path, or remove it first", code: Code.cannotCreate)
        }
    }

    private static func age(_ error: AgeError) -> Failure {
        switch error {
        case .header(let reason), .payload(let reason), .armor(let reason):
            Failure("the export is damaged or was modified (\(reason)); nothing was imported", hint: "use another copy of the export", code: Code.damaged)
        case .headerMAC:
            Failure("the export's header does not authenticate: it was modified; nothing was imported", hint: "use another copy of the export", code: Code.damaged)
        case .noMatch:
            Failure("wrong passphrase or identity for this export; nothing was imported", hint: "check --identity or the export passphrase", code: Code.wrongKey)
        case .invalidKey(let reason):
            Failure("invalid age key: \(reason)", hint: "recipients look like age1…, identities like AGE-SECRET-KEY-1…", code: Code.usage)
        case .io(let reason):
            Failure("could not read or write the export: \(reason)", hint: nil, code: Code.io)
        }
    }

    private static func domain(_ error: ConfidantError) -> Failure {
        switch error {
        case .invalidDocument(let reason):
            Failure("the vault opened but its contents are not valid: \(reason)", hint: restoreHint, code: Code.damaged)
        case .newerSchema(let found, let supported):
            Failure("the vault was written by a newer Confidant (schema \(found), this one reads up to \(supported))", hint: "upgrade Confidant", code: Code.damaged)
        case .unknownSupporter(let name, let candidates):
            Failure("no supporter called \"\(name)\"", hint: candidates.isEmpty ? "add one with `confidant add NAME`" : "known: " + candidates.joined(separator: ", "), code: Code.usage)
        case .ambiguousSupporter(let name, let candidates):
            Failure("\"\(name)\" could be \(candidates.count) supporters", hint: "say which: " + candidates.joined(separator: ", "), code: Code.usage)
        case .duplicateSupporter(let name):
            Failure("there is already a supporter called \"\(name)\"; nothing was changed", hint: "use `confidant edit \(name)`, or add them under a distinguishing name", code: Code.usage)
        case .unknownTopic(let topic, let known):
            Failure("unknown topic \"\(topic)\"", hint: "topics: " + known.joined(separator: ", "), code: Code.usage)
        case .newerExport(let found, let supported):
            Failure("the export was made by a newer Confidant (version \(found), this one reads up to \(supported)); nothing was imported", hint: "upgrade Confidant", code: Code.damaged)
        case .invalidValue(let text):
            Failure(text, hint: "see `confidant help` for the accepted values", code: Code.usage)
        }
    }
}
