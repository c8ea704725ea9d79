import FlyingSocks
import Foundation
import Synchronization

/// The page's server: 127.0.0.1 only, its own user's connections only (`LoopbackPeer`), one
/// request per connection (answered, then closed), at most
/// `mostConnections` at once (more are closed at once), and each request given `deadline`
/// seconds to arrive in full (`WebRequest`'s limits bound what it may hold). Sockets and the
/// event loop are FlyingSocks'; the HTTP is this file's and `WebRequest`'s, small enough to read.
final class WebListener: Sendable {
    /// The port listened on (the system's choice when 0 was asked for).
    let port: UInt16
    private let socket: AsyncSocket
    private let pool: any AsyncSocketPool
    private let open = Mutex(0)

    static let mostConnections = 128
    static let deadline: Double = 10
    /// The answer to another local user's connection (`LoopbackPeer`), sent before reading it.
    private static let anotherUsers = Data(
        WebApp.page(403, Layout.message("Refused", "This page belongs to another user of this computer.")).encoded(for: "GET"))

    /// Listens on 127.0.0.1 at `port`.
    /// - Throws: `SocketError` when it cannot (the port is taken).
    init(port: UInt16) async throws {
        let pool: any AsyncSocketPool = .make(maxEvents: 64)
        try await pool.prepare()
        let socket = try Socket(domain: AF_INET)
        try socket.setValue(true, for: .localAddressReuse)
        try socket.bind(to: sockaddr_in.inet(ip4: "127.0.0.1", port: port))
        try socket.listen()
        guard case .ip4(_, let bound) = try socket.sockname() else { throw SocketError.unsupportedAddress }
        (self.port, self.pool, self.socket) = (bound, pool, try AsyncSocket(socket: socket, pool: pool))
    }

    /// Answers connections with `respond` until the task is cancelled.
    func run(_ respond: @escaping @Sendable (WebRequest) async -> WebResponse) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await self.pool.run() }
            defer { group.cancelAll() }
            for try await connection in socket.sockets {
                if case .ip4(let ip, let peerPort) = try? connection.socket.remotePeer(),
                    LoopbackPeer.isAnotherUsers((ip, peerPort), connectedTo: port)
                {
                    _ = try? connection.socket.write(Self.anotherUsers)
                    try? connection.close()
                    continue
                }
                guard
                    open.withLock({ count in
                        count < Self.mostConnections
                            ? {
                                count += 1; return true
                            }() : false
                    })
                else {
                    try? connection.close()
                    continue
                }
                group.addTask {
                    await self.answer(connection, respond)
                    self.open.withLock { $0 -= 1 }
                }
            }
        }
    }

    /// Stops listening.
    func close() {
        try? socket.close()
    }

    /// Reads one request (within the deadline), answers it, and closes the connection.
    private func answer(_ connection: AsyncSocket, _ respond: @escaping @Sendable (WebRequest) async -> WebResponse) async {
        defer { try? connection.close() }
        let reading = Task { try await Self.read(connection) }
        let timer = Task {
            try await Task.sleep(for: .seconds(Self.deadline))
            reading.cancel()
            try? connection.close()
        }
        defer { timer.cancel() }
        let response: WebResponse, method: String
        switch await reading.result {
        case .success(let request):
            (response, method) = (await respond(request), request.method)
        case .failure(let refusal as WebRequest.Refusal):
            (response, method) = (WebApp.refusal(refusal.status), "GET")
        case .failure:
            return
        }
        timer.cancel()
        try? await connection.write(Data(response.encoded(for: method)))
    }

    /// One whole request from `connection`.
    private static func read(_ connection: AsyncSocket) async throws -> WebRequest {
        var bytes: [UInt8] = []
        while true {
            if let (head, headLength, bodyLength) = try WebRequest.head(in: bytes) {
                var request = head
                while bytes.count < headLength + bodyLength {
                    let more = try await connection.read(atMost: headLength + bodyLength - bytes.count)
                    guard !more.isEmpty else { throw SocketError.disconnected }
                    bytes += more
                }
                request.body = Array(bytes[headLength..<(headLength + bodyLength)])
                return request
            }
            let more = try await connection.read(atMost: 4096)
            guard !more.isEmpty else { throw SocketError.disconnected }
            bytes += more
        }
    }
}
