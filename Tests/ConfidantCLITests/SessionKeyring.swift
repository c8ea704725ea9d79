import CKeyutils
import Confidant
import Foundation
import Sodium

/// A session keyring of a test's own, so that tests running in parallel (and the developer's own
/// keyring) never see each other's keys: a named keyring held in the test process's process
/// keyring, which each command joins as its session keyring (`keyctl session NAME`), the way a
/// login session's processes share theirs. Cleared and revoked when released.
final class SessionKeyring {
    /// Held by tests that keep a key in the user keyring, which every test shares, and by those
    /// that run `lock --all`, which empties it of Confidant keys.
    static let userKeyringInUse = NSLock()

    /// The keyring's name, which `keyctl session` joins.
    let name = "confidant-test-" + UUID().uuidString
    /// Its serial.
    let serial: Int32

    init() {
        serial = add_key("keyring", name, nil, 0, KEY_SPEC_PROCESS_KEYRING)
        precondition(serial > 0, "cannot make a keyring: \(String(cString: strerror(errno)))")
        // The commands do not possess it until they join it: they need to find it by name.
        precondition(keyctl_setperm(serial, UInt32(KEY_POS_ALL | KEY_USR_VIEW | KEY_USR_READ | KEY_USR_WRITE | KEY_USR_SEARCH)) == 0)
    }

    deinit {
        keyctl_clear(serial)
        keyctl_unlink(serial, KEY_SPEC_PROCESS_KEYRING)
        keyctl_revoke(serial)
    }

    /// The wrapper that runs a command with this keyring as its session keyring.
    var wrapper: [String] { ["/usr/bin/keyctl", "session", name] }

    /// The wrapper that runs a command as nobody (uid and gid 65534) with this keyring, owned by
    /// the test's user, as its session keyring: what `su` without `-l` leaves a shell with.
    var wrapperAsNobody: [String] { wrapper + ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] }

    /// The "user" key with `description` in this keyring, if any (this process possesses the
    /// keyring, so it may search it).
    func key(_ description: String) -> Int32? {
        let found = keyctl_search(serial, "user", description, 0)
        return found > 0 ? Int32(found) : nil
    }

    /// The payload of `key`, which this process possesses through this keyring.
    func payload(of key: Int32) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: 256)
        let length = bytes.withUnsafeMutableBytes { keyctl_read(key, $0.baseAddress?.assumingMemoryBound(to: CChar.self), $0.count) }
        precondition(length > 0 && length <= 256, "cannot read key \(key): \(String(cString: strerror(errno)))")
        return Array(bytes.prefix(Int(length)))
    }

    /// Confidant's keyring inside this one (`KeyCache.storePrefix`), made as `unlock` makes it
    /// when it is not there.
    var store: Int32 {
        if let found = KernelKeyring.members(of: KernelKey(serial: serial)).first(where: {
            KernelKeyring.describe($0).map { $0.type == "keyring" && $0.description.hasPrefix(KeyCache.storePrefix) } == true
        }) {
            return found.serial
        }
        let made = add_key("keyring", KeyCache.storePrefix + UUID().uuidString, nil, 0, serial)
        precondition(
            made > 0 && keyctl_setperm(made, KernelKeyring.ownerSearchable) == 0, "cannot make the store: \(String(cString: strerror(errno)))")
        return made
    }

    /// Puts a "user" key into Confidant's keyring inside this one (or, `directly`, into this one,
    /// where earlier versions kept it) as any process of this user could: `payload`,
    /// `permissions`, a 10-minute timeout, and `owner` (root only) when given.
    @discardableResult
    func plant(_ description: String, _ payload: [UInt8], permissions: UInt32, owner: uid_t? = nil, directly: Bool = false) -> Int32 {
        let place = directly ? serial : store
        // A new key, not an update of one left there (which a regression could leave).
        while let left = key(description) { keyctl_unlink(left, serial); keyctl_unlink(left, store) }
        let key = add_key("user", description, payload, payload.count, place)
        precondition(key > 0 && keyctl_set_timeout(key, 600) == 0, "cannot plant: \(String(cString: strerror(errno)))")
        if let owner { precondition(keyctl_chown(key, owner, gid_t.max) == 0, "cannot chown: \(String(cString: strerror(errno)))") }
        precondition(keyctl_setperm(key, permissions) == 0, "cannot setperm: \(String(cString: strerror(errno)))")
        return key
    }

    /// Links the user keyring into this keyring, as pam_keyinit links it into every login's
    /// session keyring; the link goes when the keyring is cleared.
    func linkUserKeyring() {
        precondition(keyctl_link(KEY_SPEC_USER_KEYRING, serial) == 0, "cannot link @u: \(String(cString: strerror(errno)))")
    }

    /// Whether the kernel destroyed `key` (not merely made it unreadable) within 2 seconds.
    static func isDestroyed(_ key: Int32) -> Bool {
        for _ in 0..<40 {
            if keyctl_describe(key, nil, 0) < 0 && errno == ENOKEY { return true }
            usleep(50_000)
        }
        return false
    }
}

extension Sandbox {
    /// Runs confidant with `ring` as its session keyring (through `wrapper`, default
    /// `ring.wrapper`), on `vault` (default the sandbox's), with no passphrase source unless
    /// `arguments` or `environment` give one, and no terminal.
    func run(
        _ arguments: [String], in ring: SessionKeyring, vault: String? = nil, environment: [String: String] = [:],
        through wrapper: [String]? = nil
    ) -> Outcome {
        let outcome = run(arguments + ["--vault", vault ?? self.vault], environment: environment, through: wrapper ?? ring.wrapper)
        // keyctl's own "Joined session keyring: N".
        let stderr = outcome.stderr.split(separator: "\n").filter { !$0.hasPrefix("Joined session keyring") }.joined(separator: "\n")
        return Outcome(status: outcome.status, stdout: outcome.stdout, stderr: stderr)
    }
}
