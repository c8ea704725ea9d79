import ArgumentParser
import Confidant
import Foundation
import Glibc

extension CLI {
    /// `confidant export --out FILE`: the whole vault as an age file others tools can read; with
    /// `--supporter NAME`, one person's agreement only, to show them.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write a locked export: an age file holding the whole vault as JSON (docs/EXPORT.md).",
            discussion: """
                Locked with a passphrase (asked twice, or --export-passphrase-file), or for age recipients \
                (--recipient age1…, --recipients-file). Readable with `age -d`, rage or pyrage as well as \
                `confidant import`. With --supporter NAME, only that person's agreement (what they agreed to, \
                their limits, the review date, what you will and will not talk about), with no protected terms \
                and nobody else: as plain text on standard output, or locked with --out.
                """)

        @OptionGroup var options: VaultOptions
        @Option(help: ArgumentHelp("Where to write the export (with --supporter: leave it out to print the text).", valueName: "file"))
        var out: String?
        @Option(help: ArgumentHelp("Only this person's agreement, to show them.", valueName: "name")) var supporter: String?
        @Option(help: ArgumentHelp("Lock it for this age recipient (repeatable).", valueName: "age1…")) var recipient: [String] = []
        @Option(help: ArgumentHelp("Lock it for the recipients in this file, one a line.", valueName: "file")) var recipientsFile: String?
        @Option(help: ArgumentHelp("Read the export's passphrase from this file.", valueName: "file")) var exportPassphraseFile: String?
        @Flag(help: "ASCII armor (PEM text) instead of binary.") var armor = false
        @Flag(help: "Replace --out if it exists.") var force = false

        func validate() throws {
            let usesKeys = !recipient.isEmpty || recipientsFile != nil
            if usesKeys, exportPassphraseFile != nil { throw ValidationError("lock the export with recipients or a passphrase, not both") }
            if out == nil, supporter == nil {
                throw ValidationError("give --out FILE for the export (or --supporter NAME to print one person's agreement)")
            }
            if out == nil, usesKeys || exportPassphraseFile != nil || armor || force {
                throw ValidationError("--recipient, --export-passphrase-file, --armor and --force go with --out")
            }
        }

        func run() throws {
            let keys = try recipientTexts()
            let recipients = keys.isEmpty ? nil : try ExportLock.recipients(parsing: keys)
            if let out { try OutputFile.check(out, force: force) }
            let vault = try options.openForReading()
            if let supporter { return try exportAgreement(of: supporter, from: vault, recipients: recipients) }
            guard let out else { return }
            let lock = try recipients ?? .passphrase(Credentials(options).exportPassphrase(file: exportPassphraseFile, creating: true))
            try vault.export(to: out, lock: lock, armor: armor, replacing: force)
            let document = vault.document
            let lockedWith = lock.recipientCount.map { "\($0) recipient\($0 == 1 ? "" : "s")" } ?? "passphrase"
            Console.out(
                "Exported \(document.supporters.count) supporters and \(document.terms.count) protected terms to \(out) "
                    + "(age, \(lockedWith)\(armor ? ", armored" : "")).")
        }

        /// One person's agreement: printed, or locked into `--out`.
        private func exportAgreement(of name: String, from vault: OpenVault, recipients: ExportLock?) throws {
            let summary = AgreementSummary(for: try NameResolver.resolve(name, in: vault.document.supporters), in: vault.document)
            guard let out else { return Console.out(String(summary.text.dropLast())) }
            let lock = try recipients ?? .passphrase(Credentials(options).exportPassphrase(file: exportPassphraseFile, creating: true))
            try vault.export(summary, to: out, lock: lock, armor: armor, replacing: force)
            Console.out("Wrote \(summary.name)'s agreement, and nothing else from the vault, to \(out) (age\(armor ? ", armored" : "")).")
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
