import ArgumentParser
import Confidant
import Foundation
import Sodium

/// Flags every command takes: where the vault is and how to unlock it.
struct VaultOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The vault file (env CONFIDANT_VAULT).", valueName: "path"))
    var vault: String?

    @Option(name: .long, help: ArgumentHelp("Read the passphrase from the first line of this file.", valueName: "path"))
    var passphraseFile: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Unlock with the recovery key in this file, or - for standard input (init: write it there, mode 0600).",
            valueName: "path"))
    var recoveryKeyFile: String?

    @Flag(name: .long, help: "Unlock with the recovery key, typed at a prompt without echo (a key kept on paper).")
    var recoveryKey = false

    @Flag(name: .long, help: "Never prompt (implied when there is no terminal).")
    var noInput = false

    @Flag(name: .long, help: "Use and change the vault even though it is older than the last one opened here (docs/SECURITY.md, rollback).")
    var acceptRollback = false

    @Flag(name: .long, help: "Ask for the passphrase even while the vault is unlocked (`confidant unlock`; env CONFIDANT_NO_CACHE=1).")
    var noCache = false

    /// Whether a key kept by `confidant unlock` may open the vault: not with --no-cache or
    /// CONFIDANT_NO_CACHE set (to anything but 0), and not when this command was given a
    /// credential on its command line (--passphrase-file, --recovery-key, --recovery-key-file):
    /// what a person names for one command is what opens it, so a wrong file is reported as wrong
    /// rather than hidden by the kept key. The environment's sources (CONFIDANT_PASSPHRASE_FILE,
    /// _COMMAND) are standing settings, often in a shell profile: the kept key goes first, and
    /// they are the fallback when it fails (`open`).
    var usesCache: Bool {
        !noCache && passphraseFile == nil && recoveryKeyFile == nil && !recoveryKey
            && ["", "0"].contains(ProcessInfo.processInfo.environment["CONFIDANT_NO_CACHE"] ?? "")
    }

    /// The vault path: `--vault`, then `CONFIDANT_VAULT`, then the XDG default.
    var vaultPath: String {
        let environment = ProcessInfo.processInfo.environment
        if let vault { return vault }
        if let path = environment["CONFIDANT_VAULT"], !path.isEmpty { return path }
        return VaultAccess.defaultPath(environment: environment)
    }

    /// The vault at `path` (default: `vaultPath`); `CONFIDANT_LOCK_TIMEOUT` (seconds) shortens the
    /// 10 s wait for another process's lock, for tests.
    /// The last-seen state (`LastSeen`) is `$XDG_STATE_HOME/confidant/last-seen`.
    func access(path: String? = nil) -> VaultAccess {
        let environment = ProcessInfo.processInfo.environment
        let timeout = environment["CONFIDANT_LOCK_TIMEOUT"].flatMap(Double.init) ?? 10
        return VaultAccess(path: path ?? vaultPath, lockTimeout: timeout, lastSeenPath: VaultAccess.defaultLastSeenPath(environment: environment))
    }

    /// Opens the vault for a command that only reads it: a vault older than the last one opened
    /// here is warned about and read as it is.
    func openForReading(path: String? = nil) throws -> OpenVault {
        try open(path: path, warningOfRollback: true)
    }

    /// Opens the vault for a command that changes it: a vault older than the last one opened
    /// here is refused by the change itself (`OpenVault.update`), so it is not warned about first.
    func openForChange(notingConflicts: Bool = true) throws -> OpenVault {
        try open(warningOfRollback: false, notingConflicts: notingConflicts)
    }

    /// Opens the vault at `path` (default: `vaultPath`) with the first credential source that
    /// applies, asked for only once the file is known to exist. A vault older than the last one
    /// opened here is warned about when `warningOfRollback` (a command that changes the vault
    /// is refused instead, by `OpenVault.update`, unless --accept-rollback).
    /// A passphrase typed at the prompt that does not open the vault is asked for again, three
    /// tries in all (one from a file or command is not: it would fail the same way).
    /// While the vault is unlocked (`confidant unlock`) the key kept for it opens it instead,
    /// unless `usingCache` is false or `usesCache` says not to. A kept key that fails as if the
    /// vault were modified leaves the verdict to a passphrase source in the environment, when
    /// there is one (the key was removed: a planted one blocks one command at most).
    /// `notingConflicts` false leaves out the note about conflict copies (`merge --conflicts`).
    func open(path: String? = nil, warningOfRollback: Bool = true, usingCache: Bool = true, notingConflicts: Bool = true) throws -> OpenVault {
        let file = access(path: path)
        if usingCache, usesCache, let vault = try file.openUsingCachedKey(deferring: Credentials(self).hasStandingSource) {
            return accepting(vault, warningOfRollback: warningOfRollback, notingConflicts: notingConflicts)
        }
        for attempt in 1... {
            var prompted = false
            do {
                return try accepting(
                    file.open {
                        let credentials = Credentials(self)
                        prompted = credentials.prompts
                        let key = try credentials.unlocking(file.path)
                        // Kept for the run, to refuse any text given afterwards that holds it.
                        if case .passphrase(let raw) = key { PassphraseGuard.typed = try TypedPassphrase(raw) }
                        return key
                    }, warningOfRollback: warningOfRollback, notingConflicts: notingConflicts)
            } catch  where prompted && attempt < 3 && Problem(error)?.kind == .wrongKey {
                Console.note("\(error); try again (\(3 - attempt) more)")
            }
        }
        fatalError("unreachable")
    }

    /// Opens the vault, and returns the passphrase it was opened with (normalised), or nil when
    /// it was opened with the recovery key: `passwd` refuses the same passphrase again, `rekey`
    /// keeps it.
    func openKeepingPassphrase() throws -> (vault: OpenVault, passphrase: SecureBytes?) {
        let file = access()
        var passphrase: SecureBytes?
        let vault = try accepting(
            file.open {
                let key = try Credentials(self).unlocking(file.path)
                if case .passphrase(let raw) = key { passphrase = try PassphraseRules.normalized(raw) }
                return key
            })
        return (vault, passphrase)
    }

    /// Opens the copy of a vault at `path` without a lock or the last-seen state
    /// (`VaultAccess.openCopy`), with the first credential source that applies.
    func openCopy(_ path: String) throws -> OpenVault {
        try VaultAccess.openCopy(at: path) { try Credentials(self).unlocking(path) }
    }

    /// `vault` with --accept-rollback applied, and the warning when it is older than the last
    /// one opened here.
    /// Conflict copies a sync tool left beside the vault are noted in one line (docs/SYNC.md).
    func accepting(_ vault: OpenVault, warningOfRollback: Bool = false, notingConflicts: Bool = true) -> OpenVault {
        vault.acceptsRollback = acceptRollback
        for warning in vault.warnings { Console.warn(warning) }
        let copies = notingConflicts ? ConflictCopies.beside(vault.access.path) : []
        if !copies.isEmpty {
            Console.note(
                "note: \(copies.count) conflict cop\(copies.count == 1 ? "y" : "ies") of the vault, made by a sync tool, "
                    + "\(copies.count == 1 ? "is" : "are") beside it; `confidant merge --conflicts` merges and removes \(copies.count == 1 ? "it" : "them")"
            )
        }
        if warningOfRollback, !acceptRollback, let rollback = vault.rollback {
            Console.warn("\(rollback)")
            // A sync tool that kept the other device's file may have saved this one's beside it.
            Console.note(
                "hint: " + (copies.isEmpty ? Rollback.hint : "the newer version may be a conflict copy: `confidant merge --conflicts` takes it in"))
        }
        return vault
    }
}

/// `--json` for commands that read.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print machine-readable JSON (docs/CLI.md).")
    var json = false
}
