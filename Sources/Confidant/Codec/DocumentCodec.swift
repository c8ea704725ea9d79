import Foundation
import Sodium

/// JSON encoding of `VaultDocument` to and from guarded memory.
///
/// The vault's own JSON is written and read by `JSONWriter` and `JSONReader`, straight from and
/// into guarded memory, in the shape of the types' `Codable` conformances. The decoded Swift
/// strings themselves cannot be wiped (SECURITY.md says so).
public enum DocumentCodec {
    /// Encodes the document as compact JSON, written straight into guarded memory (with room
    /// for `expectedBytes` before the buffer first grows: the size of the document as it was
    /// read, say).
    /// - Throws: `ConfidantError.invalidValue` for a document over `Limits`, and allocation errors.
    public static func encode(_ document: VaultDocument, expectedBytes: Int = 4096) throws -> SecureBytes {
        try document.requireWithinLimits()
        var writer = try JSONWriter(capacity: expectedBytes)
        document.write(to: &writer)
        return writer.finish()
    }

    /// Decodes a document, refusing schemas newer than `VaultDocument.currentSchema` and
    /// upgrading older ones (`VaultDocument.upgrade`).
    /// - Throws: `ConfidantError.newerSchema` or `.invalidDocument` naming what is wrong (never the content).
    public static func decode(_ bytes: SecureBytes) throws -> VaultDocument {
        try bytes.withUnsafeBytes { buffer in
            var reader = JSONReader(buffer)
            let document = try VaultDocument(reading: &reader)
            try reader.finish()
            return document
        }
    }
}
