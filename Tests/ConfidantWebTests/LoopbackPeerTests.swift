import Foundation
import Testing

@testable import ConfidantWeb

/// The owner of a loopback connection, as the kernel names it.
@Suite struct LoopbackPeerTests {
    /// This process's own connection is its own.
    @Test func aConnectionOfOursIsOurs() throws {
        let server = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(server) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(server, $0, length) == 0 && listen(server, 1) == 0 && getsockname(server, $0, &length) == 0
            }
        }
        try #require(bound)
        let client = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(client) }
        var mine = sockaddr_in()
        let connected = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(client, $0, length) == 0 }
        }
        let named = withUnsafeMutablePointer(to: &mine) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(client, $0, &length) == 0 }
        }
        try #require(connected && named)
        let (peer, port) = (UInt16(bigEndian: mine.sin_port), UInt16(bigEndian: address.sin_port))
        #expect(try LoopbackPeer.owner(of: ("127.0.0.1", peer), connectedTo: port) == getuid())
        #expect(!LoopbackPeer.isAnotherUsers(("127.0.0.1", peer), connectedTo: port))
        // No such connection, no owner, and not ours to answer: the wrong port or address.
        #expect(try LoopbackPeer.owner(of: ("127.0.0.1", peer), connectedTo: port &+ 1) == nil)
        #expect(try LoopbackPeer.owner(of: ("127.0.0.2", peer), connectedTo: port) == nil)
        #expect(LoopbackPeer.isAnotherUsers(("127.0.0.2", peer), connectedTo: port))
        #expect(try LoopbackPeer.owner(of: ("not an address", peer), connectedTo: port) == nil)
    }
}
