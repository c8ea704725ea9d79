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
}
