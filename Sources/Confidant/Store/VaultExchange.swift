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

    /// The age recipients this lock stands for.
    var recipients: [any Recipient] {
        switch self {
        case .passphrase(let passphrase): [ScryptRecipient(passphrase: passphrase)]
        case .recipients(let list): list
        }
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

/// A locked export as read: when it was made, the document it holds, and whether this vault
/// signed it.
public struct ImportedExport {
    public let exportedAt: String
    public let document: VaultDocument
    /// Whether the export's authenticator is this vault's (docs/EXPORT.md).
    public let signedHere: Bool
}

/// What the user accepted for an import, by flag or at the terminal.
public struct ImportConsent: Sendable {
    /// Import an export this vault did not sign.
    public var foreign = false
    /// Apply changes that weaken a protection (`ImportReview.risks`).
    public var weakening = false

    /// Nothing accepted yet.
    public init() {}
}

extension OpenVault {
    /// Writes the whole vault as an age file (docs/EXPORT.md) to `path`, armored or binary, with
    /// mode 0600, atomically, never over an existing file unless `replacing`. The vault itself is
    /// not rewritten (an export leaves no event in the log: docs/EXPORT.md says why).
    /// - Throws: `ConfidantError.outputExists`, `VaultError.io`; Sodium and Age errors.
    public func export(to path: String, lock: ExportLock, armor: Bool, replacing: Bool) throws {
        try Self.write(lockedExport(lock: lock, armor: armor), to: path, replacing: replacing)
    }

    /// The whole vault as an age file (docs/EXPORT.md), armored or binary, for a front end that
    /// hands it over itself (the page, as a download): only ciphertext leaves the library.
    /// - Throws: Sodium and Age errors; those of the write that gives an older vault its export key.
    public func lockedExport(lock: ExportLock, armor: Bool) throws -> [UInt8] {
        // A vault made before exports were signed gets its export key now, in one write.
        if document.exportKey == nil { try update { _ in } }
        return try Self.locked(ExportDocument(vault: document).encoded(exportKey: document.exportKey!), for: lock.recipients, armor: armor)
    }

    /// Writes one supporter's agreement (`AgreementSummary.text`) as an age file locked with
    /// `lock`: nothing else from the vault goes into it.
    /// - Throws: as `export`.
    public func export(_ summary: AgreementSummary, to path: String, lock: ExportLock, armor: Bool, replacing: Bool) throws {
        try Self.write(
            Self.locked(SecureBytes(copying: Array(summary.text.utf8)), for: lock.recipients, armor: armor), to: path, replacing: replacing)
    }

    /// `bytes` encrypted for `recipients`, armored or binary.
    private static func locked(_ bytes: SecureBytes, for recipients: [any Recipient], armor: Bool) throws -> [UInt8] {
        var source = SecureSource(bytes)
        var sink = MemorySink()
        try AgeFile.encrypt(from: &source, to: &sink, recipients: recipients)
        return armor ? Armor.encode(sink.bytes) : sink.bytes
    }

    /// A locked file written like the vault (temporary file, fsync, link or rename, mode 0600).
    private static func write(_ locked: [UInt8], to path: String, replacing: Bool) throws {
        do {
            try AtomicFile.write(locked, to: path, replacing: replacing)
        } catch VaultError.alreadyExists {
            throw ConfidantError.outputExists(path: path)
        }
    }

    /// Decrypts and checks a whole export (binary or armored) before anything is merged: its
    /// timestamps (none more than a day ahead), its names and terms, and whether this vault
    /// signed it.
    /// - Throws: `AgeError` (damaged, wrong key), `ConfidantError.invalidExport` (decrypted but
    ///   not an export, or refused), `.newerExport`.
    public func readExport(_ bytes: [UInt8], unlock: ExportUnlock) throws -> ImportedExport {
        // The payload is never longer than the file (armor only adds), so the decrypted export
        // goes into guarded memory sized once.
        var sink = try SecureBuffer(capacity: bytes.count)
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
        let decoded: (export: ExportDocument, signedHere: Bool)
        do { decoded = try ExportDocument.decode(sink.finish(), exportKey: document.exportKey) } catch ConfidantError.invalidDocument(let reason) {
            throw ConfidantError.invalidExport(reason)
        }
        var dated = decoded.export.vault
        dated.events.append(Event(.imported, summary: "", at: decoded.export.exportedAt))
        try dated.checkImported()
        // A check-in note comes in only as `checkin` would keep it: naming no one protected here.
        let known = Set(document.checkIns.map(\.id))
        for checkIn in dated.checkIns where !known.contains(checkIn.id) {
            if let note = checkIn.note, CheckIn.check(note, document: document).refused {
                throw ConfidantError.invalidExport(
                    "the check-in note of \(checkIn.on) in it names someone or something protected here, "
                        + "as `checkin` would refuse")
            }
        }
        return ImportedExport(exportedAt: Timestamp.format(decoded.export.exportedAt), document: decoded.export.vault, signedHere: decoded.signedHere)
    }

    /// What importing `export` would do to the vault as it is now (`ImportReview`).
    public func reviewImport(_ export: ImportedExport, replace: Bool) -> ImportReview {
        ImportReview(current: document, imported: export.document, replace: replace, signedHere: export.signedHere)
    }

    /// Merges `export` into the vault (`VaultDocument.merge(imported:replace:)`) and logs it, if `consent` covers
    /// what the import is (an export this vault did not sign) and does (changes that weaken a
    /// protection), judged again under the lock; returns the review of what was done.
    /// - Throws: `ConfidantError.importNeedsConsent` (nothing is written).
    @discardableResult
    public func importExport(_ export: ImportedExport, replace: Bool, consent: ImportConsent) throws -> ImportReview {
        try update { document in
            let review = ImportReview(current: document, imported: export.document, replace: replace, signedHere: export.signedHere)
            if !review.signedHere && !consent.foreign || !review.risks.isEmpty && !consent.weakening {
                throw ConfidantError.importNeedsConsent(review.consentReason(foreignAccepted: consent.foreign))
            }
            document.merge(imported: export.document, replace: replace)
            document.log(.imported, "imported an export of \(export.exportedAt)" + (export.signedHere ? "" : " (not made by this vault)"))
            return review
        }
    }
}

extension ExportDocument {
    /// Whether a file starting with `bytes` is an age file, as every export is (`restore` uses it
    /// to point an export to `import`).
    public static func isAgeFile(_ bytes: [UInt8]) -> Bool {
        AgeFile.isAgeFile(bytes)
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
