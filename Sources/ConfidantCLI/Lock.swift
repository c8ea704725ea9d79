import ArgumentParser
import Confidant

extension CLI {
    /// `confidant lock [--all]`: revokes the key `unlock` kept.
    struct Lock: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lock the vault again: revoke the key `confidant unlock` kept (--all: every vault's).")

        @OptionGroup var options: VaultOptions

        @Flag(help: "Lock every unlocked vault, not only this one.")
        var all = false

        func run() throws {
            if all {
                let count = KeyCache.lockAll()
                return Console.out(count == 0 ? "No vault was unlocked." : "Locked \(count) vault\(count == 1 ? "" : "s"): commands ask for the passphrase again.")
            }
            let path = options.vaultPath
            Console.out(KeyCache.lock(vaultAt: path) ? "Locked \(path): commands ask for the passphrase again."
                                                     : "\(path) was not unlocked; nothing to lock.")
        }
    }
}
