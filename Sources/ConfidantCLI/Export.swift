import Age
import ArgumentParser
import Confidant
import Foundation
import Glibc
import Sodium

extension CLI {
    /// `confidant export --out FILE`: the whole vault as an age file others tools can read.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a locked export: an age file holding the whole vault as JSON (docs/EXPORT.md).",
            discussion: """
                Locked with a passphrase (asked twice, or --export-passphrase-file), or for age recipients \
                (--recipient age1…, --recipients-file). Readable with `age -d`, rage or pyrage as well as \
                `confidant import`.
                """)

        @OptionGroup var options: VaultOptions
        @Option(help: ArgumentHelp("Where to write the export.", valueName: "file")) var out: String
        @Option(help: ArgumentHelp("Lock it for this age recipient (repeatable).", valueName: "age1…")) var recipient: [String] = []
        @Option(help: ArgumentHelp("Lock it for the recipients in this file, one a line.", valueName: "file")) var recipientsFile: String?
        @Option(help: ArgumentHelp("Read the export's passphrase from this file.", valueName: "file")) var exportPassphraseFile: String?
        @Flag(help: "ASCII armor (PEM text) instead of binary.") var armor = false
        @Flag(help: "Replace --out if it exists.") var force = false

        func validate() throws {
            let usesKeys = !recipient.isEmpty || recipientsFile != nil
            if usesKeys, exportPassphraseFile != nil { throw ValidationError("lock the export with recipients or a passphrase, not both") }
        }

        func run() throws {
            let recipients = try keyRecipients()
            if !force, access(out, F_OK) == 0 { throw CLIError.outputExists(path: out) }
            let opened = try Session.read(options)
            let lock: [any Recipient] = try recipients.isEmpty
                ? [ScryptRecipient(passphrase: Credentials(options).exportPassphrase(file: exportPassphraseFile, creating: true))]
                : recipients
            var source = SecureSource(try ExportDocument(vault: opened.document).encoded())
            var sink = MemorySink()
            try AgeFile.encrypt(from: &source, to: &sink, recipients: lock)
            try OutputFile.write(armor ? Armor.encode(sink.bytes) : sink.bytes, to: out, force: force)
            try Session.update(opened) { $0.log(.exported, "exported to \(recipients.isEmpty ? "a passphrase" : "\(recipients.count) recipient(s)")") }
            let document = opened.document
            Console.out("Exported \(document.supporters.count) supporters and \(document.terms.count) protected terms to \(out) "
                + "(age, \(recipients.isEmpty ? "passphrase" : "\(recipients.count) recipient\(recipients.count == 1 ? "" : "s")")\(armor ? ", armored" : "")).")
        }

        private func keyRecipients() throws -> [any Recipient] {
            var texts = recipient
            if let recipientsFile {
                guard let text = try? String(contentsOfFile: recipientsFile, encoding: .utf8) else {
                    throw CLIError.invalidValue("cannot read \(recipientsFile)")
                }
                texts += text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                    .filter { !$0.isEmpty && !$0.hasPrefix("#") }
                if texts.isEmpty { throw CLIError.invalidValue("\(recipientsFile) holds no recipient") }
            }
            return try texts.map { try X25519Recipient(parsing: $0) }
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
