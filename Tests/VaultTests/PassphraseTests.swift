import Sodium
import Testing

@testable import Vault

@Suite struct PassphraseTests {
    @Test func composedAndDecomposedFormsAreTheSame() throws {
        let composed = try Passphrase.normalized(secret("Zo\u{00EB} caf\u{00E9} passphrase"))
        let decomposed = try Passphrase.normalized(secret("Zoe\u{0308} cafe\u{0301} passphrase"))
        #expect(composed == decomposed)
    }

    @Test func asciiIsUnchanged() throws {
        #expect(try Passphrase.normalized(secret("plain words here")).text == "plain words here")
    }

    @Test func firstLineDropsTheNewlineAndTheRest() throws {
        #expect(try Passphrase.firstLine(of: secret("one two three\nsecond line")).text == "one two three")
        #expect(try Passphrase.firstLine(of: secret("windows line\r\n")).text == "windows line")
        #expect(try Passphrase.firstLine(of: secret("no newline")).text == "no newline")
    }

    @Test func shortPassphrasesAreRefused() throws {
        #expect(throws: VaultError.passphraseTooShort(minimum: 10)) { try Passphrase.checkNew(secret("short")) }
        #expect(throws: VaultError.passphraseTooShort(minimum: 10)) { try Passphrase.checkNew(secret("ëëëëëëëëë")) }
        try Passphrase.checkNew(secret("ten chars!"))
    }

    @Test func invalidUTF8IsRefused() throws {
        #expect(throws: VaultError.passphraseNotUTF8) { try Passphrase.normalized(SecureBytes(copying: [0xff, 0xfe, 0x41])) }
    }
}
