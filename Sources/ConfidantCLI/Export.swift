import ArgumentParser
import Confidant
import Foundation
import Glibc

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
            let keys = try recipientTexts()
            let recipients = keys.isEmpty ? nil : try ExportLock.recipients(parsing: keys)
            try OutputFile.check(out, force: force)
            let vault = try options.open()
            let lock = try recipients ?? .passphrase(Credentials(options).exportPassphrase(file: exportPassphraseFile, creating: true))
            try vault.export(to: out, lock: lock, armor: armor, replacing: force)
            let document = vault.document
            let lockedWith = lock.recipientCount.map { "\($0) recipient\($0 == 1 ? "" : "s")" } ?? "passphrase"
            Console.out("Exported \(document.supporters.count) supporters and \(document.terms.count) protected terms to \(out) "
                + "(age, \(lockedWith)\(armor ? ", armored" : "")).")
        }

        private func recipientTexts() throws -> [String] {
            var texts = recipient
            if let recipientsFile {
                guard let text = try? String(contentsOfFile: recipientsFile, encoding: .utf8) else {
                    throw CLIError.invalidValue("cannot read \(recipientsFile)")
                }
                texts += text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                    .filter { !$0.isEmpty && !$0.hasPrefix("#") }
                if texts.isEmpty { throw CLIError.invalidValue("\(recipientsFile) holds no recipient") }
            }
            return texts
        }
    }
}
