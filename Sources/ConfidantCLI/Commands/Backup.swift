import ArgumentParser
import Confidant

extension CLI {
    /// `confidant backup [--to DIR]`: a timestamped copy, re-read and verified before success.
    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "backup", abstract: "Make a verified, timestamped copy of the vault (default: backups/ beside it).")

        @OptionGroup var options: VaultOptions
        @Option(help: ArgumentHelp("The folder for the copy.", valueName: "dir")) var to: String?

        func run() throws {
            let vault = try options.openForReading()
            let copy = try vault.backup(to: to)
            Console.out("Backed up to \(copy) (verified).")
            if vault.isOnVaultDisk(copy) {
                Console.note(
                    "This copy is on the same disk as the vault: a failed disk or a lost laptop takes both. "
                        + "Keep one elsewhere too, e.g. `confidant backup --to /media/usb-stick`.")
            }
        }
    }
}
