import ArgumentParser
import Confidant
import Glibc
import Sodium

extension CLI {
    /// `confidant init`: create a vault with a calibrated Argon2id passphrase slot and a recovery key.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Create a new vault.",
            discussion: """
                Asks for a new passphrase (twice) unless a passphrase source is given, calibrates Argon2id \
                to take about --kdf-time on this machine, and prints a one-time recovery key.
                """)

        @OptionGroup var options: VaultOptions
        @OptionGroup var kdf: KDFOptions

        @Flag(help: "Make no recovery key (if you forget the passphrase, the vault is lost).")
        var noRecoveryKey = false

        func validate() throws {
            if noRecoveryKey, options.recoveryKeyFile != nil {
                throw ValidationError("--no-recovery-key and --recovery-key-file cannot be used together")
            }
            if options.recoveryKey || options.recoveryKeyFile == "-" {
                throw ValidationError(
                    "init makes the recovery key: give --recovery-key-file a new file to write it to, or leave it out to see it once")
            }
        }

        func run() throws {
            let file = options.access()
            try file.refuseIfExists()
            let passphrase = try Credentials(options).newForInit()
            let parameters = try kdf.parameters()
            let vault = try NewVault(passphrase: passphrase, parameters: parameters, recoveryKey: !noRecoveryKey)
            let keyFile = try writeRecoveryKeyFile(vault.recoveryKey)
            do { try file.create(vault) } catch {
                if let keyFile { unlink(keyFile) }
                throw error
            }
            Console.out("Created the vault at \(file.path)")
            Console.out("Unlocking uses Argon2id, \(KDFOptions.describe(parameters)).")
            RecoveryKeyText.present(vault.recoveryKey, writtenTo: keyFile)
        }

        // MARK: Helpers

        private func writeRecoveryKeyFile(_ key: SecureBytes?) throws -> String? {
            guard let key, let path = options.recoveryKeyFile else { return nil }
            try SecretFile.createNew(path, contents: key)
            return path
        }
    }
}
