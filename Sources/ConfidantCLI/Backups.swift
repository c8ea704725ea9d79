import ArgumentParser
import Confidant
import Foundation
import Vault

extension CLI {
    /// `confidant backups`: each copy with its date, size and whether it verifies.
    struct Backups: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List backups with their date, size and whether each verifies.")

        @OptionGroup var options: VaultOptions
        @OptionGroup var output: OutputOptions
        @Option(help: ArgumentHelp("The folder of backups (default: backups/ beside the vault).", valueName: "dir")) var from: String?

        /// One row of `backups --json` (docs/CLI.md).
        struct Row: Encodable {
            let path: String
            let modified: String
            let bytes: Int
            let verifies: Bool
            let problem: String?
        }

        func run() throws {
            let opened = try Session.read(options)
            let rows = opened.store.backups(in: from).map { path -> Row in
                let info = VaultStore.fileInfo(path)
                let modified = Timestamp.format(Date(timeIntervalSince1970: info?.modified ?? 0))
                do {
                    // Every copy of this vault shares its master key, even across passphrase changes.
                    _ = try DocumentCodec.decode(opened.unlocked.reopen(VaultStore.readCopy(path)).document)
                    return Row(path: path, modified: modified, bytes: info?.size ?? 0, verifies: true, problem: nil)
                } catch {
                    return Row(path: path, modified: modified, bytes: info?.size ?? 0, verifies: false, problem: Failure(error)?.message)
                }
            }
            if output.json { return try Console.json(rows) }
            guard !rows.isEmpty else { return Console.out("No backups yet. Make one with `confidant backup`.") }
            Style.table([["BACKUP", "MODIFIED", "BYTES", "VERIFIES"]] + rows.map {
                [$0.path, $0.modified, String($0.bytes), $0.verifies ? "yes" : Style.warning("NO: " + ($0.problem ?? "damaged"))]
            }).forEach { Console.out($0) }
        }
    }
}
