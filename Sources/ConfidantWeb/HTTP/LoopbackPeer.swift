import Foundation

/// Whose socket is at the other end of a loopback connection: the kernel lists every TCP socket
/// of this network namespace in `/proc/net/tcp` with the user that owns it, and the connecting
/// socket is the one whose own address is the peer's and whose remote address is the page's.
/// The page answers only its own user (and root, who can read its memory anyway): another local
/// user's connection is refused before a byte of it is read, so it can neither try the secret nor
/// hold one of the page's connections. Where the owner cannot be told (no `/proc`, a socket gone
/// already), the secret and the session still guard the page.
enum LoopbackPeer {
    /// The owner of the socket at `peer` (an IPv4 address and port) connected to 127.0.0.1:`port`,
    /// as `table` (the text of `/proc/net/tcp`) lists it; nil when it does not.
    static func owner(of peer: (ip: String, port: UInt16), connectedTo port: UInt16, in table: String) -> uid_t? {
        guard let local = address(peer.ip, peer.port) else { return nil }
        let remote = address("127.0.0.1", port)
        for line in table.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count > 7, fields[1] == local, fields[2] == remote else { continue }
            return uid_t(fields[7])
        }
        return nil
    }

    /// Whether the connection from `peer` to 127.0.0.1:`port` is another user's, as far as the
    /// kernel's table can tell.
    static func isAnotherUsers(_ peer: (ip: String, port: UInt16), connectedTo port: UInt16) -> Bool {
        guard let file = FileHandle(forReadingAtPath: "/proc/net/tcp") else { return false }
        defer { try? file.close() }
        guard let bytes = try? file.readToEnd(), let owner = owner(of: peer, connectedTo: port, in: String(decoding: bytes, as: UTF8.self))
        else { return false }
        return owner != getuid() && owner != 0
    }

    /// An address as the table writes it: the IPv4 address's bytes in the machine's order (on
    /// the little-endian machines this runs on, reversed), a colon, the port in hexadecimal.
    private static func address(_ ip: String, _ port: UInt16) -> Substring? {
        let bytes = ip.split(separator: ".").compactMap { UInt8($0) }
        guard bytes.count == 4 else { return nil }
        let hex = { (value: UInt, width: Int) in
            let digits = String(value, radix: 16, uppercase: true)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        let ordered = UInt32(bigEndian: bytes.reduce(0) { $0 << 8 | UInt32($1) })
        return Substring(hex(UInt(ordered), 8) + ":" + hex(UInt(port), 4))
    }
}
