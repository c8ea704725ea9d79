import Foundation
import Glibc

/// Whose socket is at the other end of a loopback connection: the kernel names the owner of any
/// TCP socket it is asked about by its addresses (`sock_diag`, the netlink interface `ss` uses:
/// one exact lookup, however many sockets the machine has). The page answers only its own user
/// (and root, who can read its memory anyway): another local user's connection is refused before
/// a byte of it is read, so it can neither try the secret nor hold one of the page's
/// connections, and neither is a connection closed before it was answered (its socket has no
/// owner left). Where the kernel cannot be asked (no `sock_diag` in a sandbox), the secret and the
/// session still guard the page.
enum LoopbackPeer {
    /// Whether the connection from `peer` to 127.0.0.1:`port` is another user's: its socket is
    /// another user's, or no process holds it any more (closed before it was answered: the kernel
    /// then names no owner, and nobody is left to answer). Where the kernel cannot be asked, no.
    static func isAnotherUsers(_ peer: (ip: String, port: UInt16), connectedTo port: UInt16) -> Bool {
        do {
            guard let owner = try owner(of: peer, connectedTo: port) else { return true }
            return owner != getuid() && owner != 0
        } catch {
            return false
        }
    }

    /// The kernel cannot be asked (no netlink here: a sandbox).
    struct Unavailable: Error {}

    /// The owner of the socket at `peer` (its IPv4 address and port) connected to 127.0.0.1:`port`,
    /// or nil when no process holds such a socket.
    /// - Throws: `Unavailable` when the kernel cannot be asked.
    static func owner(of peer: (ip: String, port: UInt16), connectedTo port: UInt16) throws -> uid_t? {
        var peerAddress = in_addr(), ours = in_addr()
        guard inet_pton(AF_INET, peer.ip, &peerAddress) == 1, inet_pton(AF_INET, "127.0.0.1", &ours) == 1 else { return nil }
        let link = socket(AF_NETLINK, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), netlinkSockDiag)
        guard link >= 0 else { throw Unavailable() }
        defer { close(link) }
        var wait = timeval(tv_sec: 1, tv_usec: 0)
        setsockopt(link, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        let request = request(from: (peerAddress, peer.port), to: (ours, port))
        // Unaddressed, a netlink message goes to the kernel.
        let sent = request.withUnsafeBytes { send(link, $0.baseAddress, $0.count, 0) }
        guard sent == request.count else { throw Unavailable() }
        var answer = [UInt8](repeating: 0, count: 8192)
        let received = recv(link, &answer, answer.count, 0)
        guard received >= 16 else { throw Unavailable() }
        // nlmsghdr (16 bytes), then inet_diag_msg: family, state, timer, retransmits (4), the
        // socket's id (48), expires, rqueue, wqueue (12), uid, inode. An error (no such socket)
        // is an nlmsgerr instead.
        let (uidOffset, inodeOffset) = (16 + 4 + 48 + 12, 16 + 4 + 48 + 16)
        guard word16(answer, at: 4) == sockDiagByFamily, received >= inodeOffset + 4, word32(answer, at: 0) >= inodeOffset + 4 else {
            return nil
        }
        // A socket no process holds (its inode 0: closed, waiting out TIME_WAIT) is named as
        // root's; it is nobody's.
        guard word32(answer, at: inodeOffset) != 0 else { return nil }
        return uid_t(word32(answer, at: uidOffset))
    }

    /// A `SOCK_DIAG_BY_FAMILY` request for the one TCP socket whose own address is `local` and
    /// whose peer is `remote`: nlmsghdr, then inet_diag_req_v2 (family, protocol, extensions,
    /// padding, the states: all; the socket's id: ports and addresses in network order, no
    /// interface, no cookie).
    private static func request(from local: (in_addr, UInt16), to remote: (in_addr, UInt16)) -> [UInt8] {
        var bytes: [UInt8] = []
        let append32 = { (value: UInt32) in withUnsafeBytes(of: value) { bytes += $0 } }
        let append16 = { (value: UInt16) in withUnsafeBytes(of: value) { bytes += $0 } }
        append32(72) // the message's length: 16 + 56
        append16(sockDiagByFamily)
        append16(1) // NLM_F_REQUEST
        append32(1) // sequence number
        append32(0) // port id: the kernel's
        bytes += [UInt8(AF_INET), UInt8(IPPROTO_TCP), 0, 0]
        append32(UInt32.max) // every state
        append16(local.1.bigEndian)
        append16(remote.1.bigEndian)
        for address in [local.0, remote.0] {
            append32(address.s_addr) // already in network order
            bytes += [UInt8](repeating: 0, count: 12)
        }
        append32(0) // interface
        append32(UInt32.max) // INET_DIAG_NOCOOKIE
        append32(UInt32.max)
        return bytes
    }

    private static let netlinkSockDiag: Int32 = 4
    private static let sockDiagByFamily: UInt16 = 20

    /// A number of the machine's own order, as netlink's headers hold them.
    private static func word16(_ bytes: [UInt8], at offset: Int) -> UInt16 {
        bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt16.self) }
    }

    private static func word32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self) }
    }
}
