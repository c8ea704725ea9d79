import CKeyutils
import Confidant
import Foundation
import Sodium
import Testing

/// `unlock` keeps the vault's master key in the kernel keyring for a while; `lock`,
/// `passwd`, `rekey` and `restore` revoke it; `status` says how long is left. Every command runs
/// with a session keyring of the test's own (`SessionKeyring`), on the real kernel keyring.
@Suite struct UnlockTests {
    let sandbox = Sandbox()
    let ring = SessionKeyring()

    init() {
        sandbox.makeVault()
    }

    /// Runs confidant in the test's session keyring, with no passphrase source unless `arguments`
    /// give one (and no terminal: the sandbox runs it in a new session).
    @discardableResult
    private func run(_ arguments: [String], vault: String? = nil, environment: [String: String] = [:]) -> Outcome {
        sandbox.run(arguments, in: ring, vault: vault, environment: environment)
    }

    private func unlock(_ extra: [String] = [], vault: String? = nil) -> Outcome {
        run(["unlock", "--passphrase-file", sandbox.file("pass.txt")] + extra, vault: vault)
    }

    private var description: String { KeyCache.description(forVaultAt: sandbox.vault) }

    @Test func anUnlockedVaultOpensWithoutAPassphrase() throws {
        #expect(run(["list", "--no-input"]).status == 64, "locked, there is nothing to open it with")
        let unlocked = unlock()
        #expect(unlocked.status == 0, "\(unlocked.stderr)")
        #expect(unlocked.stdout.contains("for 15 minutes"), "\(unlocked.stdout)")
        let added = run(["add", "Sam", "--relationship", "partner", "--no-input"])
        #expect(added.status == 0, "a change opens and seals with the kept key: \(added.stderr)")
        let check = run(["check", "sam"])
        #expect(check.status == 0 && check.stdout.contains("Sam"), "\(check.stderr)")

        #expect(run(["list", "--no-cache"]).status == 64, "--no-cache asks, and there is no source")
        #expect(run(["list"], environment: ["CONFIDANT_NO_CACHE": "1"]).status == 64)
        #expect(run(["list"], environment: ["CONFIDANT_NO_CACHE": "0"]).status == 0)
        #expect(run(["lock"]).status == 0)
    }

    @Test func theKeyExpiresAfterItsTime() throws {
        #expect(unlock(["--for", "2s"]).status == 0)
        // Polled until the kernel has dropped it, within a deadline, rather than a guessed sleep.
        let deadline = Date().addingTimeInterval(15)
        while run(["status"]).stdout.hasPrefix("Unlocked"), Date() < deadline { usleep(200_000) }
        let asked = run(["list", "--no-input"])
        #expect(asked.status == 64 && asked.stderr.contains("no passphrase source"), "\(asked.stderr)")
        #expect(run(["status"]).stdout.hasPrefix("Locked"))
    }

    @Test func usingTheKeyDoesNotExtendIt() throws {
        #expect(unlock(["--for", "1m"]).status == 0)
        let expires = try #require(statusJSON()["expiresAt"] as? String)
        // Into the next second, so that a use that extended the key would show in `expiresAt`.
        let next = Date().timeIntervalSince1970.rounded(.down) + 1
        while Date().timeIntervalSince1970 < next { usleep(20_000) }
        for _ in 1...3 { #expect(run(["list", "--no-input"]).status == 0) }
        #expect(try statusJSON()["expiresAt"] as? String == expires, "an absolute timeout")
        #expect(run(["lock"]).status == 0)
    }

    private func statusJSON() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(run(["status", "--json"]).stdout.utf8)) as? [String: Any])
    }

    @Test func lockRevokesTheKey() throws {
        let other = sandbox.file("other/vault.confidant")
        #expect(
            sandbox.run([
                "init", "--vault", other, "--passphrase-file", sandbox.file("pass.txt"), "--kdf-ops", "1", "--kdf-memory", "8KiB",
                "--no-recovery-key",
            ]).status == 0)
        #expect(unlock().status == 0)
        let key = try #require(ring.key(description))
        let locked = run(["lock"])
        #expect(locked.status == 0 && locked.stdout.hasPrefix("Locked"), "\(locked.stdout)")
        #expect(SessionKeyring.isDestroyed(key), "unlinked from everywhere, the kernel destroys it and its payload at once")
        #expect(run(["list", "--no-input"]).status == 64)
        let again = run(["lock"])
        #expect(again.status == 0 && again.stdout.contains("was not unlocked"), "\(again.stdout)")

        #expect(unlock().status == 0 && unlock(vault: other).status == 0)
        SessionKeyring.userKeyringInUse.lock()
        defer { SessionKeyring.userKeyringInUse.unlock() }
        #expect(run(["lock", "--all"]).stdout.contains("Locked 2 vaults"))
        #expect(run(["list", "--no-input"]).status == 64 && run(["list", "--no-input"], vault: other).status == 64)
        #expect(run(["lock", "--all"]).stdout.contains("No vault was unlocked"))
    }

    @Test(arguments: ["passwd", "rekey", "restore"])
    func changingTheKeysRevokesTheKey(_ command: String) throws {
        sandbox.write("new.txt", "a whole new passphrase\n")
        #expect(run(["backup", "--passphrase-file", sandbox.file("pass.txt")]).status == 0)
        #expect(unlock().status == 0)
        let keep = ["--keep-recovery-key", sandbox.file("recovery.txt")]
        let arguments =
            switch command {
            case "passwd": ["passwd", "--new-passphrase-file", sandbox.file("new.txt")] + keep
            case "rekey": ["rekey"] + keep
            default: ["restore", try backups()[0]]
            }
        let changed = run(arguments + ["--passphrase-file", sandbox.file("pass.txt")])
        #expect(changed.status == 0, "\(changed.stderr)")
        #expect(ring.key(description) == nil)
        let asked = run(["list", "--no-input"])
        #expect(asked.status == 64, "\(command) must revoke the kept key: \(asked.stderr)")
    }

    private func backups() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: sandbox.file("data/backups")).map { sandbox.file("data/backups/" + $0) }
    }

    @Test func aSecondVaultIsNotOpenedByTheFirstVaultsKey() throws {
        let second = sandbox.file("second/vault.confidant")
        #expect(
            sandbox.run([
                "init", "--vault", second, "--passphrase-file", sandbox.file("pass.txt"), "--kdf-ops", "1", "--kdf-memory", "8KiB",
                "--no-recovery-key",
            ]).status == 0)
        #expect(unlock().status == 0)
        #expect(run(["list", "--no-input"], vault: second).status == 64, "another path, another key")
        #expect(run(["status"], vault: second).stdout.hasPrefix("Locked"))

        // The second vault put where the first was: the kept key does not open it; it is revoked
        // and the command asks as usual.
        try FileManager.default.removeItem(atPath: sandbox.vault)
        try FileManager.default.copyItem(atPath: second, toPath: sandbox.vault)
        let replaced = run(["list", "--no-input"])
        #expect(replaced.status == 64 && replaced.stderr.contains("no passphrase source"), "\(replaced.stderr)")
        #expect(ring.key(description) == nil, "the stale key is revoked")
        #expect(run(["list", "--passphrase-file", sandbox.file("pass.txt")]).status == 0, "the passphrase still opens it")
    }

    @Test func aTamperedVaultIsRefusedWithTheKeyCached() throws {
        #expect(unlock().status == 0)
        let original = sandbox.bytes(sandbox.vault)
        var bytes = original
        // Damage the checksum notices is refused before the key is tried.
        bytes[bytes.count - 40] ^= 1
        try Data(bytes).write(to: URL(fileURLWithPath: sandbox.vault))
        let damaged = run(["list", "--no-input"])
        #expect(damaged.status == 65 && damaged.stderr.contains("damaged"), "\(damaged.stderr)")
        // A changed body byte with the checksum recomputed, as a deliberate attacker would.
        let body = Array(bytes.dropLast(32))
        let tampered = body + blake2b256(body)
        try Data(tampered).write(to: URL(fileURLWithPath: sandbox.vault))

        let refused = run(["list", "--no-input"])
        #expect(refused.status == 65, "\(refused.stderr)")
        #expect(refused.stderr.contains("do not authenticate"), "\(refused.stderr)")
        #expect(sandbox.bytes(sandbox.vault) == tampered, "nothing written")
        #expect(ring.key(description) == nil, "a key that fails is revoked")
        #expect(run(["list", "--passphrase-file", sandbox.file("pass.txt")]).status == 65, "and the passphrase does no better")
        #expect(unlock().status == 65, "nor does unlocking again")
        #expect(ring.key(description) == nil)
    }

    /// `status` said "Unlocked" for a vault re-keyed in another login, whose kept key
    /// here opens it no more. It compares the key's passphrase slot with the file's.
    @Test func aVaultReKeyedInAnotherLoginShowsLocked() throws {
        #expect(unlock().status == 0)
        sandbox.write("new.txt", "a whole new passphrase\n")
        let elsewhere = sandbox.run(
            [
                "passwd", "--vault", sandbox.vault, "--passphrase-file", sandbox.file("pass.txt"), "--new-passphrase-file",
                sandbox.file("new.txt"), "--keep-recovery-key", sandbox.file("recovery.txt"),
            ],
            through: ["/usr/bin/keyctl", "session", "-"])
        #expect(elsewhere.status == 0, "\(elsewhere.stderr)")
        #expect(elsewhere.stdout.contains("another login"), "\(elsewhere.stdout)")
        let status = run(["status"])
        #expect(status.stdout.hasPrefix("Locked"), "\(status.stdout)")
        #expect(ring.key(description) == nil, "and the stale key is removed")
    }

    @Test func aProcessInANewSessionKeyringDoesNotGetTheKey() throws {
        #expect(unlock().stdout.contains("(session keyring)"))
        #expect(run(["list", "--no-input"]).status == 0)
        let elsewhere = sandbox.run(["list", "--no-input", "--vault", sandbox.vault], through: ["/usr/bin/keyctl", "session", "-"])
        #expect(elsewhere.status == 64, "a new session keyring holds nothing: \(elsewhere.stderr)")
        #expect(run(["lock"]).status == 0)
    }

    @Test func theKeyIsTheVaultsPossessorsAlone() throws {
        #expect(unlock().status == 0)
        let key = try #require(ring.key(description))
        let info = try #require(KernelKeyring.describe(KernelKey(serial: key)))
        #expect(info.type == "user")
        #expect(info.description == description && description.hasPrefix("confidant:v1:"))
        // Possessor: view, read, search; user, group, other: nothing.
        #expect(info.permissions == 0x0b00_0000)
        #expect(info.uid == getuid())
        let security = try String(
            contentsOfFile: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("../../SECURITY.md").path, encoding: .utf8)
        let stated = security.contains("`0x0b000000`")
        #expect(stated, "SECURITY.md states the mask the key has")
        // This process possesses the keyring, as any process of the login session would: it can
        // read the key, but not make it last longer, widen its permissions, replace it or
        // revoke it.
        #expect(keyctl_set_timeout(key, 0) == -1 && errno == EACCES, "no setattr: the timeout stays")
        #expect(keyctl_setperm(key, 0x3f3f_0000) == -1 && errno == EACCES, "no setattr: the mask stays")
        #expect(keyctl_update(key, "x", 1) == -1 && errno == EACCES, "no write: the payload stays")
        #expect(keyctl_revoke(key) == -1 && errno == EACCES, "no revoking either: `lock` unlinks it")
        #expect(run(["lock"]).status == 0)
    }

    @Test func statusNeverAsks() throws {
        let locked = run(["status"])
        #expect(locked.status == 0 && locked.stdout.hasPrefix("Locked:"), "\(locked.stdout)")
        #expect(unlock(["--for", "1h30m"]).stdout.contains("for 1 hour 30 minutes"))
        let unlocked = run(["status"])
        #expect(unlocked.stdout.contains("for 1 hour 30 minutes more"), "\(unlocked.stdout)")
        let json = try statusJSON()
        #expect(json["unlocked"] as? Bool == true && json["keyring"] as? String == "session")
        let left = try #require(json["secondsLeft"] as? Int)
        #expect((5390...5400).contains(left))
        #expect(run(["lock"]).status == 0)
        let after = try statusJSON()
        #expect(after["unlocked"] as? Bool == false && after["secondsLeft"] == nil)

        let none = run(["status"], vault: sandbox.file("nowhere/vault.confidant"))
        #expect(none.status == 66 && none.stderr.contains("no vault at"), "\(none.stderr)")
    }

    @Test func unlockSaysWhenTheKeyringIsUnavailable() throws {
        // A seccomp filter makes add_key, request_key and keyctl fail with ENOSYS, as a
        // container's profile may.
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../Keyring/no-keyring.py").path
        let blocked = { (arguments: [String]) in
            self.sandbox.run(arguments + ["--vault", self.sandbox.vault], through: ["/usr/bin/python3", script])
        }
        let unlock = blocked(["unlock", "--passphrase-file", sandbox.file("pass.txt")])
        #expect(unlock.status == 69, "\(unlock.stderr)")
        let lines = unlock.stderr.split(separator: "\n")
        #expect(lines.count == 2 && lines[0].contains("kernel keyring cannot be used here") && lines[1].hasPrefix("hint:"), "\(unlock.stderr)")
        let list = blocked(["list", "--passphrase-file", sandbox.file("pass.txt")])
        #expect(list.status == 0 && list.stderr.isEmpty, "every other command works, silently: \(list.stderr)")
        #expect(blocked(["add", "Sam", "--relationship", "partner", "--no-input", "--passphrase-file", sandbox.file("pass.txt")]).status == 0)
        let status = blocked(["status"])
        #expect(status.status == 0 && status.stdout.contains("not available here"), "\(status.stdout)")
        #expect(blocked(["lock"]).status == 0 && blocked(["lock", "--all"]).status == 0)
        #expect(
            blocked([
                "passwd", "--passphrase-file", sandbox.file("pass.txt"), "--new-passphrase-file",
                sandbox.write("new.txt", "another long passphrase\n"),
                "--keep-recovery-key", sandbox.file("recovery.txt"),
            ]).status == 0)
    }

    @Test(arguments: [
        ("10h", "longer than the 8h maximum"), ("8h1s", "longer than the 8h maximum"), ("banana", "not \"banana\""),
        ("15", "--for 15 needs a unit: 15m for minutes"), ("0s", "not \"0s\""), ("m15", "not \"m15\""), ("5s1h", "not \"5s1h\""),
    ])
    func unlockRefusesDurationsItCannotKeep(_ duration: String, _ message: String) {
        let refused = unlock(["--for", duration])
        #expect(refused.status == 64, "\(refused.stderr)")
        #expect(refused.stderr.contains(message), "\(refused.stderr)")
        #expect(ring.key(description) == nil)
    }
}
