import Foundation
import Sodium
import Testing

@testable import Vault

@Suite struct RecoveryKeyTests {
    @Test func formatsAsGroupsAndParsesBack() throws {
        let key = try RecoveryKey.generate()
        let text = try key.formatted().text
        #expect(text.count == 53 + 13)
        let groups = text.components(separatedBy: "-")
        #expect(groups.count == 14 && groups.dropLast().allSatisfy { $0.count == 4 })
        #expect(try RecoveryKey.parse(secret(text)).bytes == key.bytes)
        #expect(try RecoveryKey.parse(secret(text.lowercased().replacingOccurrences(of: "-", with: " ") + "\n")).bytes == key.bytes)
    }

    @Test func knownKeyHasAStableSpelling() throws {
        let key = try RecoveryKey(bytes: SecureBytes(copying: Array(0..<32)))
        #expect(try key.formatted().text == "AAAQ-EAYE-AUDA-OCAJ-BIFQ-YDIO-B4IB-CEQT-CQKR-MFYY-DENB-WHA5-DYPQ-B")
    }

    @Test func everySingleCharacterTypoIsCaught() throws {
        let text = Array(try RecoveryKey.generate().formatted().text)
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        for index in text.indices where text[index] != "-" {
            for replacement in alphabet where replacement != text[index] {
                var typo = text
                typo[index] = replacement
                #expect(throws: VaultError.self) { try RecoveryKey.parse(secret(String(typo))) }
            }
        }
    }

    @Test(arguments: [
        "", "AAAA", "0AAQ-EAYE-AUDA-OCAJ-BIFQ-YDIO-B4IB-CEQT-CQKR-MFYY-DENB-WHA5-DYPQ-B",
        "AAAQ-EAYE-AUDA-OCAJ-BIFQ-YDIO-B4IB-CEQT-CQKR-MFYY-DENB-WHA5-DYPQ-BA", "AAAQ-EAYE-AUDA-OCAJ-BIFQ-YDIO-B4IB-CEQT-CQKR-MFYY-DENB-WHA5-DYPR-B",
    ])
    func refusesWhatIsNotAKey(text: String) {
        #expect(throws: VaultError.self) { try RecoveryKey.parse(secret(text)) }
    }
}
