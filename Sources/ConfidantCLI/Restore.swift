import ArgumentParser
import Confidant
import Glibc
import Vault

extension CLI {
    /// `confidant restore FILE`: verify a copy, keep the current vault in generations/, replace atomically.
    struct Restore: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Replace the vault with a verified copy; the current vault is kept in generations/.")

        @OptionGroup var options: VaultOptions
        @Argument(help: "The backup (or generation) to restore.") var file: String

        func run() throws {
            let copy = try VaultStore.readCopy(file)
            let store = options.store()
            if access(store.path, F_OK) == 0 {
                // The copy must open with the current vault's key (or, if it is another vault, with the credential).
                let opened = try Session.read(options)
                let restored: UnlockedVault
                if let same = try? opened.unlocked.reopen(copy) {
                    restored = same
                } else {
                    restored = try copy.open(with: Credentials(options).unlocking(file))
                }
                _ = try DocumentCodec.decode(restored.document)
                try store.replace(with: copy)
                Console.out("Restored \(file). The vault it replaced is kept in generations/.")
            } else {
                _ = try DocumentCodec.decode(copy.open(with: Credentials(options).unlocking(file)).document)
                try store.create(copy)
                Console.out("Restored \(file) as a new vault at \(store.path).")
            }
        }
    }
}
