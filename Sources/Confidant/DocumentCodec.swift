import Foundation
import Sodium

/// JSON encoding of `VaultDocument` to and from guarded memory.
///
/// Foundation's coders work on `Data`; the intermediate copies are wiped as soon as they are no
/// longer needed, but the decoded Swift strings themselves cannot be (SECURITY.md says so).
public enum DocumentCodec {
    /// Encodes with sorted keys and ISO 8601 dates, into guarded memory.
    public static func encode(_ document: VaultDocument) throws -> SecureBytes {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        var data = try encoder.encode(document)
        defer { data.withUnsafeMutableBytes { Memory.wipe($0) } }
        return try data.withUnsafeBytes { try SecureBytes(copying: $0) }
    }

    /// Decodes a document, refusing schemas newer than `VaultDocument.currentSchema`.
    /// - Throws: `ConfidantError.newerSchema` or `.invalidDocument`.
    public static func decode(_ bytes: SecureBytes) throws -> VaultDocument {
        var data = bytes.withUnsafeBytes { Data($0) }
        defer { data.withUnsafeMutableBytes { Memory.wipe($0) } }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        struct Header: Decodable { let schema: Int }
        let schema: Int
        do { schema = try decoder.decode(Header.self, from: data).schema } catch {
            throw ConfidantError.invalidDocument("no schema number")
        }
        guard schema <= VaultDocument.currentSchema else {
            throw ConfidantError.newerSchema(found: schema, supported: VaultDocument.currentSchema)
        }
        do { return try decoder.decode(VaultDocument.self, from: data) } catch let error as DecodingError {
            throw ConfidantError.invalidDocument(Self.describe(error))
        }
    }

    /// A short description of a decoding error that names the field but not its value.
    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let context): "missing \(path(context.codingPath + [key]))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            "bad value at \(path(context.codingPath))"
        @unknown default: "unreadable document"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.isEmpty ? "top level" : keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
}
