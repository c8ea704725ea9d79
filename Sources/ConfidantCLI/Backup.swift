import ArgumentParser
import Confidant
import Vault

extension CLI {
    /// `confidant backup [--to DIR]`: a timestamped copy, re-read and verified before success.
    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Make a verified, timestamped copy of the vault (default: backups/ beside it).")

        @OptionGroup var options: VaultOptions
        @Option(help: ArgumentHelp("The folder for the copy.", valueName: "dir")) var to: String?

        func run() throws {
            let opened = try Session.read(options)
            let copy = try opened.store.backup(to: to)
            do {
                // The copy is read back from disk and opened with the key of the vault it came from.
                _ = try DocumentCodec.decode(opened.unlocked.reopen(VaultStore.readCopy(copy)).document)
            } catch {
                Console.error("the copy at \(copy) does not verify", hint: "check the disk; the vault itself is unchanged")
                throw error
            }
            Console.out("Backed up to \(copy) (verified).")
        }
    }
}
