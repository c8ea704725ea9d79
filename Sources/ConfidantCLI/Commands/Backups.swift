import ArgumentParser
import Confidant

extension CLI {
    /// `confidant backups`: each copy with its date, size and whether it verifies.
    struct Backups: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "backups", abstract: "List backups with their date, size and whether each verifies.")

        @OptionGroup var options: VaultOptions
        @OptionGroup var output: OutputOptions
        @Option(help: ArgumentHelp("The folder of backups (default: backups/ beside the vault).", valueName: "dir")) var from: String?

        func run() throws {
            let rows = try options.openForReading().backups(in: from)
            if output.json { return try Console.json(rows) }
            guard !rows.isEmpty else { return Console.out("No backups yet. Make one with `confidant backup`.") }
            Style.table(
                [["BACKUP", "MODIFIED", "BYTES", "DISK", "VERIFIES"]]
                    + rows.map {
                        [
                            $0.path, $0.modified, String($0.bytes), $0.onVaultDisk ? "the vault's" : "another",
                            $0.verifies ? "yes" : Style.warning("NO: " + ($0.problem ?? "damaged")),
                        ]
                    }
            ).forEach { Console.out($0) }
            if rows.allSatisfy(\.onVaultDisk) {
                Console.note("Every copy here is on the vault's own disk; keep one elsewhere too (`confidant backup --to DIR`).")
            }
        }
    }
}
