import Sodium
import Testing

@testable import Vault

@Suite struct BodyPaddingTests {
    @Test(arguments: [0, 1, 251, 252, 253, 1000, 70_000])
    func roundTrips(length: Int) throws {
        let document = try SecureBytes(randomCount: length)
        let padded = try BodyPadding.pad(document)
        #expect(padded.count == Padme.paddedLength(length + 4))
        #expect(try BodyPadding.unpad(padded) == document)
    }

    @Test func refusesNonZeroPaddingAndWrongLengths() throws {
        let padded = try BodyPadding.pad(secret("{}"))
        let dirty = try padded.slice(0, padded.count)
        dirty.withUnsafeMutableBytes { $0[$0.count - 1] = 1 }
        #expect(throws: VaultError.self) { try BodyPadding.unpad(dirty) }
        let lying = try padded.slice(0, padded.count)
        lying.withUnsafeMutableBytes { $0[0] = 0x7f }
        #expect(throws: VaultError.self) { try BodyPadding.unpad(lying) }
        #expect(throws: VaultError.self) { try BodyPadding.unpad(padded.prefix(200)) }
    }

    /// The size limit held before Padmé rounding, so a document of
    /// 252–256 MiB was written and then refused on reading. The limit now applies to the padded
    /// body and tag, and the largest document that passes seals into a file a reader accepts.
    @Test func aVaultThatCouldNotBeReadIsNeverWritten() throws {
        let limit = VaultFormat.maximumCiphertextLength
        let overByRounding = limit - VaultFormat.tagLength - VaultFormat.lengthPrefixLength - 1000
        #expect(Padme.paddedLength(overByRounding + VaultFormat.lengthPrefixLength) + VaultFormat.tagLength > limit)
        #expect(throws: VaultError.bodyTooLarge(bytes: overByRounding)) { try BodyPadding.pad(SecureBytes(count: overByRounding)) }
        let largest = stride(from: limit, through: 0, by: -4096).first {
            Padme.paddedLength($0 + VaultFormat.lengthPrefixLength) + VaultFormat.tagLength <= limit
        }!
        #expect(try BodyPadding.pad(SecureBytes(count: largest)).count + VaultFormat.tagLength <= limit)
    }
}
