import ArgumentParser
import Confidant

extension CLI {
    /// `confidant passwd`: a new passphrase, and a new master key under it.
    struct Passwd: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "passwd",
            abstract: "Change the passphrase (and the master key with it).",
            discussion: """
                Unlocks with the current passphrase (or the recovery key) and seals the vault, and the previous \
                versions in generations/, under a new master key wrapped by the new passphrase, so the old \
                passphrase opens nothing beside the vault any more. Say what becomes of the recovery key: \
                --keep-recovery-key FILE, --new-recovery-key or --no-recovery-key. The Argon2id settings stay \
                unless --kdf-time, --kdf-memory or --kdf-ops is given.
                """)

        @OptionGroup var options: VaultOptions
        @OptionGroup var change: KeyChangeOptions

        @Option(help: ArgumentHelp("Read the new passphrase from the first line of this file.", valueName: "path"))
        var newPassphraseFile: String?

        func run() throws {
            let (vault, current) = try options.openKeepingPassphrase()
            let passphrase = try Credentials(options).newForPasswd(file: newPassphraseFile)
            if let current, current == passphrase {
                throw CLIError.invalidValue("the new passphrase is the one the vault has now; choose another (nothing was changed)")
            }
            try change.apply(to: vault, passphrase: passphrase, what: "Passphrase changed.")
        }
    }
}
