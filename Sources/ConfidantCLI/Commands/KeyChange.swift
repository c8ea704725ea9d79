import ArgumentParser
import Confidant
import Glibc
import Sodium

/// What `passwd` and `rekey` share: both seal the vault under a new master key, so the recovery
/// key must be kept (given), replaced, or dropped, and said which; and both may strengthen the
/// Argon2id settings.
struct KeyChangeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Keep your current recovery key, read from this file (it is checked against the vault).", valueName: "path"))
    var keepRecoveryKey: String?

    @Flag(help: "Make a new recovery key (shown once, or written to --new-recovery-key-file); the old one stops working.")
    var newRecoveryKey = false

    @Option(help: ArgumentHelp("Write the new recovery key to this new file (mode 0600) instead of showing it.", valueName: "path"))
    var newRecoveryKeyFile: String?

    @Flag(help: "Keep no recovery key from now on.")
    var noRecoveryKey = false

    @OptionGroup var kdf: KDFOptions

    func validate() throws {
        let choices = [keepRecoveryKey != nil, newRecoveryKey || newRecoveryKeyFile != nil, noRecoveryKey].filter { $0 }.count
        guard choices <= 1 else { throw ValidationError("choose one of --keep-recovery-key, --new-recovery-key and --no-recovery-key") }
    }

    /// Prepares the new keys (the slow key derivation, before the lock), writes a new recovery
    /// key to its file if one was asked for, seals the vault and its generations under them, and
    /// says what happened. The recovery key file is removed again when sealing fails.
    /// - Throws: `CLIError.invalidValue` when the vault has a recovery key and no choice was made.
    func apply(to vault: OpenVault, passphrase: SecureBytes, what: String) throws {
        let rekeying = try vault.prepareRekeying(
            passphrase: passphrase, parameters: kdf.isEmpty ? nil : kdf.parameters(),
            recovery: recoveryChoice(hasRecoveryKey: vault.info.recoveryKeySlot))
        if let file = newRecoveryKeyFile, let key = rekeying.newRecoveryKey { try SecretFile.createNew(file, contents: key) }
        let report: RekeyReport
        do { report = try vault.rekey(rekeying) } catch {
            if let file = newRecoveryKeyFile { unlink(file) }
            throw error
        }
        Console.out("\(what) The vault is sealed under a new master key: the old passphrase and any copy made before now no longer open it.")
        Console.out(
            "The key kept by `unlock` here is gone; \(KeyCache.otherLogins), opening only copies made before now. "
                + "Exports made before now read as not made by this vault.")
        Console.out(
            "Unlocking uses Argon2id, \(vault.info.argon2id.passes) \(vault.info.argon2id.passes == 1 ? "pass" : "passes") × "
                + "\(vault.info.argon2id.memoryKiB >= 1024 ? "\(vault.info.argon2id.memoryKiB / 1024) MiB" : "\(vault.info.argon2id.memoryKiB) KiB")."
        )
        if report.resealedGenerations + report.removedGenerations > 0 {
            Console.out(
                "The \(report.resealedGenerations) previous version\(report.resealedGenerations == 1 ? "" : "s") in generations/ "
                    + "\(report.resealedGenerations == 1 ? "was" : "were") re-sealed under the new keys"
                    + (report.removedGenerations > 0 ? "; \(report.removedGenerations) that the old keys did not open were removed." : "."))
        }
        if report.backupsWithOldKeys > 0 {
            Console.warn(
                "\(report.backupsWithOldKeys) backup\(report.backupsWithOldKeys == 1 ? "" : "s") in backups/ still open with the old "
                    + "passphrase or recovery key; delete \(report.backupsWithOldKeys == 1 ? "it" : "them") if those may be known to someone else, "
                    + "then run `confidant backup`")
        }
        switch (keepRecoveryKey, rekeying.newRecoveryKey) {
        case (.some, _): Console.out("Your recovery key still works.")
        case (nil, .some(let key)): RecoveryKeyText.present(key, writtenTo: newRecoveryKeyFile)
        case (nil, nil): Console.out("The vault has no recovery key: if you forget the passphrase, it cannot be opened.")
        }
    }

    private func recoveryChoice(hasRecoveryKey: Bool) throws -> RecoveryChoice {
        if let keepRecoveryKey { return .keep(try SecretInput.firstLine(ofFile: keepRecoveryKey, what: "the recovery key file")) }
        if newRecoveryKey || newRecoveryKeyFile != nil { return .replace }
        if noRecoveryKey || !hasRecoveryKey { return .drop }
        throw CLIError.invalidValue(
            "say what becomes of your recovery key: --keep-recovery-key FILE (it is wrapped around the new "
                + "master key), --new-recovery-key, or --no-recovery-key")
    }
}
