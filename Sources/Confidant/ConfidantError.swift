/// Failures of the domain layer: documents that do not decode or come from a newer version.
public enum ConfidantError: Error, Equatable, Sendable {
    /// The decrypted vault document is not valid (it authenticated, so it was written wrongly).
    case invalidDocument(String)
    /// The document's schema is newer than this Confidant understands.
    case newerSchema(found: Int, supported: Int)
}
