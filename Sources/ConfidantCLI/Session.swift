import Glibc
import Confidant
import Sodium
import Vault

/// Opening the vault for a command: credentials are gathered first (a prompt never runs while a
/// lock is held), then the file is read or changed under its lock.
enum Session {
    /// An opened vault and what was read from it.
    struct Opened {
        let store: VaultStore
        let sealed: SealedVault
        let document: VaultDocument
    }

    /// Reads, unlocks and decodes the vault at `path` (default: the options' vault).
    static func read(_ options: VaultOptions, path: String? = nil) throws -> Opened {
        let store = options.store(path: path)
        guard FileSystemCheck.exists(store.path) else { throw VaultError.notFound(path: store.path) }
        let credential = try Credentials(options).unlocking(store.path)
        let sealed = try store.read()
        let unlocked = try sealed.open(with: credential)
        return Opened(store: store, sealed: sealed, document: try DocumentCodec.decode(unlocked.document))
    }

    /// Unlocks the vault and applies `change` to its document under the exclusive lock, then
    /// seals and replaces it atomically. When `change` throws, nothing is written.
    static func update(_ options: VaultOptions, _ change: (inout VaultDocument) throws -> Void) throws {
        let store = options.store()
        guard FileSystemCheck.exists(store.path) else { throw VaultError.notFound(path: store.path) }
        let credential = try Credentials(options).unlocking(store.path)
        try store.update { sealed in
            let unlocked = try sealed.open(with: credential)
            var document = try DocumentCodec.decode(unlocked.document)
            try change(&document)
            unlocked.document = try DocumentCodec.encode(document)
            return try unlocked.sealed()
        }
    }
}

/// A cheap existence check, so a missing vault is reported before anyone is asked for a passphrase.
enum FileSystemCheck {
    static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }
}
