import CKeyutils
import Foundation

/// A session keyring of a test's own, so that tests running in parallel (and the developer's own
/// keyring) never see each other's keys: a named keyring held in the test process's process
/// keyring, which each command joins as its session keyring (`keyctl session NAME`), the way a
/// login session's processes share theirs. Cleared and revoked when released.
final class SessionKeyring {
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

    /// The "user" key with `description` in this keyring, if any (this process possesses the
    /// keyring, so it may search it).
    func key(_ description: String) -> Int32? {
        let found = keyctl_search(serial, "user", description, 0)
        return found > 0 ? Int32(found) : nil
    }
}
