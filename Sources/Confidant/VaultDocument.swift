import Foundation

/// The decrypted content of a vault: everything Confidant keeps, as one JSON document.
///
/// `schema` numbers the document's shape. A reader refuses documents newer than it knows and
/// migrates older ones forward in `DocumentCodec`.
public struct VaultDocument: Codable, Equatable, Sendable {
    /// The schema this code writes.
    public static let currentSchema = 1

    /// The document's schema number.
    public var schema: Int
    /// When the vault was created.
    public var createdAt: Date

    /// An empty vault document created now.
    public init(createdAt: Date = Date()) {
        schema = Self.currentSchema
        self.createdAt = createdAt
    }
}
