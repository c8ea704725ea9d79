import ArgumentParser
import Confidant
import Sodium

/// Argon2id settings for a new passphrase slot: `init`, and `passwd` and `rekey` when asked to
/// strengthen them.
struct KDFOptions: ParsableArguments {
    @Option(help: ArgumentHelp("How long unlocking should take (e.g. 1s, 500ms); init's default 1s.", valueName: "duration"))
    var kdfTime: String?

    @Option(help: ArgumentHelp("Argon2id memory (e.g. 256MiB, 1GiB); init's default 256MiB.", valueName: "size"))
    var kdfMemory: String?

    @Option(help: ArgumentHelp("Fixed Argon2id passes instead of calibrating.", valueName: "n"))
    var kdfOps: UInt64?

    /// Whether any setting was given.
    var isEmpty: Bool { kdfTime == nil && kdfMemory == nil && kdfOps == nil }

    func validate() throws {
        guard Units.seconds(kdfTime ?? "1s").map({ $0 <= 60 }) == true else {
            throw ValidationError("--kdf-time must be a duration up to 60s, such as 1s or 500ms")
        }
        guard let memory = Units.bytes(kdfMemory ?? "256MiB"), memory % 1024 == 0,
            VaultAccess.Limits.memoryKiB.contains(UInt64(memory / 1024))
        else {
            throw ValidationError("--kdf-memory must be a size from 8KiB to 4GiB, such as 256MiB")
        }
        if let kdfOps, !VaultAccess.Limits.passes.contains(kdfOps) {
            throw ValidationError("--kdf-ops must be from 1 to \(VaultAccess.Limits.passes.upperBound)")
        }
    }

    /// The settings: fixed passes when `--kdf-ops` is given, else calibrated on this machine to
    /// take about `--kdf-time`, capped at the format's work limit; warns when weaker than
    /// libsodium's interactive setting.
    func parameters() throws -> Argon2id.Parameters {
        let memory = Units.bytes(kdfMemory ?? "256MiB")!
        let parameters: Argon2id.Parameters
        if let kdfOps {
            parameters = try Argon2id.Parameters(opsLimit: kdfOps, memoryBytes: memory)
        } else {
            let calibrated = try Argon2id.calibrate(memoryBytes: memory, targetSeconds: Units.seconds(kdfTime ?? "1s")!)
            let cap = VaultAccess.Limits.workKiB / UInt64(memory / 1024)
            parameters = try Argon2id.Parameters(opsLimit: min(calibrated.opsLimit, max(cap, 1)), memoryBytes: memory)
        }
        if !parameters.isAtLeastInteractive {
            Console.warn(
                "Argon2id \(Self.describe(parameters)) is weaker than libsodium's interactive setting (2 passes × 64 MiB); use it only for tests")
        }
        return parameters
    }

    /// "2 passes × 256 MiB".
    static func describe(_ parameters: Argon2id.Parameters) -> String {
        describe(passes: parameters.opsLimit, memoryBytes: parameters.memoryBytes)
    }

    /// "2 passes × 256 MiB", "1 pass × 8 KiB".
    static func describe(passes: UInt64, memoryBytes: Int) -> String {
        let memory = memoryBytes >= 1 << 20 ? "\(memoryBytes >> 20) MiB" : "\(memoryBytes >> 10) KiB"
        return "\(passes) \(passes == 1 ? "pass" : "passes") × \(memory)"
    }
}
