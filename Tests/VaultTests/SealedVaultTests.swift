import Sodium
import Testing

@testable import Vault

@Suite struct SealedVaultTests {
    @Test func roundTripsThroughBytes() throws {
        let (sealed, recovery) = try makeVault(document: #"{"schema":1,"x":"é"}"#)
        let parsed = try SealedVault.parse(sealed.serialized)
        #expect(parsed == sealed)
        #expect(parsed.serialized == sealed.serialized)
        #expect(try parsed.open(with: .passphrase(secret("correct horse battery"))).document.text == #"{"schema":1,"x":"é"}"#)
        #expect(try parsed.open(with: .recoveryKey(recovery)).document.text == #"{"schema":1,"x":"é"}"#)
    }

    @Test func everySaveUsesAFreshNonce() throws {
        let (sealed, _) = try makeVault()
        let unlocked = try sealed.open(with: .passphrase(secret("correct horse battery")))
        let first = try unlocked.sealed().serialized
        let second = try unlocked.sealed().serialized
        #expect(first != second)
        #expect(first.count == second.count)
    }

    @Test func wrongCredentialsAreTold() throws {
        let (sealed, _) = try makeVault()
        #expect(throws: VaultError.wrongCredential(.passphrase)) { try sealed.open(with: .passphrase(secret("wrong"))) }
        #expect(throws: VaultError.wrongCredential(.recoveryKey)) { try sealed.open(with: .recoveryKey(RecoveryKey.generate())) }
    }

    @Test func everySingleByteChangeIsRejectedBeforeDecrypting() throws {
        let bytes = try makeVault().sealed.serialized
        for index in bytes.indices {
            var damaged = bytes
            damaged[index] ^= 0x40
            #expect(throws: VaultError.self) { try SealedVault.parse(damaged) }
        }
    }

    @Test func everyTruncationAndAnyTrailingByteIsRejected() throws {
        let bytes = try makeVault().sealed.serialized
        for length in 0..<bytes.count {
            #expect(throws: VaultError.self) { try SealedVault.parse(Array(bytes.prefix(length))) }
        }
        #expect(throws: VaultError.self) { try SealedVault.parse(bytes + [0]) }
    }

    /// With the checksum recomputed (a deliberate change), a changed key slot can only be told
    /// apart from a wrong passphrase by trying it: `wrongCredential`. A change anywhere else in the
    /// header or body fails to authenticate (`bodyModified`) or to parse.
    @Test func deliberateChangesAreCaughtByTheAEAD() throws {
        let (sealed, recovery) = try makeVault()
        let bytes = sealed.serialized
        let fixedHeader = VaultFormat.magic.count + 2
        let slot1 = fixedHeader..<(fixedHeader + VaultFormat.passphraseSlotLength)
        let slot2 = slot1.upperBound..<(slot1.upperBound + VaultFormat.recoverySlotLength)
        // Kind bytes and Argon2id parameters are covered by the bounds tests (a flip there can ask for hours of work).
        let skipped = Set([slot2.lowerBound]).union(slot1.lowerBound..<slot1.lowerBound + 9).union(0..<fixedHeader)
        for index in bytes.indices.dropLast(VaultFormat.checksumLength) where !skipped.contains(index) {
            var changed = bytes
            changed[index] ^= 0x01
            let inSlot = slot1.contains(index) || slot2.contains(index)
            let credential: Credential = slot2.contains(index) ? .recoveryKey(recovery) : .passphrase(secret("correct horse battery"))
            do {
                _ = try SealedVault.parse(withFreshChecksum(changed)).open(with: credential)
                Issue.record("a change at byte \(index) was not detected")
            } catch VaultError.wrongCredential {
                #expect(inSlot, "byte \(index) outside the slots was reported as a wrong credential")
            } catch VaultError.bodyModified, VaultError.damaged {
                #expect(!inSlot, "byte \(index) inside a slot was not reported as a wrong credential")
            }
        }
    }

    @Test(arguments: [
        (UInt32(1), UInt32(64) << 20), // 64 GiB
        (UInt32(1_000_000), UInt32(8)), // a million passes
        (UInt32(0), UInt32(8192)), // zero passes
        (UInt32(1), UInt32(4)), // below libsodium's minimum
        (UInt32(1000), UInt32(4) << 20), // 4,000 GiB-passes of work
    ])
    func absurdArgon2SettingsAreRefusedBeforeAnyWork(passes: UInt32, memoryKiB: UInt32) throws {
        var bytes = try makeVault().sealed.serialized
        var parameters: [UInt8] = []
        parameters.appendBigEndian(passes)
        parameters.appendBigEndian(memoryKiB)
        let offset = VaultFormat.magic.count + 3
        bytes.replaceSubrange(offset..<offset + 8, with: parameters)
        do {
            _ = try SealedVault.parse(withFreshChecksum(bytes))
            Issue.record("a vault asking for \(passes) passes × \(memoryKiB) KiB was accepted")
        } catch VaultError.kdfOutOfBounds {
            // Refused by the parser, before any key derivation could run.
        }
    }

    @Test func otherFilesAndNewerVersionsAreNamed() throws {
        #expect(throws: VaultError.notAVault) { try SealedVault.parse(Array("hello, world".utf8)) }
        #expect(throws: VaultError.notAVault) { try SealedVault.parse([]) }
        var bytes = try makeVault().sealed.serialized
        bytes[VaultFormat.magic.count] = 2
        #expect(throws: VaultError.unsupportedVersion(2)) { try SealedVault.parse(withFreshChecksum(bytes)) }
    }

    /// New keys lock out everything that unwrapped the old master key: the old passphrase, the
    /// old recovery key, and the master key itself taken from a copy made before the change.
    @Test func rekeyingLocksOutTheOldKeys() throws {
        let (sealed, recovery) = try makeVault()
        let unlocked = try sealed.open(with: .passphrase(secret("correct horse battery")))
        let kept = try RecoveryKey.generate()
        let changed = try unlocked.rekeyed(
            NewKeys(
                passphrase: secret("a new and longer passphrase"), parameters: fastParameters,
                recoveryKey: kept)
        ).sealed()
        #expect(throws: VaultError.wrongCredential(.passphrase)) { try changed.open(with: .passphrase(secret("correct horse battery"))) }
        #expect(throws: VaultError.self) { try changed.open(with: .recoveryKey(recovery)) }
        #expect(throws: VaultError.keysChanged) { try unlocked.reopen(changed) }
        #expect(try changed.open(with: .passphrase(secret("a new and longer passphrase"))).document.text == #"{"schema":1}"#)
        #expect(try changed.open(with: .recoveryKey(kept)).document.text == #"{"schema":1}"#)
    }

    @Test func aVaultWithoutRecoverySlotSaysSo() throws {
        let unlocked = try UnlockedVault.create(
            document: secret("{}"), keys: NewKeys(passphrase: secret("correct horse battery"), parameters: fastParameters, recoveryKey: nil))
        let sealed = try SealedVault.parse(unlocked.sealed().serialized)
        #expect(sealed.recoverySlot == nil)
        #expect(throws: VaultError.noRecoverySlot) { try sealed.open(with: .recoveryKey(RecoveryKey.generate())) }
    }
}
