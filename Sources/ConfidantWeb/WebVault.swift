import Confidant

/// The vault the page works on, one request at a time: read as it is on disk now (another
/// `confidant` command may have changed it), and changed only through the library's own write
/// (the same lock, generations and rollback state as the command line).
public actor WebVault {
    private var vault: OpenVault?

    /// The page's hold on `vault`, which only it uses from now on.
    public init(_ vault: sending OpenVault) { self.vault = vault }

    /// The document as the file holds it now.
    /// - Throws: `ConfidantError.locked` once closed; those of `OpenVault.refresh` (a `passwd`
    ///   elsewhere, a damaged file).
    func document() throws -> VaultDocument {
        try current().document
    }

    /// The review items, the backup reminder among them.
    func review() throws -> [ReviewItem] {
        let vault = try current()
        return Review.items(for: vault.document) + (vault.backupItem.map { [$0] } ?? [])
    }

    /// Applies `change` through the library's own write (`OpenVault.update`), to the file as it is
    /// now; returns what `change` returned.
    /// - Throws: `change`'s errors (nothing is written then) and those of the write.
    @discardableResult
    func update<Result: Sendable>(_ change: @Sendable (inout VaultDocument) throws -> Result) throws -> Result {
        try current().update(change)
    }

    /// Makes a verified backup beside the vault; returns its path.
    func backup() throws -> String {
        try current().backup()
    }

    /// The backups beside the vault, each verified.
    func backups() throws -> [BackupCopy] {
        try current().backups()
    }

    /// The whole vault as an age file locked with `lock` (binary).
    func lockedExport(_ lock: ExportLock) throws -> [UInt8] {
        try current().lockedExport(lock: lock, armor: false)
    }

    /// Lets go of the vault: its keys and document are wiped as they are freed.
    func close() {
        vault = nil
    }

    private func current() throws -> OpenVault {
        guard let vault else { throw WebError.locked }
        try vault.refresh()
        return vault
    }
}

/// What the page itself can fail with.
enum WebError: Error {
    /// The page has been locked: the vault is no longer held.
    case locked
    /// A form the page refuses before the library is asked, with what to say.
    case refused(String)

    /// What the page says.
    var message: String {
        switch self {
        case .locked: "the vault is locked"
        case .refused(let message): message
        }
    }
}
