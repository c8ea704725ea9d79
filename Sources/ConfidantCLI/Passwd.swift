import ArgumentParser
import Glibc
import Sodium
import Vault

extension CLI {
    /// `confidant passwd`: rewrap the passphrase slot under a new passphrase.
    struct Passwd: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change the passphrase.",
            discussion: """
                Unlocks with the current passphrase (or the recovery key) and rewraps the master key under \
                the new one, with the same Argon2id settings. The contents are not re-encrypted under a new \
                key and the recovery key keeps working.
                """)

        @OptionGroup var options: VaultOptions

        @Option(help: ArgumentHelp("Read the new passphrase from the first line of this file.", valueName: "path"))
        var newPassphraseFile: String?

        func run() throws {
            let store = options.store()
            guard access(store.path, F_OK) == 0 else { throw VaultError.notFound(path: store.path) }
            let credentials = Credentials(options)
            let current = try credentials.unlocking(store.path)
            let new = try credentials.newForPasswd(file: newPassphraseFile)
            try store.update { sealed in
                let unlocked = try sealed.open(with: current)
                let kdf = sealed.passphraseParameters
                let parameters = try Argon2id.Parameters(opsLimit: UInt64(kdf.passes), memoryBytes: Int(kdf.memoryKiB) * 1024)
                try unlocked.changePassphrase(to: new, parameters: parameters)
                return try unlocked.sealed()
            }
            Console.out("Passphrase changed. The recovery key still works.")
        }
    }
}
