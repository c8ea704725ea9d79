import ArgumentParser
import Confidant
import Glibc
import Sodium

extension CLI {
    /// `confidant init`: create a vault with a calibrated Argon2id passphrase slot and a recovery key.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a new vault.",
            discussion: """
                Asks for a new passphrase (twice) unless a passphrase source is given, calibrates Argon2id \
                to take about --kdf-time on this machine, and prints a one-time recovery key.
                """)

        @OptionGroup var options: VaultOptions

        @Option(help: ArgumentHelp("How long unlocking should take (e.g. 1s, 500ms).", valueName: "duration"))
        var kdfTime = "1s"

        @Option(help: ArgumentHelp("Argon2id memory (e.g. 256MiB, 1GiB).", valueName: "size"))
        var kdfMemory = "256MiB"

        @Option(help: ArgumentHelp("Fixed Argon2id passes instead of calibrating.", valueName: "n"))
        var kdfOps: UInt64?

        @Flag(help: "Make no recovery key (if you forget the passphrase, the vault is lost).")
        var noRecoveryKey = false

        func validate() throws {
            guard Units.seconds(kdfTime).map({ $0 <= 60 }) == true else {
                throw ValidationError("--kdf-time must be a duration up to 60s, such as 1s or 500ms")
            }
            guard let memory = Units.bytes(kdfMemory), memory % 1024 == 0,
                  VaultFile.Limits.memoryKiB.contains(UInt64(memory / 1024)) else {
                throw ValidationError("--kdf-memory must be a size from 8KiB to 4GiB, such as 256MiB")
            }
            if let kdfOps, !VaultFile.Limits.passes.contains(kdfOps) {
                throw ValidationError("--kdf-ops must be from 1 to \(VaultFile.Limits.passes.upperBound)")
            }
            if noRecoveryKey, options.recoveryKeyFile != nil {
                throw ValidationError("--no-recovery-key and --recovery-key-file cannot be used together")
            }
        }

        func run() throws {
            let file = options.file()
            try file.refuseIfExists()
            let passphrase = try Credentials(options).newForInit()
            let parameters = try chooseParameters()
            if !parameters.isAtLeastInteractive {
                Console.warn("Argon2id \(Self.describe(parameters)) is weaker than libsodium's interactive setting (2 passes × 64 MiB); use it only for tests")
            }
            let vault = try NewVault(passphrase: passphrase, parameters: parameters, recoveryKey: !noRecoveryKey)
            let keyFile = try writeRecoveryKeyFile(vault.recoveryKey)
            do { try file.create(vault) } catch {
                if let keyFile { unlink(keyFile) }
                throw error
            }
            Console.out("Created the vault at \(file.path)")
            Console.out("Unlocking uses Argon2id, \(Self.describe(parameters)).")
            if let recoveryKey = vault.recoveryKey, keyFile == nil { show(recoveryKey) }
            if let keyFile { Console.out("The recovery key is in \(keyFile) (mode 0600). Move it somewhere safe, away from this computer.") }
        }

        // MARK: Helpers

        private func chooseParameters() throws -> Argon2id.Parameters {
            let memory = Units.bytes(kdfMemory)!
            if let kdfOps { return try Argon2id.Parameters(opsLimit: kdfOps, memoryBytes: memory) }
            let calibrated = try Argon2id.calibrate(memoryBytes: memory, targetSeconds: Units.seconds(kdfTime)!)
            let cap = VaultFile.Limits.workKiB / UInt64(memory / 1024)
            return try Argon2id.Parameters(opsLimit: min(calibrated.opsLimit, max(cap, 1)), memoryBytes: memory)
        }

        private func writeRecoveryKeyFile(_ key: SecureBytes?) throws -> String? {
            guard let key, let path = options.recoveryKeyFile else { return nil }
            try SecretFile.createNew(path, contents: key)
            return path
        }

        private func show(_ text: SecureBytes) {
            Console.out("""

                Your recovery key, shown this once:

                """)
            Console.write(1, text: "    ")
            _ = text.withUnsafeBytes { Console.write(1, $0) }
            Console.out("""


                It opens the vault if you forget your passphrase. Write it on paper or keep it in a
                password manager, away from this computer: anyone who has it can read your vault,
                and Confidant cannot show it again.
                """)
        }

        static func describe(_ parameters: Argon2id.Parameters) -> String {
            let mebibytes = Double(parameters.memoryBytes) / Double(1 << 20)
            let memory = mebibytes >= 1 ? "\(Int(mebibytes)) MiB" : "\(parameters.memoryBytes / 1024) KiB"
            return "\(parameters.opsLimit) \(parameters.opsLimit == 1 ? "pass" : "passes") × \(memory)"
        }
    }
}
