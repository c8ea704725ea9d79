import FuzzDriver
import Sodium
import Vault

// The vault parser and opener: any bytes must parse strictly or fail cleanly; a file that parses
// is opened with the recovery key (cheap), and with the passphrase only when its Argon2id
// settings are small (the bounds allow half a minute of work, too slow for a fuzzer).
nonisolated(unsafe) let passphrase = try! SecureBytes(copying: Array("correct horse battery staple".utf8))
nonisolated(unsafe) let recoveryKey = try! RecoveryKey(bytes: SecureBytes(copying: Array(0x40...0x5f)))

func fuzzOne(_ bytes: [UInt8]) {
    guard let sealed = try? SealedVault.parse(bytes) else { return }
    precondition(sealed.serialized == bytes, "parse then write must give back the same bytes")
    _ = try? sealed.open(with: .recoveryKey(recoveryKey))
    let (passes, memoryKiB) = sealed.passphraseParameters
    if passes <= 2, memoryKiB <= 256 { _ = try? sealed.open(with: .passphrase(passphrase)) }
}

runFuzzer(fuzzOne)
