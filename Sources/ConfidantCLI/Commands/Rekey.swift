import ArgumentParser
import Confidant
import Sodium

extension CLI {
    /// `confidant rekey`: a new master key under the same passphrase.
    struct Rekey: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rekey",
            abstract: "Seal the vault under a new master key, keeping the passphrase.",
            discussion: """
                For when a copy of the vault or its key may have been seen: afterwards no copy made before \
                opens the vault as it is now. Unlock with the passphrase (it is wrapped around the new key with \
                a fresh salt). Say what becomes of the recovery key, as for passwd; --kdf-time, --kdf-memory or \
                --kdf-ops strengthen the Argon2id settings.
                """)

        @OptionGroup var options: VaultOptions
        @OptionGroup var change: KeyChangeOptions

        func run() throws {
            guard options.recoveryKeyFile == nil, !options.recoveryKey else {
                throw CLIError.invalidValue(
                    "rekey keeps your passphrase, so unlock with it rather than the recovery key "
                        + "(to set a new passphrase, use passwd)")
            }
            let (vault, passphrase) = try options.openKeepingPassphrase()
            try change.apply(to: vault, passphrase: passphrase!, what: "Rekeyed.")
        }
    }
}
