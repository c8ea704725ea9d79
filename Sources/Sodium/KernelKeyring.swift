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

    /// Permission bits of the keyring keys are kept in (`keyring(prefix:in:)`): view and read
    /// (its name and its list of keys) for a possessor; write and search for the user who owns
    /// it; nothing for group or others. The kernel grants a key's possessor bits or'd with the
    /// bits of the caller's uid, so a key that only its possessor may read, kept directly in a
    /// session keyring, is read by any process that shares that keyring, whoever it runs as (`su`
    /// without `-l`). Inside this keyring it is possessed only through a search of it, which only
    /// its owner's uid may make. And a process may join a keyring as its session keyring by name
    /// when it may search it, so the keyring's name is random and visible to its possessors
    /// alone: this user's other logins cannot learn it, so cannot join it. Reading the key needs
    /// this login's session *and* this user.
    public static let ownerSearchable: UInt32 = UInt32(KEY_POS_VIEW | KEY_POS_READ | KEY_USR_WRITE | KEY_USR_SEARCH)

    /// Permission bits (keyctl_setperm(3)): the possessor may view, read and search; nothing
    /// more, and nothing at all for the user, group or others. Without setattr nobody, root
    /// included, can change the key's timeout or permissions once it is set up; without write
    /// nobody can replace its payload; without link nobody can link it anywhere else. The price:
    /// the key cannot be revoked either (KEYCTL_REVOKE needs write or setattr), so it is removed
    /// by unlinking it (`remove`), which destroys it at once since it is linked nowhere else.
    public static let possessorOnly: UInt32 = UInt32(KEY_POS_VIEW | KEY_POS_READ | KEY_POS_SEARCH)

    /// Whose session keyring a process has.
    public enum SessionKeyring: Equatable, Sendable {
        /// One of its own, owned by this user (a PAM login, `keyctl session -`).
        case own
        /// None of its own: the kernel hands out the user-session keyring, shared by every
        /// session-less process of the user (some containers, services, cron).
        case none
        /// One owned by another user, `owner` (nil when it cannot be described): `su` without
        /// `-l` keeps the caller's. Whatever goes in it, that user possesses and can read.
        case anotherUsers(owner: UInt32?)
    }

    /// This process's session keyring, and whose it is.
    public static var sessionKeyring: SessionKeyring {
        let session = keyctl_get_keyring_ID(KEY_SPEC_SESSION_KEYRING, 0)
        let userSession = keyctl_get_keyring_ID(KEY_SPEC_USER_SESSION_KEYRING, 0)
        guard session > 0, session != userSession else { return .none }
        guard let owner = describe(KernelKey(serial: session))?.uid else { return .anotherUsers(owner: nil) }
        return owner == getuid() ? .own : .anotherUsers(owner: owner)
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

    /// The keyring whose name starts with `prefix` linked directly in `ring`, owned by this user
    /// with exactly `permissions`; made there when `creating` and there is none, named `prefix`
    /// and 32 random hex digits. Any other keyring whose name starts so (another user's, or
    /// with other permissions) is unlinked first.
    /// - Throws: `SodiumError.keyring` with the failing call and `errno`.
    public static func keyring(prefix: String, in ring: Ring, permissions: UInt32, creating: Bool) throws -> KernelKey? {
        for key in members(of: ring.special) {
            guard let attributes = describe(key), attributes.type == "keyring", attributes.description.hasPrefix(prefix) else { continue }
            if attributes.uid == getuid(), attributes.permissions == permissions { return key }
            keyctl_unlink(key.serial, ring.special)
        }
        guard creating else { return nil }
        let name = prefix + Hex.lowercase(try Random.bytes(16))
        return try make(type: "keyring", description: name, payload: nil, in: ring.special, timeout: nil, permissions: permissions)
    }

    /// Adds a "user" key holding `payload` to `keyring`, expiring `timeout` seconds from now (an
    /// absolute timeout: nothing extends it), restricted to `permissions`. It replaces a key of
    /// the same description there, even an expired one (which `add_key` would try to update).
    /// On any failure after the key exists, it is revoked again.
    /// - Throws: `SodiumError.keyring` with the failing call and `errno` (ENOSYS or EPERM where a
    ///   seccomp filter blocks the keyring, EDQUOT over the user's key quota).
    public static func add(
        description: String, payload: SecureBytes, to keyring: KernelKey, timeout: UInt32,
        permissions: UInt32
    ) throws -> KernelKey {
        try make(type: "user", description: description, payload: payload, in: keyring.serial, timeout: timeout, permissions: permissions)
    }

    /// Makes a key (or keyring) in this process's own keyring, which nothing else possesses,
    /// gives it its timeout and permissions there (plus link, to link it, and setattr, to take
    /// both away afterwards), links it into `destination`, which displaces any key of the same
    /// description, unlinks it from the process keyring and gives it its final permissions.
    /// Between the link and the last setperm another possessor of `destination` could change
    /// it; readers check the mask and the owner (`KeyCache`).
    private static func make(
        type: String, description: String, payload: SecureBytes?, in destination: key_serial_t, timeout: UInt32?,
        permissions: UInt32
    ) throws -> KernelKey {
        let serial =
            payload.map { payload in
                payload.withUnsafeBytes { bytes in add_key(type, description, bytes.baseAddress, bytes.count, KEY_SPEC_PROCESS_KEYRING) }
            } ?? add_key(type, description, nil, 0, KEY_SPEC_PROCESS_KEYRING)
        guard serial > 0 else { throw SodiumError.keyring(operation: "add_key", errno: errno) }
        let key = KernelKey(serial: serial)
        if let timeout, keyctl_set_timeout(serial, timeout) != 0 { try failing(key, in: destination, "keyctl_set_timeout") }
        guard keyctl_setperm(serial, permissions | UInt32(KEY_POS_LINK | KEY_POS_SETATTR)) == 0 else {
            try failing(key, in: destination, "keyctl_setperm")
        }
        guard keyctl_link(serial, destination) == 0 else { try failing(key, in: destination, "keyctl_link") }
        keyctl_unlink(serial, KEY_SPEC_PROCESS_KEYRING)
        guard keyctl_setperm(serial, permissions) == 0 else { try failing(key, in: destination, "keyctl_setperm") }
        return key
    }

    /// The keys linked directly in `ring`, not in the keyrings it links (a session keyring
    /// made by pam_keyinit links the user keyring, which every process of the user can write).
    /// None when it cannot be read.
    public static func members(of ring: Ring) -> [KernelKey] {
        members(of: ring.special)
    }

    /// The keys linked directly in `keyring`.
    public static func members(of keyring: KernelKey) -> [KernelKey] {
        members(of: keyring.serial)
    }

    private static func members(of ring: key_serial_t) -> [KernelKey] {
        var serials = [Int32](repeating: 0, count: 64)
        while true {
            let length = serials.withUnsafeMutableBytes { keyctl_read(ring, $0.baseAddress?.assumingMemoryBound(to: CChar.self), $0.count) }
            guard length > 0 else { return [] }
            // Too small a buffer gets nothing but the size needed (the keyring may grow meanwhile).
            guard Int(length) <= serials.count * 4 else {
                serials = [Int32](repeating: 0, count: Int(length) / 4 + 16)
                continue
            }
            return serials.prefix(Int(length) / 4).map(KernelKey.init(serial:))
        }
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

    /// Removes `key` from `ring`: revoked first where its permissions allow (its payload is freed
    /// at once, wherever else it is linked; a key made by `add` cannot be), then unlinked (a key
    /// linked nowhere else is destroyed at once, its payload with it).
    /// - Throws: `SodiumError.keyring` when it could be neither revoked nor unlinked (no write
    ///   permission on `ring`).
    public static func remove(_ key: KernelKey, from ring: Ring) throws {
        try remove(key, from: ring.special)
    }

    /// `remove`, from the keyring `keyring`.
    public static func remove(_ key: KernelKey, from keyring: KernelKey) throws {
        try remove(key, from: keyring.serial)
    }

    private static func remove(_ key: KernelKey, from ring: key_serial_t) throws {
        let revoked = keyctl_revoke(key.serial) == 0
        guard keyctl_unlink(key.serial, ring) == 0 || revoked else {
            throw SodiumError.keyring(operation: "keyctl_unlink", errno: errno)
        }
    }

    /// What keyctl_describe(3) says of a key.
    public struct Attributes: Equatable, Sendable {
        /// The key type: "user", "keyring", …
        public let type: String
        /// The owner's user id.
        public let uid: UInt32
        /// The permission bits (keyctl_setperm(3)).
        public let permissions: UInt32
        /// The description the key is found by.
        public let description: String
    }

    /// The type, owner, permission bits and description of `key`; nil when it cannot be seen
    /// (gone, expired, revoked, or no view permission).
    public static func describe(_ key: KernelKey) -> Attributes? {
        var buffer = [UInt8](repeating: 0, count: 4200)
        let length = buffer.withUnsafeMutableBytes { keyctl_describe(key.serial, $0.baseAddress?.assumingMemoryBound(to: CChar.self), $0.count) }
        guard length > 0, length <= buffer.count else { return nil }
        // "type;uid;gid;perm;description" and a NUL; the description last (it may hold ';').
        let fields = String(decoding: buffer.prefix(Int(length) - 1), as: UTF8.self).split(
            separator: ";", maxSplits: 4, omittingEmptySubsequences: false)
        guard fields.count == 5, let uid = UInt32(fields[1]), let permissions = UInt32(fields[3], radix: 16) else { return nil }
        return Attributes(type: String(fields[0]), uid: uid, permissions: permissions, description: String(fields[4]))
    }

    // MARK: Helpers

    private static func failing(_ key: KernelKey, in ring: key_serial_t, _ operation: String) throws -> Never {
        let number = errno
        keyctl_revoke(key.serial)
        keyctl_unlink(key.serial, ring)
        keyctl_unlink(key.serial, KEY_SPEC_PROCESS_KEYRING)
        throw SodiumError.keyring(operation: operation, errno: number)
    }
}
