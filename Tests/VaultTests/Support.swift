import Foundation
import Sodium

@testable import Vault

/// A fresh temporary directory, removed when the value is released.
final class TemporaryDirectory {
    let path: String

    init() {
        var template = Array((NSTemporaryDirectory() + "/confidant-test-XXXXXX").utf8CString)
        path = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// A path inside the directory.
    func file(_ name: String) -> String { path + "/" + name }
}

/// Fast, deliberately weak KDF settings so tests spend no time in Argon2id.
let fastParameters = try! Argon2id.Parameters(opsLimit: 1, memoryBytes: 8192)

/// A guarded copy of a UTF-8 string.
func secret(_ text: String) -> SecureBytes { try! SecureBytes(copying: Array(text.utf8)) }

/// A small sealed vault with both slots, and the credentials that open it.
func makeVault(document: String = #"{"schema":1}"#, passphrase: String = "correct horse battery") throws
    -> (sealed: SealedVault, recovery: RecoveryKey)
{
    let recovery = try RecoveryKey.generate()
    let unlocked = try UnlockedVault.create(
        document: secret(document), keys: NewKeys(passphrase: secret(passphrase), parameters: fastParameters, recoveryKey: recovery))
    return (try unlocked.sealed(), recovery)
}

/// The bytes of `bytes` with the trailing checksum recomputed, as a deliberate attacker would.
func withFreshChecksum(_ bytes: [UInt8]) -> [UInt8] {
    let content = Array(bytes.dropLast(VaultFormat.checksumLength))
    return content + BLAKE2b.hash256(content)
}

extension SecureBytes {
    /// The bytes as a string, for assertions.
    var text: String { withUnsafeBytes { String(decoding: $0, as: UTF8.self) } }
}
