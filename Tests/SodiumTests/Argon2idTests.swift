import Testing

@testable import Sodium

@Suite struct Argon2idTests {
    /// Outputs of Argon2id v1.3, p = 1, computed once with PyPI argon2-cffi 25.1
    /// (`argon2.low_level.hash_secret_raw(..., type=Type.ID, version=19)`), an implementation
    /// independent of libsodium's, and fixed here.
    @Test(arguments: [
        (
            "password", "736f6d6573616c740000000000000000", UInt64(1), 8,
            "71efe492feb41f8a7ebcb83358259add9c2c3b88122e8f69dc4bae6bda15874a"
        ),
        (
            "correct horse battery staple", "30313233343536373839616263646566", 2, 65536,
            "cdb454754c3db33d45695237b0a4316be8834f7e7221f65293fca548e4eb68ff"
        ),
        (
            "Zoë’s vault ✓", "000102030405060708090a0b0c0d0e0f", 3, 16384,
            "ec76820be4807864797c4e4f94feaf03251e897c4ce72e340e109c3db055c2870d77845b8ade2255166a74215990fdf4b3b3461242b9985a1652d690a25faeaf"
        ),
    ])
    func matchesAnIndependentImplementation(password: String, salt: String, passes: UInt64, kibibytes: Int, expected: String) throws {
        let parameters = try Argon2id.Parameters(opsLimit: passes, memoryBytes: kibibytes * 1024)
        let key = try Argon2id.deriveKey(
            length: expected.count / 2, from: SecureBytes.utf8(password), salt: hex(salt), parameters: parameters)
        #expect(key.revealedForTest.hexString == expected)
    }

    @Test func validatesParameters() {
        #expect(throws: SodiumError.self) { try Argon2id.Parameters(opsLimit: 0, memoryBytes: 1 << 20) }
        #expect(throws: SodiumError.self) { try Argon2id.Parameters(opsLimit: 1, memoryBytes: 4096) }
        #expect(throws: SodiumError.self) { try Argon2id.Parameters(opsLimit: 1, memoryBytes: Int.max) }
    }

    @Test func checksSaltLength() throws {
        let parameters = try Argon2id.Parameters(opsLimit: 1, memoryBytes: 8192)
        #expect(throws: SodiumError.self) {
            try Argon2id.deriveKey(length: 32, from: SecureBytes.utf8("pw"), salt: [1, 2, 3], parameters: parameters)
        }
    }

    /// Calibration times real work, and the suite runs tests in parallel on two cores: a single
    /// pair of measurements can be preempted. Ten times the target must give more passes in at
    /// least one of three tries.
    @Test func calibrationScalesWithTheTarget() throws {
        var scaled = false
        for _ in 0..<3 where !scaled {
            let short = try Argon2id.calibrate(memoryBytes: 1 << 20, targetSeconds: 0.02)
            let long = try Argon2id.calibrate(memoryBytes: 1 << 20, targetSeconds: 0.2)
            #expect(short.memoryBytes == 1 << 20)
            scaled = long.opsLimit > short.opsLimit
        }
        #expect(scaled)
    }

    @Test func interactiveIsTheFloor() throws {
        #expect(Argon2id.Parameters.interactive.isAtLeastInteractive)
        #expect(try !Argon2id.Parameters(opsLimit: 1, memoryBytes: 8192).isAtLeastInteractive)
    }
}
