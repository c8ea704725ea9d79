import CKeyutils
import Glibc

/// A key held by the Linux kernel's key retention service (keyrings(7)), named by its serial.
public struct KernelKey: Equatable, Sendable {
    /// The kernel's serial number for the key.
    public let serial: Int32

    /// The key with serial `serial`.
    public init(serial: Int32) { self.serial = serial }
}

/// The kernel keyring, through libkeyutils: keys kept in kernel memory (never swapped, never on
/// disk), dropped by the kernel when their timeout passes, readable only by the processes that
/// possess them. Secret payloads go in from guarded memory and come back into it.
///
/// Why libkeyutils rather than the raw system calls: `syscall(2)` is variadic, so Swift cannot
/// call it without a C wrapper of our own, and libkeyutils is that wrapper, already in Debian
/// (what `keyctl`, cryptsetup and ecryptfs use), with a stable ABI.
public enum KernelKeyring {
    /// A keyring a key can be kept in.
    public enum Ring: String, Sendable {
        /// The session keyring: this login session's processes (keyrings(7), `@s`).
        case session
        /// The user keyring: every process of this user whose session keyring links it (`@u`).
        case user

        var special: key_serial_t { self == .session ? KEY_SPEC_SESSION_KEYRING : KEY_SPEC_USER_KEYRING }
    }

    /// Permission bits (keyctl_setperm(3)): the possessor's view, read, search and setattr
    /// (setattr is what revoking needs without write), nothing for the user, group or others.
    public static let possessorOnly: UInt32 = UInt32(KEY_POS_VIEW | KEY_POS_READ | KEY_POS_SEARCH | KEY_POS_SETATTR)

    /// The keyring a new key goes to: the session keyring when this process has one of its own,
    /// else the user keyring. (Without one, the kernel would hand out the user-session keyring
    /// as "the session keyring", shared by every session-less process of the user: naming the
    /// user keyring instead says what happens.)
    public static var defaultRing: Ring {
        let session = keyctl_get_keyring_ID(KEY_SPEC_SESSION_KEYRING, 0)
        let userSession = keyctl_get_keyring_ID(KEY_SPEC_USER_SESSION_KEYRING, 0)
        return session > 0 && session != userSession ? .session : .user
    }

    /// Whether this process can use the kernel keyring at all: false where a seccomp filter
    /// blocks `keyctl` (ENOSYS, EPERM) or the kernel has no key retention service.
    public static var isAvailable: Bool {
        (try? requireAvailable()) != nil
    }

    /// Throws when this process cannot use the kernel keyring at all (`isAvailable`), with the
    /// `errno` of that very call: read anywhere later, it could be another call's.
    /// - Throws: `SodiumError.keyring` (ENOSYS or EPERM where a seccomp filter blocks `keyctl`).
    public static func requireAvailable() throws {
        guard keyctl_get_keyring_ID(KEY_SPEC_USER_KEYRING, 0) > 0 else {
            let number = errno
            throw SodiumError.keyring(operation: "keyctl", errno: number == 0 ? ENOSYS : number)
        }
    }

    /// Adds a "user" key holding `payload` to `ring`, expiring `timeout` seconds from now (an
    /// absolute timeout: nothing extends it), restricted to `permissions`. It replaces a key of
    /// the same description there, even an expired one (which `add_key` would try to update).
    /// On any failure after the key exists, it is revoked again.
    /// - Throws: `SodiumError.keyring` with the failing call and `errno` (ENOSYS or EPERM where a
    ///   seccomp filter blocks the keyring, EDQUOT over the user's key quota).
    public static func add(description: String, payload: SecureBytes, to ring: Ring, timeout: UInt32,
                           permissions: UInt32) throws -> KernelKey {
        // Made in this process's own keyring, which nothing else possesses, and given its
        // timeout and permissions there; then linked into `ring`, which displaces any key of the
        // same description, and unlinked from the process keyring.
        let serial = payload.withUnsafeBytes { bytes in
            add_key("user", description, bytes.baseAddress, bytes.count, KEY_SPEC_PROCESS_KEYRING)
        }
        guard serial > 0 else { throw SodiumError.keyring(operation: "add_key", errno: errno) }
        let key = KernelKey(serial: serial)
        guard keyctl_set_timeout(serial, timeout) == 0 else { try failing(key, "keyctl_set_timeout") }
        guard keyctl_setperm(serial, permissions | UInt32(KEY_POS_LINK)) == 0 else { try failing(key, "keyctl_setperm") }
        guard keyctl_link(serial, ring.special) == 0 else { try failing(key, "keyctl_link") }
        keyctl_unlink(serial, KEY_SPEC_PROCESS_KEYRING)
        guard keyctl_setperm(serial, permissions) == 0 else { try failing(key, "keyctl_setperm") }
        return key
    }

    /// The "user" key named `description` in this process's keyrings: the session keyring (and
    /// what it links), then the user keyring. Nil when there is none, it expired or was revoked,
    /// or the keyring cannot be used here.
    public static func find(description: String) -> KernelKey? {
        for ring in [Ring.session, .user] {
            let serial = keyctl_search(ring.special, "user", description, 0)
            if serial > 0 { return KernelKey(serial: Int32(serial)) }
        }
        return nil
    }

    /// The payload of `key`, which must be exactly `count` bytes, read straight into guarded
    /// memory.
    /// - Throws: `SodiumError.keyring` when it cannot be read (expired, revoked, no permission),
    ///   `.invalidLength` when it is not `count` bytes long.
    public static func read(_ key: KernelKey, count: Int) throws -> SecureBytes {
        let payload = try SecureBytes(count: count)
        let length = payload.withUnsafeMutableBytes { bytes in
            keyctl_read(key.serial, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), bytes.count)
        }
        guard length >= 0 else { throw SodiumError.keyring(operation: "keyctl_read", errno: errno) }
        try Library.check("kernel key payload", Int(length), is: count)
        return payload
    }

    /// Revokes `key`: its payload can no longer be read, and the kernel removes it shortly.
    /// Returns false when it could not be (already gone, or not ours).
    @discardableResult
    public static func revoke(_ key: KernelKey) -> Bool {
        keyctl_revoke(key.serial) == 0
    }

    /// Every "user" key whose description starts with `prefix` directly in the session or the
    /// user keyring.
    public static func keys(withPrefix prefix: String) -> [KernelKey] {
        var found: [KernelKey] = []
        for ring in [Ring.session, .user] {
            for serial in members(of: ring.special) where !found.contains(KernelKey(serial: serial)) {
                guard let info = describe(KernelKey(serial: serial)), info.type == "user", info.description.hasPrefix(prefix) else { continue }
                found.append(KernelKey(serial: serial))
            }
        }
        return found
    }

    /// The type, permission bits and description of `key` (keyctl_describe(3)); nil when it
    /// cannot be seen.
    public static func describe(_ key: KernelKey) -> (type: String, permissions: UInt32, description: String)? {
        var buffer = [UInt8](repeating: 0, count: 4200)
        let length = buffer.withUnsafeMutableBytes { keyctl_describe(key.serial, $0.baseAddress?.assumingMemoryBound(to: CChar.self), $0.count) }
        guard length > 0, length <= buffer.count else { return nil }
        // "type;uid;gid;perm;description" and a NUL; the description last (it may hold ';').
        let fields = String(decoding: buffer.prefix(Int(length) - 1), as: UTF8.self).split(separator: ";", maxSplits: 4, omittingEmptySubsequences: false)
        guard fields.count == 5, let permissions = UInt32(fields[3], radix: 16) else { return nil }
        return (String(fields[0]), permissions, String(fields[4]))
    }

    // MARK: Helpers

    private static func failing(_ key: KernelKey, _ operation: String) throws -> Never {
        let number = errno
        revoke(key)
        throw SodiumError.keyring(operation: operation, errno: number)
    }

    /// The serials linked directly in the keyring `ring`; none when it cannot be read.
    private static func members(of ring: key_serial_t) -> [Int32] {
        var serials = [Int32](repeating: 0, count: 512)
        let length = serials.withUnsafeMutableBytes { keyctl_read(ring, $0.baseAddress?.assumingMemoryBound(to: CChar.self), $0.count) }
        guard length > 0 else { return [] }
        return Array(serials.prefix(min(Int(length), serials.count * 4) / 4))
    }
}
