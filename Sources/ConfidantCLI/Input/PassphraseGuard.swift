import Confidant

/// The passphrase that opened the vault in this run (`TypedPassphrase`), set by
/// `VaultOptions.open`: every confidential text given afterwards — at a prompt, on standard input
/// or on the command line — is refused when it holds it, and never echoed. Commands open the vault
/// before they ask for such text, so the passphrase prompt comes first.
enum PassphraseGuard {
    /// Set once, when the vault is opened with a passphrase; nil when a kept key or the recovery
    /// key opened it.
    nonisolated(unsafe) static var typed: TypedPassphrase?

    /// Whether `text` holds the passphrase.
    static func holds(_ text: String) -> Bool {
        typed?.isHeld(in: text) ?? false
    }

    /// Throws when any of `texts` holds the passphrase; `what` names them in the message.
    /// - Throws: `CLIError.holdsPassphrase`.
    static func refuse(_ texts: [String], what: String) throws {
        if texts.contains(where: holds) { throw CLIError.holdsPassphrase(what: what) }
    }
}
