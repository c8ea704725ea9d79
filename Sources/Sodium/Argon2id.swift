import CSodium

/// Argon2id v1.3 (`crypto_pwhash` with `crypto_pwhash_ALG_ARGON2ID13`), single lane.
///
/// A passphrase is stretched into a key so that every guess costs an attacker the same memory
/// and time it costs us. Parameters are validated against libsodium's limits before any call.
public enum Argon2id {
    /// Salt length in bytes (16).
    public static let saltLength = 16

    /// Cost parameters: passes over memory (`opsLimit`, the `t` of RFC 9106) and memory in bytes.
    public struct Parameters: Equatable, Hashable, Sendable {
        /// Number of passes (t); libsodium requires at least 1 for Argon2id.
        public let opsLimit: UInt64
        /// Memory in bytes (m × 1024); at least 8 KiB.
        public let memoryBytes: Int

        /// Validates against libsodium's limits.
        /// - Throws: `SodiumError.invalidParameter` naming the limit that was crossed.
        public init(opsLimit: UInt64, memoryBytes: Int) throws {
            try Library.ensureInitialized()
            let opsRange = UInt64(crypto_pwhash_argon2id_opslimit_min())...UInt64(crypto_pwhash_argon2id_opslimit_max())
            let memoryRange = Int(crypto_pwhash_argon2id_memlimit_min())...Int(crypto_pwhash_argon2id_memlimit_max())
            guard opsRange.contains(opsLimit) else {
                throw SodiumError.invalidParameter("Argon2id passes \(opsLimit) outside \(opsRange)")
            }
            guard memoryRange.contains(memoryBytes) else {
                throw SodiumError.invalidParameter("Argon2id memory \(memoryBytes) bytes outside \(memoryRange)")
            }
            self.opsLimit = opsLimit
            self.memoryBytes = memoryBytes
        }

        private init(trusted opsLimit: UInt64, memoryBytes: Int) {
            self.opsLimit = opsLimit
            self.memoryBytes = memoryBytes
        }

        /// libsodium's "interactive" setting (2 passes, 64 MiB): the weakest we recommend.
        public static var interactive: Parameters {
            Parameters(
                trusted: UInt64(crypto_pwhash_argon2id_opslimit_interactive()),
                memoryBytes: Int(crypto_pwhash_argon2id_memlimit_interactive()))
        }

        /// True when both passes and memory are at least libsodium's "interactive" setting.
        public var isAtLeastInteractive: Bool {
            let floor = Parameters.interactive
            return opsLimit >= floor.opsLimit && memoryBytes >= floor.memoryBytes
        }
    }

    /// Derives `length` bytes from `passphrase` and a 16-byte `salt`.
    /// - Throws: `SodiumError.invalidLength` for a bad salt or length, `.kdfFailed` when libsodium
    ///   cannot allocate the memory the parameters ask for.
    public static func deriveKey(
        length: Int, from passphrase: SecureBytes, salt: [UInt8], parameters: Parameters
    ) throws -> SecureBytes {
        try Library.ensureInitialized()
        try Library.check("Argon2id salt", salt.count, is: saltLength)
        guard length >= 16, length <= 1024 else {
            throw SodiumError.invalidLength(what: "Argon2id output", expected: "16...1024", actual: length)
        }
        let key = try SecureBytes(count: length)
        let status = key.withUnsafeMutableBytes { out in
            passphrase.withUnsafeBytes { password in
                salt.withUnsafeBufferPointer { saltBytes in
                    crypto_pwhash(
                        out.baseAddress!.assumingMemoryBound(to: UInt8.self), UInt64(length),
                        password.baseAddress!.assumingMemoryBound(to: CChar.self), UInt64(password.count),
                        saltBytes.baseAddress!, parameters.opsLimit, parameters.memoryBytes,
                        crypto_pwhash_ALG_ARGON2ID13)
                }
            }
        }
        guard status == 0 else { throw SodiumError.kdfFailed("Argon2id") }
        return key
    }

    /// Chooses the number of passes at `memoryBytes` so that one derivation takes about
    /// `targetSeconds` on this machine. After one untimed warm-up run (the first allocation in a
    /// process is erratic), times two and six passes: a quarter of the difference is the cost of a
    /// pass, the rest is allocation and page faults. At least one pass. One pass is not used as a
    /// point because libsodium's cost barely changes from one to two.
    public static func calibrate(memoryBytes: Int, targetSeconds: Double) throws -> Parameters {
        let passphrase = try SecureBytes(randomCount: 16)
        let salt = try Random.bytes(saltLength)
        func seconds(_ passes: UInt64) throws -> Double {
            let parameters = try Parameters(opsLimit: passes, memoryBytes: memoryBytes)
            let clock = ContinuousClock()
            var failure: (any Error)?
            let elapsed = clock.measure {
                do { _ = try deriveKey(length: 32, from: passphrase, salt: salt, parameters: parameters) } catch {
                    failure = error
                }
            }
            if let failure { throw failure }
            return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        }
        _ = try seconds(1)
        let two = try seconds(2)
        let six = try seconds(6)
        let perPass = max((six - two) / 4, two / 8, 1e-6)
        let fixed = max(two - 2 * perPass, 0)
        let passes = ((targetSeconds - fixed) / perPass).rounded()
        let maximum = Double(crypto_pwhash_argon2id_opslimit_max())
        return try Parameters(opsLimit: UInt64(min(max(passes, 1), maximum)), memoryBytes: memoryBytes)
    }
}
