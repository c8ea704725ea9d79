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

    /// The JSON, in guarded memory, signed with `exportKey` (`ExportAuthenticator`); the vault's
    /// own export key, id and write count are left out.
    public func encoded(exportKey: String) throws -> SecureBytes {
        var vaultJSON = try JSONWriter()
        vault.write(to: &vaultJSON, asExport: true)
        let vaultBytes = vaultJSON.finish()
        let stamp = Timestamp.format(exportedAt)
        let authenticator = try vaultBytes.withUnsafeBytes { try ExportAuthenticator.sign(key: exportKey, exportedAt: stamp, vault: $0) }
        var writer = try JSONWriter(capacity: vaultBytes.count + 256)
        writer.object { writer in
            writer.field("format", Self.formatName)
            writer.field("version", Self.currentVersion)
            writer.field("exportedAt", stamp)
            writer.key("vault")
            vaultBytes.withUnsafeBytes { writer.raw($0) }
            writer.field("authenticator", authenticator)
        }
        return writer.finish()
    }

    /// Reads an export, checking the format name and refusing newer versions, and whether its
    /// authenticator is one that `exportKey` (this vault's) made.
    /// - Throws: `ConfidantError.invalidDocument` or `.newerExport`.
    public static func decode(_ bytes: SecureBytes, exportKey: String?) throws -> (export: ExportDocument, signedHere: Bool) {
        try bytes.withUnsafeBytes { buffer in
            var reader = JSONReader(buffer)
            var format: String?, version: Int?, exportedAt: String?, vault: (value: VaultDocument, range: Range<Int>)?, authenticator: String?
            try reader.object { reader, key in
                switch key {
                case "format": format = try reader.string()
                case "version":
                    version = try reader.integer()
                    guard version! <= currentVersion else { throw ConfidantError.newerExport(found: version!, supported: currentVersion) }
                case "exportedAt": exportedAt = try reader.string()
                case "vault": vault = try reader.withRange { try VaultDocument(reading: &$0) }
                case "authenticator": authenticator = try reader.string()
                default: try reader.skipValue()
                }
            }
            try reader.finish()
            guard format == formatName else { throw ConfidantError.invalidDocument("not a Confidant export (format is not \(formatName))") }
            guard let version, version >= 1, let exportedAt, let date = Timestamp.parse(exportedAt), let vault else {
                throw ConfidantError.invalidDocument("the export lacks its version, exportedAt or vault")
            }
            let signedHere =
                authenticator.map { authenticator in
                    exportKey.map {
                        ExportAuthenticator.verify(
                            authenticator, key: $0, exportedAt: exportedAt,
                            vault: UnsafeRawBufferPointer(rebasing: buffer[vault.range]))
                    } ?? false
                } ?? false
            // What belongs to one vault file alone is never in an export, and is not taken from one.
            var document = vault.value
            document.fileState = FileState()
            return (ExportDocument(vault: document, exportedAt: date), signedHere)
        }
    }
}
