import ArgumentParser
import Confidant
import Foundation

extension CLI {
    /// `confidant import FILE`: read an export and merge it into the vault.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read an export and merge it into the vault.",
            discussion: """
                Records are matched by id: a supporter in both is replaced only when the export's copy is \\
                newer; nothing is deleted unless --replace. The export is decrypted and checked in full \\
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
            let identities = try identity.map { path -> ExportUnlock in
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw CLIError.invalidValue("cannot read \(path)") }
                return try ExportUnlock.identities(parsing: text)
            }
            let vault = try options.open()
            // The export's passphrase is asked only now, after the vault's own.
            let unlock = identities ?? .passphrase { try Credentials(options).exportPassphrase(file: exportPassphraseFile, creating: false) }
            let export = try OpenVault.readExport(Array(data), unlock: unlock)
            try report(vault.importExport(export, replace: replace, dryRun: dryRun))
        }

        private func report(_ report: MergeReport) throws {
            if output.json { return try Console.json(report) }
            let prefix = dryRun ? "Would have: " : ""
            Console.out(prefix + "supporters: \(report.supporters.added) added, \(report.supporters.updated) updated, "
                + "\(report.supporters.unchanged) left alone" + (replace ? ", \(report.supporters.removed) removed" : "") + ".")
            Console.out("protected terms: \(report.terms.added) added, \(report.terms.unchanged) already there"
                + (replace ? ", \(report.terms.removed) removed" : "") + "; topics: \(report.topics.added) added; log entries: \(report.events.added) added.")
            if dryRun { Console.out("Nothing was written (--dry-run).") }
        }
    }
}
