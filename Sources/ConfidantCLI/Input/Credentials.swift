import Confidant
import Foundation
import Sodium

/// Where passphrases come from, in the order of DESIGN.md: `--passphrase-file`, env
/// `CONFIDANT_PASSPHRASE_FILE`, env `CONFIDANT_PASSPHRASE_COMMAND`, `--recovery-key-file`, then a
/// no-echo prompt on the terminal. Never argv, never a plain environment variable.
struct Credentials {
    let options: VaultOptions
    private let environment = ProcessInfo.processInfo.environment

    init(_ options: VaultOptions) { self.options = options }

    /// What unlocks the vault at `path`.
    /// - Throws: `CLIError.noPassphraseSource` when nothing applies and prompting is not possible.
    func unlocking(_ path: String) throws -> VaultKey {
        if let passphrase = try passphraseFromSources() { return .passphrase(passphrase) }
        if let file = options.recoveryKeyFile { return .recoveryKey(try SecretInput.firstLine(ofFile: file, what: "the recovery key file")) }
        if options.recoveryKey {
            guard let typed = try prompt("Recovery key for \(path) (the 53 characters init printed; spaces and dashes are fine): ") else {
                throw CLIError.noPassphraseSource
            }
            return .recoveryKey(typed)
        }
        guard let typed = try prompt("Passphrase for \(path): ") else { throw CLIError.noPassphraseSource }
        return .passphrase(typed)
    }

    /// A new passphrase for `init`: the same sources as unlocking (but no recovery key), typed
    /// twice at a prompt; normalised and checked for length.
    func newForInit() throws -> SecureBytes {
        if let passphrase = try passphraseFromSources() { return try PassphraseRules.checkedNew(passphrase) }
        return try promptNew()
    }

    /// A new passphrase for `passwd`: `--new-passphrase-file`, else typed twice at a prompt.
    func newForPasswd(file: String?) throws -> SecureBytes {
        if let file { return try PassphraseRules.checkedNew(SecretInput.firstLine(ofFile: file, what: "the new passphrase file")) }
        return try promptNew()
    }

    /// The passphrase of a copy being restored that does not open with the vault's own key (made
    /// before a passphrase change, or another vault's): `--copy-passphrase-file`, else asked for
    /// by name at a prompt, never taken from the vault's own sources.
    func copyPassphrase(file: String?, copy: String) throws -> VaultKey {
        if let file { return .passphrase(try SecretInput.firstLine(ofFile: file, what: "the copy's passphrase file")) }
        guard
            let typed = try prompt(
                "\(copy) was sealed under other keys (made before a passphrase change, or another vault's).\n"
                    + "Its passphrase (the contents will be sealed under your current one): ")
        else {
            throw CLIError.invalidValue("\(copy) does not open with this vault's key; give the passphrase it was made with in --copy-passphrase-file")
        }
        return .passphrase(typed)
    }

    /// The passphrase of an export: `--export-passphrase-file`, else typed at a prompt (twice,
    /// and at least 10 characters, when making one).
    func exportPassphrase(file: String?, creating: Bool) throws -> SecureBytes {
        if let file {
            let raw = try SecretInput.firstLine(ofFile: file, what: "the export passphrase file")
            return creating ? try PassphraseRules.checkedNew(raw) : try PassphraseRules.normalized(raw)
        }
        guard let first = try prompt(creating ? "Passphrase for the export (several words): " : "Passphrase of the export: ") else {
            throw CLIError.noExportSecret
        }
        guard creating else { return try PassphraseRules.normalized(first) }
        let normalized = try PassphraseRules.checkedNew(first)
        guard let second = try prompt("Repeat the export passphrase: ") else { throw CLIError.noExportSecret }
        guard try PassphraseRules.normalized(second) == normalized else { throw CLIError.passphrasesDiffer }
        return normalized
    }

    /// Whether the environment names a passphrase source (CONFIDANT_PASSPHRASE_FILE or
    /// CONFIDANT_PASSPHRASE_COMMAND), standing settings rather than this command's own.
    var hasStandingSource: Bool {
        ["CONFIDANT_PASSPHRASE_FILE", "CONFIDANT_PASSPHRASE_COMMAND"].contains { !(environment[$0] ?? "").isEmpty }
    }

    // MARK: Helpers

    private func passphraseFromSources() throws -> SecureBytes? {
        if let file = options.passphraseFile { return try SecretInput.firstLine(ofFile: file, what: "the passphrase file") }
        if let file = environment["CONFIDANT_PASSPHRASE_FILE"], !file.isEmpty {
            return try SecretInput.firstLine(ofFile: file, what: "CONFIDANT_PASSPHRASE_FILE")
        }
        if let command = environment["CONFIDANT_PASSPHRASE_COMMAND"], !command.isEmpty {
            return try SecretInput.firstLine(ofCommand: command, what: "CONFIDANT_PASSPHRASE_COMMAND")
        }
        return nil
    }

    /// A new passphrase typed twice; one too short, or a repeat that differs, is asked for again
    /// (three tries in all), saying why.
    private func promptNew() throws -> SecureBytes {
        for attempt in 1... {
            guard let first = try prompt("New passphrase (several words, at least 10 characters): ") else {
                throw CLIError.noPassphraseSource
            }
            let normalized: SecureBytes
            do { normalized = try PassphraseRules.checkedNew(first) } catch  where attempt < 3 && Problem(error)?.kind == .usage {
                Console.note("\(error); try again")
                continue
            }
            guard let second = try prompt("Repeat the new passphrase: ") else { throw CLIError.noPassphraseSource }
            if try PassphraseRules.normalized(second) == normalized { return normalized }
            guard attempt < 3 else { throw CLIError.passphrasesDiffer }
            Console.note("the two passphrases differ; try again")
        }
        fatalError("unreachable")
    }

    /// Whether `unlocking` asks at the terminal (no other source applies).
    var prompts: Bool {
        let fromEnvironment = ["CONFIDANT_PASSPHRASE_FILE", "CONFIDANT_PASSPHRASE_COMMAND"].contains { !(environment[$0] ?? "").isEmpty }
        return !options.noInput && options.passphraseFile == nil && options.recoveryKeyFile == nil && !fromEnvironment
            && TerminalPrompt.isAvailable
    }

    private func prompt(_ text: String) throws -> SecureBytes? {
        guard !options.noInput else { return nil }
        return try TerminalPrompt.readSecret(text)
    }
}
