import Foundation
import Testing

@testable import ConfidantWeb

/// The owner of a loopback connection, as the kernel's table of TCP sockets lists it.
@Suite struct LoopbackPeerTests {
    /// The server's listening socket, its end of a connection, and two sockets from port 51000 to
    /// the page's port 8080: one from 127.0.0.1 (user 1000), one from 127.0.0.2 (user 1001).
    private let table = """
          sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
           0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 1 1 0 100 0 0 10 0
           1: 0100007F:1F90 0100007F:C738 01 00000000:00000000 00:00000000 00000000  1000        0 2 1 0 20 4 30 10 -1
           2: 0200007F:C738 0100007F:1F90 01 00000000:00000000 00:00000000 00000000  1001        0 3 1 0 20 4 30 10 -1
           3: 0100007F:C738 0100007F:1F90 01 00000000:00000000 00:00000000 00000000  1000        0 4 1 0 20 4 30 10 -1

        """

    @Test func theConnectingSocketsOwnerIsFound() {
        #expect(LoopbackPeer.owner(of: ("127.0.0.1", 51000), connectedTo: 8080, in: table) == 1000)
        #expect(LoopbackPeer.owner(of: ("127.0.0.2", 51000), connectedTo: 8080, in: table) == 1001)
    }

    @Test func anUnlistedPeerHasNoOwner() {
        #expect(LoopbackPeer.owner(of: ("127.0.0.1", 51001), connectedTo: 8080, in: table) == nil)
        #expect(LoopbackPeer.owner(of: ("127.0.0.1", 51000), connectedTo: 8081, in: table) == nil)
        #expect(LoopbackPeer.owner(of: ("not an address", 51000), connectedTo: 8080, in: table) == nil)
        #expect(LoopbackPeer.owner(of: ("127.0.0.1", 51000), connectedTo: 8080, in: "") == nil)
    }

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
        let file = try #require(FileHandle(forReadingAtPath: "/proc/net/tcp"))
        let table = String(decoding: try file.readToEnd() ?? Data(), as: UTF8.self)
        #expect(
            LoopbackPeer.owner(of: ("127.0.0.1", UInt16(bigEndian: mine.sin_port)), connectedTo: UInt16(bigEndian: address.sin_port), in: table)
                == getuid())
        #expect(!LoopbackPeer.isAnotherUsers(("127.0.0.1", UInt16(bigEndian: mine.sin_port)), connectedTo: UInt16(bigEndian: address.sin_port)))
    }
}
