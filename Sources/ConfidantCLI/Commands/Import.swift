import ArgumentParser
import Confidant
import Foundation
import Glibc

extension CLI {
    /// `confidant import FILE`: read an export and merge it into the vault.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
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
        @Flag(help: "Import an export this vault did not make (another vault's, or one you cannot vouch for).") var acceptForeign = false
        @Flag(help: "Apply changes that weaken a protection (they are listed first).") var acceptWeakening = false

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
            let vault = try dryRun ? options.openForReading() : options.openForChange()
            // The export's passphrase is asked only now, after the vault's own.
            let unlock = identities ?? .passphrase { try Credentials(options).exportPassphrase(file: exportPassphraseFile, creating: false) }
            let export = try vault.readExport(data, unlock: unlock)
            let review = vault.reviewImport(export, replace: replace)
            if dryRun { return try report(review, dryRun: true) }
            var consent = ImportConsent()
            consent.foreign = acceptForeign || review.signedHere
            consent.weakening = acceptWeakening || review.risks.isEmpty
            if !consent.foreign || !consent.weakening {
                show(review)
                guard Interview(options).active, TerminalPrompt.ask("Import it, with every change above? [yes/no] ")?.lowercased() == "yes" else {
                    throw ConfidantError.importNeedsConsent(review.consentReason(foreignAccepted: consent.foreign))
                }
                consent.foreign = true
                consent.weakening = true
            }
            try report(vault.importExport(export, replace: replace, consent: consent), dryRun: false)
        }

        /// Every change and every weakened protection, on stderr, before asking.
        private func show(_ review: ImportReview) {
            if !review.signedHere {
                Console.warn("this export was not made by this vault: it may be another vault's, or forged by anyone who knows your age key")
            }
            Console.note("The import would:")
            for change in review.changes { Console.note("  " + change) }
            if review.changes.isEmpty { Console.note("  change nothing") }
            if !review.risks.isEmpty {
                Console.note(Style.warning("It would weaken or change these, which need your consent:"))
                for risk in review.risks { Console.note("  ! " + risk) }
            }
        }

        private func report(_ review: ImportReview, dryRun: Bool) throws {
            if output.json { return try Console.json(ImportSummary(review)) }
            let report = review.report
            if dryRun { show(review) }
            let prefix = dryRun ? "Would have: " : ""
            Console.out(
                prefix + "supporters: \(report.supporters.added) added, \(report.supporters.updated) updated, "
                    + "\(report.supporters.unchanged) left alone" + (replace ? ", \(report.supporters.removed) removed" : "") + ".")
            Console.out(
                "protected terms: \(report.terms.added) added, \(report.terms.unchanged) already there"
                    + (replace ? ", \(report.terms.removed) removed" : "")
                    + "; topics: \(report.topics.added) added; log entries: \(report.events.added) added.")
            Console.out(
                "check-ins: \(report.checkIns.added) added; coping plan: "
                    + (report.plan.updated > 0 ? "replaced by the imported one (it changed later)" : "yours kept") + ".")
            if dryRun { Console.out("Nothing was written (--dry-run).") }
        }

        /// `import --json` (docs/CLI.md): the counts, whether this vault made the export, and the
        /// changes and weakened protections listed.
        struct ImportSummary: Encodable {
            let supporters, terms, topics, events, checkIns, plan: ImportReport.Counts
            let signedHere: Bool
            let changes, risks: [String]

            init(_ review: ImportReview) {
                (supporters, terms, topics, events) = (review.report.supporters, review.report.terms, review.report.topics, review.report.events)
                (checkIns, plan) = (review.report.checkIns, review.report.plan)
                (signedHere, changes, risks) = (review.signedHere, review.changes, review.risks)
            }
        }
    }
}
