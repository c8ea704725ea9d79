import ArgumentParser
import Confidant

extension CLI {
    /// `confidant passwd`: rewrap the passphrase slot under a new passphrase.
    struct Passwd: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change the passphrase.",
            discussion: """
                Unlocks with the current passphrase (or the recovery key) and rewraps the master key under \\
                the new one, with the same Argon2id settings. The contents are not re-encrypted under a new \\
                key and the recovery key keeps working.
                """)

        @OptionGroup var options: VaultOptions

        @Option(help: ArgumentHelp("Read the new passphrase from the first line of this file.", valueName: "path"))
        var newPassphraseFile: String?

        func run() throws {
            let vault = try options.open()
            try vault.changePassphrase(to: Credentials(options).newForPasswd(file: newPassphraseFile))
            Console.out("Passphrase changed. The recovery key still works.")
        }
    }
}
