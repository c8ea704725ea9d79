import Sodium
import Vault

/// Where a vault is, and the one door to it: everything a front end does to one goes through here and
/// through `OpenVault` — open with a key, read, change under the lock, create, change the
/// passphrase, back up, list and verify copies, restore, export and import. The rules live here
/// once: keys are derived before any lock is taken (a prompt or a one-second KDF never holds other
/// commands up), a change re-reads the file under the exclusive lock, and nothing is written when
/// anything fails.
public struct VaultAccess: Sendable {
    /// The vault file.
    public var path: String { store.path }
    let store: VaultStore
    /// Where the newest write count seen of each vault is kept (`Rollback`); nil keeps none.
    let lastSeen: LastSeen?

    /// The vault at `path`; another process's lock is waited for up to `lockTimeout` seconds.
    /// With `lastSeenPath` (the state file, `defaultLastSeenPath`), opening compares the vault
    /// with the newest copy of it seen before and every write records itself there
    /// (`OpenVault.rollback`); without, no rollback is noticed.
    public init(path: String, lockTimeout: Double = 10, lastSeenPath: String? = nil) {
        store = VaultStore(path: path, lockTimeout: lockTimeout)
        lastSeen = lastSeenPath.map(LastSeen.init(path:))
    }

    /// `$XDG_STATE_HOME/confidant/last-seen`, else `~/.local/state/confidant/last-seen`.
    public static func defaultLastSeenPath(environment: [String: String]) -> String {
        LastSeen.defaultPath(environment: environment)
    }

    /// `$XDG_DATA_HOME/confidant/vault.confidant`, else `~/.local/share/confidant/vault.confidant`.
    public static func defaultPath(environment: [String: String]) -> String {
        VaultLocation.defaultPath(environment: environment)
    }

    /// Whether there is a file at the path.
    public var exists: Bool { store.exists }

    /// What a command that opens the vault should warn of, a line each: a folder others can
    /// write in (writes are refused there), a rollback state file that cannot be read (a vault
    /// replaced by an older copy would go unnoticed).
    var warnings: [String] {
        let folder = store.folderProblem.map {
            "the vault's folder is unsafe (\($0)): changes are refused until only you can write there (chmod 700)"
        }
        let state = lastSeen.flatMap { state in
            state.problem.map {
                "the rollback state \(state.path) cannot be read (\($0)): "
                    + "a vault replaced by an older copy would go unnoticed; remove it and it starts again"
            }
        }
        return [folder, state].compactMap { $0 }
    }

    /// Throws when a file is already at the path, so that `init` stops before asking anything.
    /// - Throws: `VaultError.alreadyExists`.
    public func refuseIfExists() throws {
        if exists { throw VaultError.alreadyExists(path: path) }
    }

    /// How many previous versions are kept beside the vault.
    public var generations: Int { store.generations().count }

    /// Opens the vault with the key `key` returns, asked for only once the file is known to
    /// exist; the plaintext bytes are released as soon as the document is decoded.
    /// - Throws: `VaultError.notFound` (before asking for the key), the key's own errors, and those
    ///   of reading, unlocking and decoding.
    public func open(with key: () throws -> VaultKey) throws -> OpenVault {
        try open(with: key, reading: store.read)
    }

    /// Opens a copy of a vault (a backup, a generation, any vault file) to check it: read without
    /// a lock, so nothing is created beside it, and without the last-seen state, which belongs
    /// to the vault itself.
    /// - Throws: as `open`.
    public static func openCopy(at path: String, with key: () throws -> VaultKey) throws -> OpenVault {
        try VaultAccess(path: path).open(with: key) { try VaultStore.readCopy(path) }
    }

    private func open(with key: () throws -> VaultKey, reading read: () throws -> SealedVault) throws -> OpenVault {
        guard exists else { throw VaultError.notFound(path: path) }
        let credential = try key().credential()
        let sealed = try read()
        return try OpenVault(access: self, sealed: sealed, unlocked: sealed.open(with: credential))
    }

    /// Writes a new vault prepared by `NewVault`, with its directory (0700).
    /// - Throws: `VaultError.alreadyExists` (nothing is touched), `.io`.
    public func create(_ vault: NewVault) throws {
        try store.create(vault.unlocked.sealed())
        recordSeen(vault.document)
    }

    /// The bounds a vault's Argon2id settings must keep to.
    public enum Limits {
        /// Passes.
        public static var passes: ClosedRange<UInt64> { VaultFormat.Bounds.passes }
        /// Memory in KiB.
        public static var memoryKiB: ClosedRange<UInt64> { VaultFormat.Bounds.memoryKiB }
        /// Passes × KiB at most.
        public static var workKiB: UInt64 { VaultFormat.Bounds.workKiB }
    }
}

/// A vault made in memory and not yet written: its keys are derived and its recovery key, if
/// any, drawn, so that a front end can put the recovery key somewhere before `VaultAccess.create`.
public struct NewVault {
    let unlocked: UnlockedVault
    /// The document, counted as the vault's first write.
    let document: VaultDocument
    /// The recovery key as it is to be shown or written (grouped Base32), or nil for none.
    public let recoveryKey: SecureBytes?

    /// A vault holding `document` (an empty one by default), unlocked by `passphrase` (normalised
    /// and checked, `PassphraseRules.checkedNew`) with Argon2id `parameters`, with or without a
    /// recovery key.
    /// - Throws: `VaultError.kdfOutOfBounds` for settings a reader would refuse; Sodium errors.
    public init(
        document: VaultDocument = VaultDocument(), passphrase: SecureBytes, parameters: Argon2id.Parameters,
        recoveryKey: Bool
    ) throws {
        let key = recoveryKey ? try RecoveryKey.generate() : nil
        var document = document
        document.writeCount = max(document.writeCount, 0) + 1
        self.document = document
        unlocked = try UnlockedVault.create(
            document: DocumentCodec.encode(document),
            keys: NewKeys(passphrase: passphrase, parameters: parameters, recoveryKey: key))
        self.recoveryKey = try key?.formatted()
    }
}
