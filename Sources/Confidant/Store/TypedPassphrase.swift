import Foundation
import Sodium

/// The passphrase that opened the vault in this run, kept normalised in guarded memory for as
/// long as the command runs, so that no text given afterwards — a protected term, a note, a plan
/// entry, a line of a draft — can carry it into the vault or back onto the screen (issue 20: a
/// passphrase typed at the wrong prompt became a client's name). A key kept by `confidant unlock`
/// opens the vault without the passphrase; then there is nothing to compare with (SECURITY.md).
public final class TypedPassphrase: Sendable {
    private let bytes: SecureBytes

    /// Keeps `raw` (as typed, or read from a file or command), normalised as the vault key's
    /// derivation normalises it.
    /// - Throws: `VaultError.passphraseNotUTF8`; `SodiumError.outOfMemory`.
    public init(_ raw: SecureBytes) throws {
        bytes = try PassphraseRules.normalized(raw)
    }

    /// Whether `text`, normalised the same way (NFC), holds the passphrase anywhere. ASCII is
    /// already NFC: only other text goes through Foundation's normalisation, whose first use costs
    /// more than checking a one-line draft.
    public func isHeld(in text: String) -> Bool {
        let text = text.utf8.allSatisfy { $0 < 0x80 } ? Array(text.utf8) : Array(text.precomposedStringWithCanonicalMapping.utf8)
        return bytes.withUnsafeBytes { secret in
            guard let first = secret.first, text.count >= secret.count else { return false }
            return (0...(text.count - secret.count)).contains { start in
                text[start] == first && (1..<secret.count).allSatisfy { text[start + $0] == secret[$0] }
            }
        }
    }
}
