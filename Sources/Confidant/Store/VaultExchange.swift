import Age
import Sodium
import Vault

/// What locks an export: a passphrase (age's scrypt recipient) or age public keys.
public enum ExportLock {
    case passphrase(SecureBytes)
    case recipients([any Recipient])

    /// Age recipients parsed from their text (`age1…`), for a front end to check before it asks
    /// for anything else.
    /// - Throws: `AgeError.invalidKey`.
    public static func recipients(parsing texts: [String]) throws -> ExportLock {
        .recipients(try texts.map { try X25519Recipient(parsing: $0) })
    }

    /// How many recipients, or nil for a passphrase.
    public var recipientCount: Int? {
        if case .recipients(let list) = self { list.count } else { nil }
    }
}

/// What unlocks an export: the identities of an age identity file, or a passphrase asked for
/// only when it is needed (after the vault's own).
public enum ExportUnlock {
    case identities([any Identity])
    case passphrase(() throws -> SecureBytes)

    /// The identities in an age identity file's text (`AGE-SECRET-KEY-1…` lines).
    /// - Throws: `AgeError.invalidKey`.
    public static func identities(parsing text: String) throws -> ExportUnlock {
        .identities(try IdentityFile.parse(text))
    }
}

/// A locked export as read: when it was made, and the document it holds.
public struct ImportedExport {
    public let exportedAt: String
    public let document: VaultDocument
}

extension OpenVault {
    /// Writes the whole vault as an age file (docs/EXPORT.md) to `path`, armored or binary, with
    /// mode 0600, atomically, never over an existing file unless `replacing`. The vault itself is
    /// not rewritten (an export leaves no event in the log: docs/EXPORT.md says why).
    /// - Throws: `ConfidantError.outputExists`, `VaultError.io`; Sodium and Age errors.
    public func export(to path: String, lock: ExportLock, armor: Bool, replacing: Bool) throws {
        let recipients: [any Recipient] = switch lock {
        case .passphrase(let passphrase): [ScryptRecipient(passphrase: passphrase)]
        case .recipients(let list): list
        }
        var source = SecureSource(try ExportDocument(vault: document).encoded())
        var sink = MemorySink()
        try AgeFile.encrypt(from: &source, to: &sink, recipients: recipients)
        do {
            try AtomicFile.write(armor ? Armor.encode(sink.bytes) : sink.bytes, to: path, replacing: replacing)
        } catch VaultError.alreadyExists {
            throw ConfidantError.outputExists(path: path)
        }
    }

    /// Decrypts and checks a whole export (binary or armored) before anything is merged.
    /// - Throws: `AgeError` (damaged, wrong key), `ConfidantError.invalidExport` (decrypted but
    ///   not an export), `.newerExport`.
    public static func readExport(_ bytes: [UInt8], unlock: ExportUnlock) throws -> ImportedExport {
        var sink = MemorySink()
        defer { sink.wipe() }
        let identities: () throws -> [any Identity] = {
            switch unlock {
            case .identities(let list): list
            case .passphrase(let passphrase): [try ScryptIdentity(passphrase: passphrase())]
            }
        }
        func read<Source: ByteSource>(_ source: Source) throws {
            var source = source
            try AgeFile.decrypt(from: &source, to: &sink, identities: identities())
        }
        // Armor is detected and read a line at a time underneath the age reader.
        try Armor.isArmored(bytes) ? read(ArmoredSource(MemorySource(bytes))) : read(MemorySource(bytes))
        let export: ExportDocument
        do { export = try ExportDocument.decode(SecureBytes(copying: sink.bytes)) } catch ConfidantError.invalidDocument(let reason) {
            throw ConfidantError.invalidExport(reason)
        }
        return ImportedExport(exportedAt: Timestamp.format(export.exportedAt), document: export.vault)
    }

    /// Merges `export` into the vault (`VaultDocument.merge`), or with `dryRun` only says what
    /// would change; the merge is logged.
    public func importExport(_ export: ImportedExport, replace: Bool, dryRun: Bool) throws -> MergeReport {
        if dryRun {
            var preview = document
            return preview.merge(export.document, replace: replace)
        }
        return try update { document in
            let report = document.merge(export.document, replace: replace)
            document.log(.imported, "imported an export of \(export.exportedAt)")
            return report
        }
    }
}

/// Guarded bytes as an age source, read without copying them out of guarded memory first.
struct SecureSource: ByteSource {
    let bytes: SecureBytes
    private var position = 0

    init(_ bytes: SecureBytes) { self.bytes = bytes }

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let start = position
        let count = min(buffer.count, bytes.count - start)
        bytes.withUnsafeBytes { if count > 0 { buffer.baseAddress!.copyMemory(from: $0.baseAddress! + start, byteCount: count) } }
        position += count
        return count
    }
}
