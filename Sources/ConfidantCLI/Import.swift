import Age
import ArgumentParser
import Confidant
import Foundation
import Sodium

extension CLI {
    /// `confidant import FILE`: read an export and merge it into the vault.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read an export and merge it into the vault.",
            discussion: """
                Records are matched by id: a supporter in both is replaced only when the export's copy is \
                newer; nothing is deleted unless --replace. The export is decrypted and checked in full \
                before anything is merged.
                """)

        @OptionGroup var options: VaultOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "The export file.") var file: String
        @Option(help: ArgumentHelp("An age identity file (AGE-SECRET-KEY-1… lines).", valueName: "file")) var identity: String?
        @Option(help: ArgumentHelp("Read the export's passphrase from this file.", valueName: "file")) var exportPassphraseFile: String?
        @Flag(help: "Show what would change without writing.") var dryRun = false
        @Flag(help: "Make the vault exactly the export (records not in it are removed).") var replace = false

        func run() throws {
            guard let data = FileManager.default.contents(atPath: file) else { throw CLIError.invalidValue("cannot read \(file)") }
            let keys = try exportIdentities()
            let opened = try Session.read(options)
            // The export's passphrase is asked only now, after the vault's own.
            let export = try decrypt(Array(data)) {
                try keys ?? [ScryptIdentity(passphrase: Credentials(options).exportPassphrase(file: exportPassphraseFile, creating: false))]
            }
            var preview = opened.document
            let planned = preview.merge(export.vault, replace: replace)
            if dryRun {
                return try report(planned, verb: "Would")
            }
            let done = try Session.update(opened) { document -> MergeReport in
                let result = document.merge(export.vault, replace: replace)
                document.log(.imported, "imported an export of \(Timestamp.format(export.exportedAt))")
                return result
            }
            try report(done, verb: "")
        }

        private func exportIdentities() throws -> [any Identity]? {
            guard let identity else { return nil }
            guard let text = try? String(contentsOfFile: identity, encoding: .utf8) else { throw CLIError.invalidValue("cannot read \(identity)") }
            return try IdentityFile.parse(text)
        }

        private func decrypt(_ bytes: [UInt8], with identities: () throws -> [any Identity]) throws -> ExportDocument {
            var sink = MemorySink()
            defer { sink.wipe() }
            func read<Source: ByteSource>(_ source: Source) throws {
                var source = source
                try AgeFile.decrypt(from: &source, to: &sink, identities: identities())
            }
            // Armor is detected and read a line at a time underneath the age reader.
            try Armor.isArmored(bytes) ? read(ArmoredSource(MemorySource(bytes))) : read(MemorySource(bytes))
            do { return try ExportDocument.decode(SecureBytes(copying: sink.bytes)) } catch ConfidantError.invalidDocument(let reason) {
                throw CLIError.invalidExport(reason)
            }
        }

        private func report(_ report: MergeReport, verb: String) throws {
            if output.json { return try Console.json(report) }
            let prefix = verb.isEmpty ? "" : verb + " have: "
            Console.out(prefix + "supporters: \(report.supporters.added) added, \(report.supporters.updated) updated, "
                + "\(report.supporters.unchanged) left alone" + (replace ? ", \(report.supporters.removed) removed" : "") + ".")
            Console.out("protected terms: \(report.terms.added) added, \(report.terms.unchanged) already there"
                + (replace ? ", \(report.terms.removed) removed" : "") + "; topics: \(report.topics.added) added; log entries: \(report.events.added) added.")
            if !verb.isEmpty { Console.out("Nothing was written (--dry-run).") }
        }
    }
}
