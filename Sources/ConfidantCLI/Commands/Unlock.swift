import ArgumentParser
import Confidant

extension CLI {
    /// `confidant unlock [--for 15m]`: the master key kept in the kernel keyring for a while.
    struct Unlock: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "unlock",
            abstract: "Unlock the vault for a while (default 15m): until then, commands open it without asking.",
            discussion: """
                Asks for the passphrase (or any credential source) once and keeps the vault's master key in the \
                kernel keyring, readable only by this login session's processes, for --for (at most 8h; the time \
                is not extended by use: run unlock again for more). `confidant lock` ends it sooner, `confidant \
                status` says how long is left, --no-cache (or CONFIDANT_NO_CACHE=1) makes one command ask anyway. \
                Without a session keyring of your own (a container, a service, `su` without -l) it refuses (exit 69) \
                unless --user-keyring. SECURITY.md says what an unlocked vault is exposed to.
                """)

        @OptionGroup var options: VaultOptions

        @Flag(help: "Without a session keyring of your own, keep the key in the user keyring: every process of yours can read it there.")
        var userKeyring = false

        @Option(name: .customLong("for"), help: ArgumentHelp("How long, e.g. 15m, 2h, 1h30m, 90s (at most 8h).", valueName: "duration"))
        var duration: String?

        /// The duration in seconds, checked in `validate`.
        private var seconds: Int { duration.flatMap(Units.duration) ?? KeyCache.defaultSeconds }

        func validate() throws {
            guard let duration else { return }
            _ = try Units.checkedDuration(
                duration, most: KeyCache.maximumSeconds, tooLong: "--for \(duration) is longer than the 8h maximum: unlock again when it runs out")
        }

        func run() throws {
            // Said before the passphrase is asked for, when the keyring cannot be used at all.
            let ring = try KeyCache.ring(allowingUserKeyring: userKeyring)
            let vault = try options.open(usingCache: false)
            let entry = try KeyCache.unlock(vault, for: seconds, in: ring)
            Console.out(
                "Unlocked \(vault.access.path) for \(Units.spoken(seconds: seconds)), until \(Units.clock(entry.expires, seconds: seconds < 120)) "
                    + "(\(entry.ring.rawValue) keyring). `confidant lock` locks it sooner.")
        }
    }
}
