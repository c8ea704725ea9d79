import Foundation
import Sodium
import Testing

@testable import Vault

/// The complete test vector of docs/FORMAT.md: fixed inputs must give these exact file bytes.
@Suite struct FormatVectorTests {
    static func bytes(_ range: ClosedRange<UInt8>) -> [UInt8] { Array(range) }

    static let passphrase = "correct horse battery staple"
    static let document = #"{"schema":1}"#

    static func build() throws -> [UInt8] {
        let unlocked = try UnlockedVault.create(
            document: secret(document),
            keys: NewKeys(
                passphrase: secret(passphrase),
                parameters: Argon2id.Parameters(opsLimit: 2, memoryBytes: 64 * 1024),
                recoveryKey: RecoveryKey(bytes: SecureBytes(copying: bytes(0x40...0x5f))),
                masterKey: SecureBytes(copying: bytes(0x80...0x9f)),
                passphraseSalt: bytes(0x00...0x0f), passphraseNonce: bytes(0x10...0x27),
                recoverySalt: bytes(0x60...0x6f), recoveryNonce: bytes(0x70...0x87)))
        return try unlocked.sealed(nonce: bytes(0xa0...0xb7)).serialized
    }

    @Test func reproducesTheDocumentedBytes() throws {
        let file = try Self.build()
        #expect(file.hexString == (try Self.documentedHex()))
        let opened = try SealedVault.parse(file).open(with: .passphrase(secret(Self.passphrase)))
        #expect(opened.document.text == Self.document)
    }

    /// The hex block under "## Test vector" in docs/FORMAT.md, so the document and the code cannot drift apart.
    static func documentedHex() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("docs/FORMAT.md"), encoding: .utf8)
        let section = try #require(text.components(separatedBy: "## Test vector").last)
        let block = section.components(separatedBy: "```")[1]
        return block.filter { !$0.isWhitespace }
    }
}

extension Array where Element == UInt8 {
    var hexString: String { map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined() }
}
