/// Failures of the domain layer. Each carries what the user needs to correct the command.
public enum ConfidantError: Error, Equatable, Sendable {
    /// The decrypted vault document is not valid (it authenticated, so it was written wrongly).
    case invalidDocument(String)
    /// The document's schema is newer than this Confidant understands.
    case newerSchema(found: Int, supported: Int)
    /// No supporter has this name or a name starting with it.
    case unknownSupporter(String, candidates: [String])
    /// More than one supporter's name starts with this.
    case ambiguousSupporter(String, candidates: [String])
    /// A supporter with this name exists already.
    case duplicateSupporter(String)
    /// A topic name that is neither built in nor added; `known` lists the valid ones.
    case unknownTopic(String, known: [String])
    /// An export written by a newer Confidant.
    case newerExport(found: Int, supported: Int)
    /// A value that cannot be used; the text says which and why.
    case invalidValue(String)
}
