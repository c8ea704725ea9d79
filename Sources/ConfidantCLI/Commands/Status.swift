import ArgumentParser
import Confidant
import Foundation

extension CLI {
    /// `confidant status`: whether the vault is unlocked, and for how long. Never asks anything.
    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: "Say whether the vault is unlocked (`confidant unlock`) and for how long; never asks for the passphrase.")

        @OptionGroup var options: VaultOptions
        @OptionGroup var output: OutputOptions

        /// `status --json` (docs/CLI.md).
        struct Report: Encodable {
            let path: String
            let unlocked: Bool
            let expiresAt: String?
            let secondsLeft: Int?
            let keyring: String?
        }

        func run() throws {
            let file = options.access()
            let entry = try file.timedUnlock()
            let left = entry.map { max(0, Int($0.expires.timeIntervalSinceNow.rounded())) }
            if output.json {
                return try Console.json(
                    Report(
                        path: file.path, unlocked: entry != nil, expiresAt: entry.map { Timestamp.format($0.expires) },
                        secondsLeft: left, keyring: entry?.ring.rawValue))
            }
            if let entry, let left {
                // To the minute once it is more than two: status is read, not timed.
                let shown = left >= 120 ? (left + 30) / 60 * 60 : left
                Console.out(
                    "Unlocked: \(file.path), for \(Units.spoken(seconds: shown)) more, until \(Units.clock(entry.expires, seconds: left < 120)) "
                        + "(\(entry.ring.rawValue) keyring). `confidant lock` locks it now.")
            } else {
                Console.out("Locked: \(file.path) asks for the passphrase" + Self.howToUnlock)
            }
        }

        /// How `unlock` would go here, or why it cannot.
        private static var howToUnlock: String {
            do {
                _ = try KeyCache.ring(allowingUserKeyring: false)
                return ". `confidant unlock` unlocks it for 15 minutes."
            } catch ConfidantError.noSessionKeyring {
                return
                    ". There is no session keyring of your own here: `confidant unlock --user-keyring` would keep the key where every process of yours can read it."
            } catch ConfidantError.sessionKeyringNotYours {
                return " (the session keyring here is another user's, so it cannot be unlocked here)."
            } catch {
                return " (the kernel keyring is not available here, so it cannot be unlocked)."
            }
        }
    }
}
