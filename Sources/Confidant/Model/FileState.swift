import Foundation

/// What belongs to one vault file alone: the key that signs its exports, its id, how often it
/// was written, and what merging its copies needs. Never exported, never taken from an export,
/// kept by an import that replaces everything else (docs/EXPORT.md).
public struct FileState: Equatable, Sendable {
    public var exportKey: String?
    public var vaultId: UUID?
    public var writeCount: Int
    public var sync: SyncState

    /// The state of a document that belongs to no file (an export as read).
    public init() {
        (exportKey, vaultId, writeCount, sync) = (nil, nil, 0, SyncState())
    }
}

extension VaultDocument {
    /// Its `FileState`, read and set as one.
    public var fileState: FileState {
        get {
            var state = FileState()
            (state.exportKey, state.vaultId, state.writeCount, state.sync) = (exportKey, vaultId, writeCount, sync)
            return state
        }
        set { (exportKey, vaultId, writeCount, sync) = (newValue.exportKey, newValue.vaultId, newValue.writeCount, newValue.sync) }
    }
}
