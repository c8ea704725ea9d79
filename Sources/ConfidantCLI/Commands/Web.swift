import ArgumentParser
import Confidant
import ConfidantWeb
import Dispatch
import Foundation
import Glibc

extension CLI {
    /// `confidant web`: the vault as a page in the browser, served on 127.0.0.1 only.
    struct Web: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "web",
            abstract: "Open your vault as a page in your own browser, on this computer only.",
            discussion: """
                Unlocks the vault, serves it on 127.0.0.1 and prints the address to open, with a one-time \
                secret, as the first line of standard output; the browser exchanges it for a session cookie. \
                The page stops, and the key is wiped, when you press Lock, after --for without use, or on Ctrl-C. \
                docs/WEB.md describes the page; SECURITY.md what it exposes while it runs.
                """)

        @OptionGroup var options: VaultOptions

        @Option(help: ArgumentHelp("The port to listen on (default: a free one).", valueName: "n")) var port: UInt16?

        @Flag(help: "Print the address without opening a browser.") var noBrowser = false

        @Option(name: .customLong("for"), help: ArgumentHelp("Stop after this long without use, e.g. 30m, 1h (at most 8h).", valueName: "duration"))
        var duration: String = "30m"

        /// The idle time in seconds, checked in `validate`.
        private var idle: Int { Units.duration(duration) ?? 1800 }

        func validate() throws {
            _ = try Units.checkedDuration(duration, most: 8 * 3600, tooLong: "--for \(duration) is longer than the 8h maximum")
        }

        func run() throws {
            // Held by the page alone, so that closing it frees (and wipes) the keys.
            let vault = try { () throws -> WebVault in
                let opened = try options.openForChange()
                try opened.refuseRollback()
                return WebVault(opened)
            }()
            let stop = WebServer.Stop(), activity = WebActivity()
            let watch = Watch(stop: stop, activity: activity, idle: Double(idle))
            for number in [SIGINT, SIGTERM] { watch.onSignal(number) }
            let outcome = Outcome()
            let finished = DispatchSemaphore(value: 0)
            let opening = !noBrowser
            Task {
                do {
                    let ending = try await WebServer.serve(vault, port: port ?? 0, activity: activity, stop: stop) { address in
                        Console.out(address)
                        Console.note("Serving your vault at that address on this computer only; Lock on the page or Ctrl-C stops it.")
                        if opening { BrowserOpening.open(address) }
                    }
                    outcome.set(.success(ending))
                } catch {
                    outcome.set(.failure(error))
                }
                finished.signal()
            }
            finished.wait()
            watch.finished()
            BrowserOpening.cleanUp()
            switch outcome.value! {
            case .success(let ending):
                let why = ending == .idle ? "unused for \(Units.spoken(seconds: idle))" : ending == .locked ? "locked from the page" : "interrupted"
                Console.note("The page has stopped (\(why)); the vault is locked.")
            case .failure:
                throw CLIError.cannotServe(port: port ?? 0)
            }
        }

        /// The idle stop and the signals, on a queue of their own: the server's tasks may be busy
        /// (a flood of requests), and a stop asked for must come anyway. When the server has not
        /// ended five seconds after it, the process ends, and the kernel takes back its memory,
        /// keys included.
        private final class Watch: @unchecked Sendable {
            private let queue = DispatchQueue(label: "confidant.web.watch")
            private let stop: WebServer.Stop
            private var timer: (any DispatchSourceTimer)?
            private var signals: [any DispatchSourceSignal] = []
            private var asked: Date?, done = false

            init(stop: WebServer.Stop, activity: WebActivity, idle: Double) {
                self.stop = stop
                let timer = DispatchSource.makeTimerSource(queue: queue)
                timer.schedule(deadline: .now() + 1, repeating: 1)
                timer.setEventHandler { [unowned self] in
                    if activity.idle(for: idle) { self.end(.idle) }
                    if let asked = self.asked, !self.done, Date().timeIntervalSince(asked) > 5 {
                        Console.note("The page did not stop in time; ending now (the vault is locked).")
                        Glibc.exit(0)
                    }
                }
                timer.resume()
                self.timer = timer
            }

            /// Stops the page when the process receives `number`, instead of ending at once.
            func onSignal(_ number: Int32) {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
                source.setEventHandler { [unowned self] in self.end(.stopped) }
                source.resume()
                signals.append(source)
            }

            /// The server has ended: nothing more to watch.
            func finished() {
                queue.sync { done = true }
            }

            private func end(_ reason: WebServer.Ending) {
                guard asked == nil else { return }
                asked = Date()
                let stop = self.stop
                Task { await stop.end(reason) }
            }
        }

        /// What the server task ended with, handed to the waiting command.
        private final class Outcome: @unchecked Sendable {
            private let lock = NSLock()
            private var result: Result<WebServer.Ending, any Error>?

            func set(_ result: Result<WebServer.Ending, any Error>) { lock.withLock { self.result = result } }
            var value: Result<WebServer.Ending, any Error>? { lock.withLock { result } }
        }
    }
}
