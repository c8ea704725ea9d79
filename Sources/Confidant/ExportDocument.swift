import Foundation
import Sodium

/// The payload of a locked export (docs/EXPORT.md): the whole vault document wrapped with a
/// format name, a version and the time of export.
public struct ExportDocument: Equatable, Sendable {
    /// The `format` value of every export.
    public static let formatName = "confidant-export"
    /// The export version this code writes and the newest it reads.
    public static let currentVersion = 1
    /// The largest export file read (checked before it is read whole): the largest vault
    /// document (256 MiB), armored (a third more), with room for the age header.
    public static let maximumFileBytes = 352 << 20

    /// When the export was made.
    public var exportedAt: Date
    /// Everything in the vault.
    public var vault: VaultDocument

    /// An export of `vault` made now.
    public init(vault: VaultDocument, exportedAt: Date = .currentSecond) {
        self.vault = vault
        self.exportedAt = exportedAt
    }

    /// The JSON, in guarded memory.
    public func encoded() throws -> SecureBytes {
        var writer = JSONWriter()
        writer.object { writer in
            writer.field("format", Self.formatName)
            writer.field("version", Self.currentVersion)
            writer.field("exportedAt", Timestamp.format(exportedAt))
            writer.key("vault")
            vault.write(to: &writer)
        }
        var bytes = writer.bytes
        defer { Memory.wipe(&bytes) }
        return try SecureBytes(copying: bytes)
    }

    /// Reads an export, checking the format name and refusing newer versions.
    /// - Throws: `ConfidantError.invalidDocument` or `.newerExport`.
    public static func decode(_ bytes: SecureBytes) throws -> ExportDocument {
        try bytes.withUnsafeBytes { buffer in
            var reader = JSONReader(buffer)
            var format: String?, version: Int?, exportedAt: Date?, vault: VaultDocument?
            try reader.object { reader, key in
                switch key {
                case "format": format = try reader.string()
                case "version":
                    version = try reader.integer()
                    guard version! <= currentVersion else { throw ConfidantError.newerExport(found: version!, supported: currentVersion) }
                case "exportedAt": exportedAt = try reader.bytesValue("timestamp", Timestamp.parse)
                case "vault": vault = try VaultDocument(reading: &reader)
                default: try reader.skipValue()
                }
            }
            try reader.finish()
            guard format == formatName else { throw ConfidantError.invalidDocument("not a Confidant export (format is not \(formatName))") }
            guard let version, version >= 1, let exportedAt, let vault else {
                throw ConfidantError.invalidDocument("the export lacks its version, exportedAt or vault")
            }
            return ExportDocument(vault: vault, exportedAt: exportedAt)
        }
    }
}
