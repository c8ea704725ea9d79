import Confidant
import Glibc
import Sodium
import Vault

/// Opening the vault for a command. Credentials are gathered and the key derived before any
/// write lock is taken (a prompt or a one-second KDF never holds other commands up); a change then
/// re-reads the file under the exclusive lock and reopens it with the master key already held.
enum Session {
    /// An unlocked vault and its decoded document.
    struct Opened {
        let store: VaultStore
        let sealed: SealedVault
        let unlocked: UnlockedVault
        let document: VaultDocument
    }

    /// Reads, unlocks and decodes the vault at `path` (default: the options' vault).
    static func read(_ options: VaultOptions, path: String? = nil) throws -> Opened {
        let store = options.store(path: path)
        guard access(store.path, F_OK) == 0 else { throw VaultError.notFound(path: store.path) }
        let credential = try Credentials(options).unlocking(store.path)
        let sealed = try store.read()
        let unlocked = try sealed.open(with: credential)
        let document = try DocumentCodec.decode(unlocked.document)
        // The decoded document is what the command uses; the plaintext bytes go now, not at exit.
        unlocked.document = try SecureBytes(count: 0)
        return Opened(store: store, sealed: sealed, unlocked: unlocked, document: document)
    }

    /// Applies `change` to the current document under the exclusive lock, then seals and replaces
    /// the file atomically. When `change` throws, nothing is written. Returns what `change` returned.
    @discardableResult
    static func update<Result>(_ opened: Opened, _ change: (inout VaultDocument) throws -> Result) throws -> Result {
        var result: Result?
        try opened.store.update { sealed in
            // Usually nobody wrote in between: then the document already decoded is the current one.
            let unchanged = sealed == opened.sealed
            let current = unchanged ? opened.unlocked : try opened.unlocked.reopen(sealed)
            var document = unchanged ? opened.document : try DocumentCodec.decode(current.document)
            result = try change(&document)
            current.document = try DocumentCodec.encode(document)
            return try current.sealed()
        }
        return result!
    }

    /// Unlocks the options' vault and applies `change` (see `update(_:_:)`).
    @discardableResult
    static func update<Result>(_ options: VaultOptions, _ change: (inout VaultDocument) throws -> Result) throws -> Result {
        try update(read(options), change)
    }
}
