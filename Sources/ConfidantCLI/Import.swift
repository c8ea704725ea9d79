import ArgumentParser
import Confidant
import Foundation
import Glibc

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
            let data: [UInt8]
            do {
                data = try InputFile.read(file, limit: ExportDocument.maximumFileBytes)
            } catch .tooLarge {
                throw CLIError.invalidValue("\(file) is larger than any export (\(ExportDocument.maximumFileBytes >> 20) MiB); nothing was imported")
            } catch .unreadable(let reason) {
                throw CLIError.invalidValue("cannot read \(file): \(reason)")
            }
            let identities = try identity.map { path -> ExportUnlock in
                let fd = try SecretInput.openChecked(path, what: "the identity file")
                defer { close(fd) }
                guard let bytes = try? InputFile.read(fd: fd, limit: 1 << 20), let text = String(validating: bytes, as: UTF8.self) else {
                    throw CLIError.invalidValue("cannot read \(path) as an age identity file")
                }
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
