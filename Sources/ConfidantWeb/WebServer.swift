import Confidant
import Foundation

/// `confidant web`: the page, served on 127.0.0.1 only until it is locked, left unused for the
/// idle time, or stopped (docs/WEB.md).
public enum WebServer {
    /// The most requests answered in one second; a person clicking never comes near it.
    public static let requestsPerSecond = 50

    /// Why the server stopped.
    public enum Ending: Sendable, Equatable {
        case locked, idle, stopped
    }

    /// Serves `vault` on 127.0.0.1 at `port` (0: a free one the system picks) until it is locked or
    /// `stop` is called (a signal, or the front end's idle watch over `activity`); `announce` is
    /// given the address with its one-time secret once the server listens. The vault is closed
    /// (its keys wiped) before it returns.
    /// Another `perSecond` is for the fuzzer, which sends thousands of requests a second.
    /// - Throws: when the port cannot be listened on.
    public static func serve(
        _ vault: WebVault, port: UInt16, activity: WebActivity, stop: Stop, perSecond: Int = requestsPerSecond,
        announce: @Sendable (String) -> Void
    ) async throws -> Ending {
        let gate = WebGate(activity: activity)
        let app = WebApp(vault: vault, gate: gate, lock: { Task { await stop.end(.locked) } })
        let listener = try await WebListener(port: port)
        let running = Task { try await listener.run(app.handleRequest) }
        defer { running.cancel() }
        announce(try await gate.open(port: Int(listener.port), perSecond: perSecond))
        let ending = await stop.wait()
        // A response (the Locked page) has a moment to go out; then the vault is let go and wiped.
        listener.close()
        try? await Task.sleep(for: .milliseconds(200))
        await vault.close()
        return ending
    }

    /// How the server is told to stop: the Lock button, or the front end (a signal, the idle watch).
    public actor Stop {
        private var ending: Ending?
        private var waiting: CheckedContinuation<Ending, Never>?

        public init() {}

        /// Stops the server for `reason` (the first reason given counts).
        public func end(_ reason: Ending) {
            guard ending == nil else { return }
            ending = reason
            waiting?.resume(returning: reason)
            waiting = nil
        }

        func wait() async -> Ending {
            if let ending { return ending }
            return await withCheckedContinuation { waiting = $0 }
        }
    }
}
