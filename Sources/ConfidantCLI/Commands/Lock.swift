import ArgumentParser
import Confidant

extension CLI {
    /// `confidant lock [--all]`: revokes the key `unlock` kept.
    struct Lock: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lock",
            abstract: "Lock the vault again: revoke the key `confidant unlock` kept (--all: every vault's).")

        @OptionGroup var options: VaultOptions

        @Flag(help: "Lock every unlocked vault, not only this one.")
        var all = false

        func run() throws {
            let path = options.vaultPath
            let locked = all ? KeyCache.lockAll() : KeyCache.lock(vaultAt: path)
            // A key that could not be removed may still open the vault: no "Locked".
            if let failure = locked.failure { throw failure }
            if all {
                let count = locked.vaults
                Console.out(
                    count == 0 ? "No vault was unlocked." : "Locked \(count) vault\(count == 1 ? "" : "s"): commands ask for the passphrase again.")
                return Console.note("note: this login only: " + KeyCache.otherLogins + ".")
            }
            Console.out(locked.vaults > 0 ? "Locked \(path): commands ask for the passphrase again." : "\(path) was not unlocked; nothing to lock.")
            Console.note("note: this login only: " + KeyCache.otherLogins + ".")
        }
    }
}
