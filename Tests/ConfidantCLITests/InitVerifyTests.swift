import Foundation
import Sodium
import Testing
import Vault

/// `init`, `verify` and `passwd` through the built binary, on real files.
@Suite struct InitVerifyTests {
    let sandbox = Sandbox()

    private func mode(_ path: String) -> mode_t {
        var info = stat()
        stat(path, &info)
        return info.st_mode & 0o777
    }

    private func verify(_ extra: [String] = ["--passphrase-file"], _ file: String? = nil) -> Outcome {
        sandbox.run(["verify", "--vault", sandbox.vault] + extra + [file ?? sandbox.file("pass.txt")])
    }

    @Test func initThenVerify() {
        let created = sandbox.makeVault()
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("Created the vault"))
        #expect(created.stderr.contains("weaker than libsodium's interactive"))
        #expect(mode(sandbox.vault) == 0o600)
        #expect(mode(sandbox.file("data")) == 0o700)
        #expect(mode(sandbox.file("recovery.txt")) == 0o600)
        let verified = verify()
        #expect(verified.status == 0, "\(verified.stderr)")
        #expect(verified.stdout.contains("intact and opens"))
        #expect(verify(["--recovery-key-file"], sandbox.file("recovery.txt")).status == 0)
    }

    /// Checking a copy leaves nothing beside it (no `.lock`, no last-seen entry).
    @Test func aVaultNamedByOneLetterInTheCurrentFolderOpens() {
        // `--vault V` crashed every command after init (Foundation's path methods, exit 70).
        sandbox.write("pass.txt", "correct horse battery\n")
        let here = ["/bin/sh", "-c", "cd \"$CONFIDANT_TEST_DIR\" && exec \"$0\" \"$@\""]
        let environment = ["CONFIDANT_TEST_DIR": sandbox.path]
        let created = sandbox.run(
            [
                "init", "--vault", "V", "--passphrase-file", "pass.txt", "--kdf-ops", "1", "--kdf-memory", "8KiB",
                "--no-recovery-key",
            ], environment: environment, through: here)
        #expect(created.status == 0, "\(created.stderr)")
        for command in [["list"], ["add", "Sam", "--relationship", "partner", "--no-input"], ["verify", "V"], ["backup"]] {
            let outcome = sandbox.run(command + ["--vault", "V", "--passphrase-file", "pass.txt"], environment: environment, through: here)
            #expect(outcome.status == 0, "\(command): \(outcome.stderr)")
        }
    }

    @Test func verifyingACopyLeavesNothingBehind() throws {
        sandbox.makeVault()
        #expect(sandbox.cli(["add", "Sam", "--relationship", "partner", "--no-input"]).status == 0)
        let generations = sandbox.file("data/generations")
        let before = try FileManager.default.contentsOfDirectory(atPath: generations).sorted()
        let state = sandbox.bytes(sandbox.file(".local/state/confidant/last-seen"))
        let checked = sandbox.cli(["verify", generations + "/" + before[0]])
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(sandbox.bytes(sandbox.file(".local/state/confidant/last-seen")) == state)
        // Opened as a vault with --vault, a copy is read without creating a lock file beside it.
        let listed = sandbox.cli(["list", "--vault", generations + "/" + before[0]])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: generations).sorted() == before)
    }

    @Test func initPrintsTheRecoveryKeyOnceWhenNoFileIsGiven() throws {
        sandbox.write("pass.txt", "correct horse battery\n")
        let created = sandbox.run([
            "init", "--vault", sandbox.vault, "--passphrase-file", sandbox.file("pass.txt"), "--kdf-ops", "1", "--kdf-memory", "8KiB",
        ])
        #expect(created.status == 0)
        let key = try #require(created.stdout.split(separator: "\n").first { $0.hasPrefix("    ") }).trimmingCharacters(in: .whitespaces)
        #expect(key.count == 66)
        sandbox.write("key.txt", key)
        #expect(verify(["--recovery-key-file"], sandbox.file("key.txt")).status == 0)
        #expect(!FileManager.default.fileExists(atPath: sandbox.file("recovery.txt")))
    }

    @Test func verifyJSONIsStable() throws {
        sandbox.makeVault()
        let outcome = sandbox.run(["verify", "--vault", sandbox.vault, "--passphrase-file", sandbox.file("pass.txt"), "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        #expect(json["ok"] as? Bool == true)
        #expect(json["format"] as? Int == 1)
        #expect(json["schema"] as? Int == 4)
        #expect(json["recoveryKeySlot"] as? Bool == true)
        #expect((json["argon2id"] as? [String: Any])?["memoryKiB"] as? Int == 8)
    }

    @Test func aWrongPassphraseIs77AndChangesNothing() {
        sandbox.makeVault()
        let before = sandbox.bytes(sandbox.vault)
        sandbox.write("wrong.txt", "not the passphrase\n")
        let outcome = verify(["--passphrase-file"], sandbox.file("wrong.txt"))
        #expect(outcome.status == 77)
        #expect(outcome.stderr.contains("wrong passphrase"))
        #expect(!outcome.stderr.contains("not the passphrase"))
        #expect(sandbox.bytes(sandbox.vault) == before)
        sandbox.write("badkey.txt", "AAAA-BBBB\n")
        #expect(verify(["--recovery-key-file"], sandbox.file("badkey.txt")).status == 77)
    }

    /// `passwd` kept the master key, so the old passphrase with any copy
    /// made before the change unwrapped a key that opened (and could forge) the vault after it.
    @Test func passwdLocksOutTheOldPassphrase() throws {
        sandbox.makeVault()
        sandbox.cli(["add", "Sam", "--relationship", "partner"])
        #expect(sandbox.cli(["backup"]).status == 0)
        let before = try SealedVault.parse(sandbox.bytes(sandbox.vault))
        let oldKey = try before.open(with: .passphrase(Passphrase.normalized(SecureBytes(copying: Array("correct horse battery".utf8)))))
        sandbox.write("new.txt", "a brand new passphrase\n")
        let changed = sandbox.run([
            "passwd", "--vault", sandbox.vault, "--passphrase-file", sandbox.file("pass.txt"),
            "--new-passphrase-file", sandbox.file("new.txt"), "--keep-recovery-key", sandbox.file("recovery.txt"),
        ])
        #expect(changed.status == 0, "\(changed.stderr)")
        #expect(changed.stderr.contains("1 backup in backups/ still open"))
        #expect(verify().status == 77)
        #expect(verify(["--passphrase-file"], sandbox.file("new.txt")).status == 0)
        #expect(verify(["--recovery-key-file"], sandbox.file("recovery.txt")).status == 0)
        // The old master key, taken from a copy made before the change, opens neither the vault
        // nor any generation kept beside it.
        #expect(throws: VaultError.keysChanged) { try oldKey.reopen(SealedVault.parse(sandbox.bytes(sandbox.vault))) }
        let generations = try FileManager.default.contentsOfDirectory(atPath: sandbox.file("data/generations"))
        #expect(!generations.isEmpty)
        for name in generations {
            let copy = try SealedVault.parse(sandbox.bytes(sandbox.file("data/generations/" + name)))
            #expect(throws: VaultError.self) { try oldKey.reopen(copy) }
            #expect(throws: VaultError.self) {
                try copy.open(with: .passphrase(Passphrase.normalized(SecureBytes(copying: Array("correct horse battery".utf8)))))
            }
        }
    }

    @Test func passwdSaysWhatBecomesOfTheRecoveryKey() {
        sandbox.makeVault()
        sandbox.write("new.txt", "a brand new passphrase\n")
        let base = [
            "passwd", "--vault", sandbox.vault, "--passphrase-file", sandbox.file("pass.txt"), "--new-passphrase-file", sandbox.file("new.txt"),
        ]
        let before = sandbox.bytes(sandbox.vault)
        let unsaid = sandbox.run(base)
        #expect(unsaid.status == 64 && unsaid.stderr.contains("--keep-recovery-key"), "\(unsaid.stderr)")
        #expect(sandbox.bytes(sandbox.vault) == before)
        sandbox.write("wrong-key.txt", "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-A\n")
        #expect(sandbox.run(base + ["--keep-recovery-key", sandbox.file("wrong-key.txt")]).status == 77)
        #expect(sandbox.bytes(sandbox.vault) == before)

        let replaced = sandbox.run(base + ["--new-recovery-key-file", sandbox.file("recovery2.txt")])
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(verify(["--recovery-key-file"], sandbox.file("recovery.txt")).status == 77)
        #expect(verify(["--recovery-key-file"], sandbox.file("recovery2.txt")).status == 0)

        let dropped = sandbox.run([
            "passwd", "--vault", sandbox.vault, "--passphrase-file", sandbox.file("new.txt"),
            "--new-passphrase-file", sandbox.file("pass.txt"), "--no-recovery-key",
        ])
        #expect(dropped.status == 0 && dropped.stdout.contains("no recovery key"))
        #expect(verify(["--recovery-key-file"], sandbox.file("recovery2.txt")).status == 77)
    }

    @Test func rekeyKeepsThePassphraseAndCanStrengthenTheKDF() throws {
        sandbox.makeVault()
        let oldKey = try SealedVault.parse(sandbox.bytes(sandbox.vault))
            .open(with: .passphrase(Passphrase.normalized(SecureBytes(copying: Array("correct horse battery".utf8)))))
        let outcome = sandbox.run([
            "rekey", "--vault", sandbox.vault, "--passphrase-file", sandbox.file("pass.txt"),
            "--keep-recovery-key", sandbox.file("recovery.txt"), "--kdf-ops", "2", "--kdf-memory", "16KiB",
        ])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("2 passes × 16 KiB"))
        #expect(verify().status == 0)
        #expect(throws: VaultError.keysChanged) { try oldKey.reopen(SealedVault.parse(sandbox.bytes(sandbox.vault))) }
        let byRecovery = sandbox.run(["rekey", "--vault", sandbox.vault, "--recovery-key-file", sandbox.file("recovery.txt"), "--no-recovery-key"])
        #expect(byRecovery.status == 64 && byRecovery.stderr.contains("passwd"))
    }

    @Test func passwdRefusesAShortPassphraseAndChangesNothing() {
        sandbox.makeVault()
        let before = sandbox.bytes(sandbox.vault)
        sandbox.write("short.txt", "short\n")
        let outcome = sandbox.run([
            "passwd", "--vault", sandbox.vault, "--passphrase-file", sandbox.file("pass.txt"),
            "--new-passphrase-file", sandbox.file("short.txt"),
        ])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("several words"))
        #expect(sandbox.bytes(sandbox.vault) == before)
    }

    /// The passphrase the vault has now is refused as the new one.
    @Test func passwdRefusesTheSamePassphrase() {
        sandbox.makeVault()
        let before = sandbox.bytes(sandbox.vault)
        let outcome = sandbox.run([
            "passwd", "--vault", sandbox.vault, "--passphrase-file", sandbox.file("pass.txt"),
            "--new-passphrase-file", sandbox.file("pass.txt"), "--keep-recovery-key", sandbox.file("recovery.txt"),
        ])
        #expect(outcome.status == 64 && outcome.stderr.contains("the one the vault has now"), "\(outcome.stderr)")
        #expect(sandbox.bytes(sandbox.vault) == before)
    }

    /// A world-writable passphrase file was accepted. Whoever can write
    /// it chooses the passphrase we use, so it is refused; one others can read gets a warning.
    @Test func secretFilesMustBeYoursAlone() {
        sandbox.makeVault()
        chmod(sandbox.file("pass.txt"), 0o666)
        let writable = verify()
        #expect(writable.status == 64 && writable.stderr.contains("other users can change"), "\(writable.stderr)")
        chmod(sandbox.file("pass.txt"), 0o644)
        let readable = verify()
        #expect(readable.status == 0 && readable.stderr.contains("other users can read"))
        chmod(sandbox.file("pass.txt"), 0o600)
        #expect(chown(sandbox.file("pass.txt"), 65534, 65534) == 0)
        let foreign = verify()
        #expect(foreign.status == 64 && foreign.stderr.contains("belongs to another user"))
        chmod(sandbox.file("recovery.txt"), 0o622)
        #expect(verify(["--recovery-key-file"], sandbox.file("recovery.txt")).status == 64)
    }

    @Test func initOverAnExistingVaultIs73AndChangesNothing() {
        sandbox.makeVault()
        let before = sandbox.bytes(sandbox.vault)
        let again = sandbox.run([
            "init", "--vault", sandbox.vault, "--passphrase-file", sandbox.file("pass.txt"), "--kdf-ops", "1", "--kdf-memory", "8KiB",
            "--no-recovery-key",
        ])
        #expect(again.status == 73)
        #expect(again.stderr.contains("already exists"))
        #expect(sandbox.bytes(sandbox.vault) == before)
    }

    @Test func aMissingVaultIs66() {
        sandbox.write("pass.txt", "correct horse battery\n")
        let outcome = verify()
        #expect(outcome.status == 66)
        #expect(outcome.stderr.contains("confidant init"))
    }

    @Test func noPassphraseSourceAndNoTerminalIs64() {
        sandbox.makeVault()
        let outcome = sandbox.run(["verify", "--vault", sandbox.vault])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("--passphrase-file"))
        #expect(outcome.stderr.contains("CONFIDANT_PASSPHRASE_COMMAND"))
    }

    @Test func passphraseSourcesApplyInTheDesignedOrder() {
        sandbox.makeVault()
        sandbox.write("wrong.txt", "not the passphrase\n")
        let vault = ["verify", "--vault", sandbox.vault]
        #expect(sandbox.run(vault, environment: ["CONFIDANT_PASSPHRASE_FILE": sandbox.file("pass.txt")]).status == 0)
        #expect(sandbox.run(vault, environment: ["CONFIDANT_PASSPHRASE_COMMAND": "echo correct horse battery"]).status == 0)
        #expect(sandbox.run(vault, environment: ["CONFIDANT_PASSPHRASE_COMMAND": "exit 3"]).status == 64)
        // --passphrase-file wins over the environment, which wins over the recovery key.
        #expect(
            sandbox.run(
                vault + ["--passphrase-file", sandbox.file("wrong.txt")],
                environment: ["CONFIDANT_PASSPHRASE_FILE": sandbox.file("pass.txt")]
            ).status == 77)
        #expect(
            sandbox.run(
                vault + ["--recovery-key-file", sandbox.file("recovery.txt")],
                environment: ["CONFIDANT_PASSPHRASE_FILE": sandbox.file("wrong.txt")]
            ).status == 77)
        #expect(
            sandbox.run(vault, environment: ["CONFIDANT_VAULT": sandbox.vault, "CONFIDANT_PASSPHRASE_FILE": sandbox.file("pass.txt")]).status == 0)
    }

    @Test func theDefaultVaultFollowsXDG() {
        sandbox.write("pass.txt", "correct horse battery\n")
        let environment = ["XDG_DATA_HOME": sandbox.file("xdg")]
        let created = sandbox.run(
            ["init", "--passphrase-file", sandbox.file("pass.txt"), "--kdf-ops", "1", "--kdf-memory", "8KiB", "--no-recovery-key"],
            environment: environment)
        #expect(created.status == 0)
        #expect(FileManager.default.fileExists(atPath: sandbox.file("xdg/confidant/vault.confidant")))
        #expect(sandbox.run(["verify", "--passphrase-file", sandbox.file("pass.txt")], environment: environment).status == 0)
    }

    @Test(arguments: [["--kdf-memory", "64GiB"], ["--kdf-memory", "lots"], ["--kdf-ops", "0"], ["--kdf-time", "-1s"], ["--kdf-time", "2h"]])
    func absurdInitSettingsAreUsageErrors(flags: [String]) {
        sandbox.write("pass.txt", "correct horse battery\n")
        let outcome = sandbox.run(["init", "--vault", sandbox.vault, "--passphrase-file", sandbox.file("pass.txt")] + flags)
        #expect(outcome.status == 64)
        #expect(!FileManager.default.fileExists(atPath: sandbox.vault))
    }
}
