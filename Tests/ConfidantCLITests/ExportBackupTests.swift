import Age
import Confidant
import Foundation
import Sodium
import Testing

/// Locked exports, imports, backups and restores through the binary.
@Suite struct ExportBackupTests {
    let sandbox = Sandbox()

    init() {
        sandbox.makeVault()
        sandbox.cli(["add", "Sam Okafor", "--relationship", "partner", "--note", "café ☕"])
        sandbox.cli(["agree", "sam", "--status", "agreed", "--limit", "not after 10pm", "--on", "2026-03-02"])
        sandbox.cli(["add", "Priya", "--relationship", "supervisor"])
        sandbox.cli(["share", "priya", "--add-topic", "my-health", "--meaning", "my health", "--never", "my-health"])
        sandbox.cli(["terms", "add", "Darren Pike", "AB123456"])
        sandbox.write("export-pass.txt", "export passphrase words\n")
    }

    private func exportDocument(_ path: String) throws -> [String: Any] {
        var source = MemorySource(sandbox.bytes(path)), sink = MemorySink()
        let passphrase = try SecureBytes(copying: Array("export passphrase words".utf8))
        try AgeFile.decrypt(from: &source, to: &sink, identities: [ScryptIdentity(passphrase: passphrase)])
        return try #require(try JSONSerialization.jsonObject(with: Data(sink.bytes)) as? [String: Any])
    }

    private func export(_ name: String, extra: [String] = []) -> Outcome {
        sandbox.cli(["export", "--out", sandbox.file(name), "--export-passphrase-file", sandbox.file("export-pass.txt")] + extra)
    }

    @Test func exportThenImportIntoAFreshVaultGivesTheSameDocument() throws {
        #expect(export("a.age").status == 0)
        let original = try exportDocument(sandbox.file("a.age"))
        #expect(original["format"] as? String == "confidant-export")
        #expect(original["version"] as? Int == 1)
        let fresh = Sandbox()
        fresh.makeVault()
        let unaccepted = fresh.cli(["import", sandbox.file("a.age"), "--export-passphrase-file", sandbox.file("export-pass.txt"), "--replace"])
        #expect(unaccepted.status == 64 && unaccepted.stderr.contains("not made by this vault"), "\(unaccepted.stderr)")
        let imported = fresh.cli([
            "import", sandbox.file("a.age"), "--export-passphrase-file", sandbox.file("export-pass.txt"), "--replace",
            "--accept-foreign",
        ])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(fresh.cli(["export", "--out", fresh.file("b.age"), "--export-passphrase-file", sandbox.file("export-pass.txt")]).status == 0)
        let copy = try exportDocument(fresh.file("b.age"))
        var left = try #require(original["vault"] as? [String: Any]), right = try #require(copy["vault"] as? [String: Any])
        // The copy's log has one more entry: the import itself.
        let leftEvents = left.removeValue(forKey: "events") as? [[String: Any]] ?? []
        let rightEvents = right.removeValue(forKey: "events") as? [[String: Any]] ?? []
        #expect(NSDictionary(dictionary: left) == NSDictionary(dictionary: right))
        #expect(rightEvents.count == leftEvents.count + 1)
        #expect(rightEvents.last?["kind"] as? String == "imported")
    }

    /// As the adversarial review did it: knowing only the age public key, write an
    /// export with Sam's id, an `updatedAt` an hour ahead, every topic set to share, his agreement
    /// history gone and the protected terms cleared. It used to import as "1 updated".
    @Test func aForgedExportCannotRewriteYourRecords() throws {
        let identity = try X25519Identity.generate()
        sandbox.write("key.txt", identity.secretText() + "\n")
        #expect(sandbox.cli(["export", "--out", sandbox.file("real.age"), "--recipient", identity.recipient.text]).status == 0)
        var source = MemorySource(sandbox.bytes(sandbox.file("real.age"))), sink = MemorySink()
        try AgeFile.decrypt(from: &source, to: &sink, identities: [identity])
        var export = try #require(try JSONSerialization.jsonObject(with: Data(sink.bytes)) as? [String: Any])
        var vault = try #require(export["vault"] as? [String: Any])
        var supporters = try #require(vault["supporters"] as? [[String: Any]])
        let sam = try #require(supporters.firstIndex { $0["name"] as? String == "Sam Okafor" })
        supporters[sam]["updatedAt"] = Timestamp.format(Date().addingTimeInterval(3600))
        supporters[sam]["agreements"] = [[String: Any]]()
        supporters[sam]["sharing"] = Dictionary(uniqueKeysWithValues: ["case-details", "identities", "offence-details"].map { ($0, "share") })
        vault["supporters"] = supporters
        vault["terms"] = [[String: Any]]()
        export["vault"] = vault
        sandbox.write("forged.json", String(decoding: try JSONSerialization.data(withJSONObject: export), as: UTF8.self))
        let encrypted = InteropRun.run([
            "/bin/sh", "-c", "/usr/bin/age -r \(identity.recipient.text) -o \(sandbox.file("forged.age")) \(sandbox.file("forged.json"))",
        ])
        #expect(encrypted.status == 0)
        let before = sandbox.bytes(sandbox.vault)
        let importing = ["import", sandbox.file("forged.age"), "--identity", sandbox.file("key.txt"), "--replace"]

        let plain = sandbox.cli(importing)
        #expect(plain.status == 64 && plain.stderr.contains("not made by this vault"), "\(plain.stderr)")
        #expect(plain.stderr.contains("Sam Okafor would be told more: case-details would go from never to share"))
        #expect(plain.stderr.contains("agreement record with Sam Okafor would be gone"))
        #expect(plain.stderr.contains("the protected term \"Darren Pike\" would be removed"))
        let foreignOnly = sandbox.cli(importing + ["--accept-foreign"])
        #expect(foreignOnly.status == 64 && foreignOnly.stderr.contains("would weaken"), "\(foreignOnly.stderr)")
        #expect(sandbox.bytes(sandbox.vault) == before, "the vault changed")
        #expect(sandbox.cli(["check", "sam", "--draft", "-"], input: "Darren Pike again").status == 1)

        // An export dated far ahead is refused whatever is accepted.
        supporters[sam]["updatedAt"] = "2099-01-01T00:00:00Z"
        vault["supporters"] = supporters
        export["vault"] = vault
        sandbox.write("late.json", String(decoding: try JSONSerialization.data(withJSONObject: export), as: UTF8.self))
        #expect(
            InteropRun.run([
                "/bin/sh", "-c", "/usr/bin/age -r \(identity.recipient.text) -o \(sandbox.file("late.age")) \(sandbox.file("late.json"))",
            ]).status == 0)
        let late = sandbox.cli(["import", sandbox.file("late.age"), "--identity", sandbox.file("key.txt"), "--accept-foreign", "--accept-weakening"])
        #expect(late.status == 65 && late.stderr.contains("in the future"), "\(late.stderr)")
        #expect(sandbox.bytes(sandbox.vault) == before, "the vault changed")

        // The vault's own export imports without any flag.
        #expect(sandbox.cli(["import", sandbox.file("real.age"), "--identity", sandbox.file("key.txt")]).status == 0)
    }

    @Test func anImportLargerThanAnyExportIsRefusedUnread() {
        let path = sandbox.file("huge.age")
        _ = FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
        #expect(truncate(path, off_t(ExportDocument.maximumFileBytes + 1)) == 0)
        let outcome = sandbox.cli(["import", path, "--export-passphrase-file", sandbox.file("export-pass.txt")])
        #expect(outcome.status == 64 && outcome.stderr.contains("larger than any export"))
    }

    @Test func importMergesByIDAndDryRunWritesNothing() throws {
        #expect(export("a.age").status == 0)
        sandbox.cli(["edit", "sam", "--availability", "evenings"])
        sandbox.cli(["add", "Dev", "--relationship", "friend"])
        let before = sandbox.bytes(sandbox.vault)
        let dry = sandbox.cli(["import", sandbox.file("a.age"), "--export-passphrase-file", sandbox.file("export-pass.txt"), "--dry-run"])
        #expect(dry.status == 0)
        #expect(dry.stdout.contains("Would have: supporters: 0 added, 0 updated, 2 left alone."))
        #expect(sandbox.bytes(sandbox.vault) == before, "the vault changed")
        let replaced = try #require(
            sandbox.json([
                "import", sandbox.file("a.age"), "--export-passphrase-file", sandbox.file("export-pass.txt"),
                "--replace", "--dry-run",
            ]) as? [String: Any])
        #expect((replaced["supporters"] as? [String: Int])?["removed"] == 1)
        #expect(sandbox.bytes(sandbox.vault) == before, "the vault changed")
    }

    @Test func aTamperedExportIs65AndNothingIsMerged() throws {
        #expect(export("a.age").status == 0)
        var bytes = sandbox.bytes(sandbox.file("a.age"))
        bytes[bytes.count - 20] ^= 0x01
        _ = FileManager.default.createFile(atPath: sandbox.file("tampered.age"), contents: Data(bytes))
        let other = Sandbox()
        other.makeVault()
        let before = other.bytes(other.vault)
        let outcome = other.cli(["import", sandbox.file("tampered.age"), "--export-passphrase-file", sandbox.file("export-pass.txt")])
        #expect(outcome.status == 65, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("nothing was imported"))
        #expect(other.bytes(other.vault) == before)
    }

    @Test func theWrongPassphraseOrIdentityIs77() throws {
        #expect(export("a.age").status == 0)
        let identity = try X25519Identity.generate(), stranger = try X25519Identity.generate()
        #expect(sandbox.cli(["export", "--out", sandbox.file("k.age"), "--recipient", identity.recipient.text, "--armor"]).status == 0)
        let before = sandbox.bytes(sandbox.vault)
        sandbox.write("wrong.txt", "not the export passphrase\n")
        #expect(sandbox.cli(["import", sandbox.file("a.age"), "--export-passphrase-file", sandbox.file("wrong.txt")]).status == 77)
        sandbox.write("stranger.txt", stranger.secretText() + "\n")
        #expect(sandbox.cli(["import", sandbox.file("k.age"), "--identity", sandbox.file("stranger.txt")]).status == 77)
        sandbox.write("right.txt", "# mine\n" + identity.secretText() + "\n")
        #expect(sandbox.cli(["import", sandbox.file("k.age"), "--identity", sandbox.file("right.txt"), "--dry-run"]).status == 0)
        #expect(sandbox.bytes(sandbox.vault) == before, "the vault changed")
    }

    @Test func exportsAreNewFilesOnly() {
        #expect(export("a.age").status == 0)
        var info = stat()
        stat(sandbox.file("a.age"), &info)
        #expect(info.st_mode & 0o777 == 0o600)
        let again = export("a.age")
        #expect(again.status == 73)
        #expect(export("a.age", extra: ["--force"]).status == 0)
        #expect(sandbox.cli(["export", "--out", sandbox.file("x.age")]).status == 64)
        #expect(sandbox.cli(["export", "--out", sandbox.file("x.age"), "--recipient", "age1notakey"]).status == 64)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/age"), "needs Debian's age; CI installs it"))
    func theAgeBinaryReadsAnExport() throws {
        let identity = try X25519Identity.generate()
        sandbox.write("key.txt", identity.secretText() + "\n")
        #expect(sandbox.cli(["export", "--out", sandbox.file("k.age"), "--recipient", identity.recipient.text]).status == 0)
        let result = InteropRun.run(["/usr/bin/age", "-d", "-i", sandbox.file("key.txt"), sandbox.file("k.age")])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output)) as? [String: Any])
        #expect(json["format"] as? String == "confidant-export")
        #expect(((json["vault"] as? [String: Any])?["supporters"] as? [Any])?.count == 2)
    }

    @Test func backupsVerifyAndADamagedOneIsRefused() throws {
        let made = sandbox.cli(["backup"])
        #expect(made.status == 0)
        #expect(made.stdout.contains("verified"))
        sandbox.write("new.txt", "a changed passphrase\n")
        let second = sandbox.cli(["backup", "--to", sandbox.file("elsewhere")])
        #expect(second.status == 0)
        let backups = try #require(FileManager.default.contentsOfDirectory(atPath: sandbox.file("data/backups")).first)
        let path = sandbox.file("data/backups/" + backups)
        let listed = try #require(sandbox.json(["backups"]) as? [[String: Any]])
        #expect(listed.count == 1 && listed[0]["verifies"] as? Bool == true)

        var bytes = sandbox.bytes(path)
        bytes[300] ^= 0x04
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        let damaged = try #require(sandbox.json(["backups"]) as? [[String: Any]])
        #expect(damaged[0]["verifies"] as? Bool == false)
        #expect(sandbox.cli(["verify", path]).status == 65)
        let before = sandbox.bytes(sandbox.vault)
        let refused = sandbox.cli(["restore", path])
        #expect(refused.status == 65)
        #expect(sandbox.bytes(sandbox.vault) == before, "the vault changed")
    }

    @Test func restoreKeepsWhatItReplaces() throws {
        #expect(sandbox.cli(["backup"]).status == 0)
        let path = sandbox.file("data/backups/" + (try #require(FileManager.default.contentsOfDirectory(atPath: sandbox.file("data/backups")).first)))
        sandbox.cli(["remove", "priya"])
        let current = sandbox.bytes(sandbox.vault)
        #expect(sandbox.cli(["restore", path]).status == 0)
        #expect((sandbox.json(["list"]) as? [Any])?.count == 2)
        let kept = try FileManager.default.contentsOfDirectory(atPath: sandbox.file("data/generations")).map {
            sandbox.bytes(sandbox.file("data/generations/" + $0))
        }
        #expect(kept.contains(current))
    }

    /// Restoring a copy made before `passwd` wrote the copy's key slots,
    /// so the current passphrase stopped working and the old one worked again, with exit 0.
    @Test func restoreDoesNotBringBackTheOldPassphrase() throws {
        #expect(sandbox.cli(["backup"]).status == 0)
        let path = sandbox.file("data/backups/" + (try #require(FileManager.default.contentsOfDirectory(atPath: sandbox.file("data/backups")).first)))
        let listed = try #require(sandbox.json(["backups"]) as? [[String: Any]])
        #expect(listed.first?["verifies"] as? Bool == true)
        sandbox.write("old.txt", String(decoding: sandbox.bytes(sandbox.file("pass.txt")), as: UTF8.self))
        sandbox.write("new.txt", "a changed passphrase\n")
        #expect(sandbox.cli(["passwd", "--new-passphrase-file", sandbox.file("new.txt"), "--no-recovery-key"]).status == 0)
        sandbox.write("pass.txt", "a changed passphrase\n")
        sandbox.cli(["remove", "priya"])
        let older = try #require(sandbox.json(["backups"]) as? [[String: Any]])
        #expect(older.first?["verifies"] as? Bool == false)
        #expect((older.first?["problem"] as? String)?.contains("older keys") == true)

        // The copy does not open with the current key: its own passphrase is asked for, never
        // taken from the vault's sources.
        let unasked = sandbox.cli(["restore", path])
        #expect(unasked.status == 64 && unasked.stderr.contains("--copy-passphrase-file"), "\(unasked.stderr)")
        let restored = sandbox.cli(["restore", path, "--copy-passphrase-file", sandbox.file("old.txt")])
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect((sandbox.json(["list"]) as? [Any])?.count == 2)
        #expect(sandbox.run(["verify", "--vault", sandbox.vault, "--passphrase-file", sandbox.file("old.txt")]).status == 77)
        #expect(sandbox.run(["verify", "--vault", sandbox.vault, "--passphrase-file", sandbox.file("new.txt")]).status == 0)
    }

    /// The review's forged signed export. Someone holding a copy made before
    /// `passwd` and its old passphrase signed an export with the export key in it, and it imported
    /// as "made by this vault", without a prompt. The key is new after `passwd`: such an export is
    /// foreign now, and is refused without consent.
    @Test func anOldCopyCannotSignAnExportAfterPasswd() throws {
        let old = sandbox.file("old-copy.confidant")
        FileManager.default.createFile(atPath: old, contents: Data(sandbox.bytes(sandbox.vault)), attributes: [.posixPermissions: 0o600])
        sandbox.write("old.txt", String(decoding: sandbox.bytes(sandbox.file("pass.txt")), as: UTF8.self))
        sandbox.write("new.txt", "a changed passphrase\n")
        #expect(sandbox.cli(["passwd", "--new-passphrase-file", sandbox.file("new.txt"), "--no-recovery-key"]).status == 0)
        sandbox.write("pass.txt", "a changed passphrase\n")
        let forged = sandbox.run([
            "export", "--vault", old, "--passphrase-file", sandbox.file("old.txt"), "--out", sandbox.file("forged.age"),
            "--export-passphrase-file", sandbox.file("export-pass.txt"),
        ])
        #expect(forged.status == 0, "\(forged.stderr)")
        let before = sandbox.bytes(sandbox.vault)
        let imported = sandbox.cli(["import", sandbox.file("forged.age"), "--export-passphrase-file", sandbox.file("export-pass.txt")])
        #expect(imported.status != 0 && imported.stderr.contains("not made by this vault"), "\(imported.status) \(imported.stderr)")
        #expect(sandbox.bytes(sandbox.vault) == before)
        // An export made now, by the vault itself, is still its own.
        #expect(export("own.age").status == 0)
        let own = sandbox.cli(["import", sandbox.file("own.age"), "--export-passphrase-file", sandbox.file("export-pass.txt"), "--dry-run"])
        #expect(own.status == 0 && !own.stderr.contains("not made by this vault"), "\(own.stderr)")
    }

    /// An imported check-in note goes through the check `checkin` makes, here:
    /// one naming a protected term of this vault is refused, nothing imported.
    @Test func anImportedCheckInNoteNamingAProtectedTermIsRefused() throws {
        let other = Sandbox()
        other.makeVault()
        #expect(other.cli(["checkin", "--impact-on-me", "2", "--note", "-"], input: "talked it over with Kim Baker, feel lighter\n").status == 0)
        other.write("export-pass.txt", "export passphrase words\n")
        #expect(other.cli(["export", "--out", other.file("a.age"), "--export-passphrase-file", other.file("export-pass.txt")]).status == 0)
        #expect(sandbox.cli(["terms", "add", "--kind", "client", "-"], input: "Kim Baker\n").status == 0)
        let before = sandbox.bytes(sandbox.vault)
        let imported = sandbox.cli(["import", other.file("a.age"), "--export-passphrase-file", other.file("export-pass.txt"), "--accept-foreign"])
        #expect(imported.status == 65 && imported.stderr.contains("check-in note"), "\(imported.stderr)")
        #expect(sandbox.bytes(sandbox.vault) == before)
    }
}

/// Runs a program and collects its stdout.
enum InteropRun {
    static func run(_ arguments: [String]) -> (status: Int32, output: [UInt8]) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        let stdout = Pipe()
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return (127, []) }
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, Array(output))
    }
}

/// Backups beside the vault share its disk; `backup`, `backups` and `review` say so.
@Suite struct BackupDiskTests {
    let sandbox = Sandbox()

    @Test func backupsOnTheVaultsDiskAreNamedAsSuch() throws {
        sandbox.makeVault()
        let review = { (self.sandbox.json(["review"]) as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String } }
        #expect(review().contains("backups-on-vault-disk"), "no backup at all is raised")
        let line = (sandbox.json(["review"]) as? [[String: Any]] ?? []).first { $0["kind"] as? String == "backups-on-vault-disk" }
        #expect(line?["command"] as? String == "confidant backup")
        let made = sandbox.cli(["backup"])
        #expect(made.status == 0 && made.stderr.contains("same disk as the vault"), "\(made.stderr)")
        let rows = try #require(sandbox.json(["backups"]) as? [[String: Any]])
        #expect(rows.first?["onVaultDisk"] as? Bool == true)
        #expect(review().contains("backups-on-vault-disk"))
    }

    @Test(.enabled(if: WriteSafetyTests.canMount, "mounting a tmpfs needs root (CI runs as root)"))
    func aBackupOnAnotherDiskSettlesIt() throws {
        sandbox.makeVault()
        let disk = sandbox.file("data/backups")
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        #expect(mountTmpfs(at: disk, size: "1m"))
        defer { umount(disk) }
        let made = sandbox.cli(["backup"])
        #expect(made.status == 0 && !made.stderr.contains("same disk"), "\(made.stderr)")
        let rows = try #require(sandbox.json(["backups"]) as? [[String: Any]])
        #expect(rows.first?["onVaultDisk"] as? Bool == false)
        let kinds = (sandbox.json(["review"]) as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String }
        #expect(!kinds.contains("backups-on-vault-disk"))
    }
}

/// One person's agreement, to confirm together, with nobody else and no protected term.
@Suite struct AgreementExportTests {
    let sandbox = Sandbox()

    @Test func anAgreementExportHoldsOnlyThatPerson() throws {
        sandbox.makeVault()
        sandbox.cli([
            "add", "Sam Okafor", "--relationship", "partner", "--impact-on-them", "MARKER-IMPACT", "--note", "MARKER-NOTE",
            "--phone", "07700 900123", "--no-input",
        ])
        sandbox.cli(["agree", "sam", "--status", "agreed", "--support", "listening", "--limit", "not after 10pm", "--on", "2026-03-02"])
        sandbox.cli(["add", "Priya Shah", "--relationship", "supervisor", "--no-input"])
        sandbox.cli(["terms", "add", "Darren Pike", "--kind", "client"])
        let printed = sandbox.cli(["export", "--supporter", "sam"])
        #expect(printed.status == 0, "\(printed.stderr)")
        for expected in [
            "Our agreement: Sam Okafor", "You agreed to: listening", "Your limits: not after 10pm", "2026-09-02",
            "What I will not talk to you about:", "identities",
        ] {
            #expect(printed.stdout.contains(expected), "lacks \(expected): \(printed.stdout)")
        }
        let identity = "AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0"
        let locked = sandbox.file("sam.age")
        #expect(
            sandbox.cli([
                "export", "--supporter", "sam", "--out", locked,
                "--recipient", "age1xmwwc06ly3ee5rytxm9mflaz2u56jjj36s0mypdrwsvlul66mv4q47ryef",
            ]).status == 0)
        var source = MemorySource(sandbox.bytes(locked))
        var sink = MemorySink()
        try AgeFile.decrypt(from: &source, to: &sink, identities: [X25519Identity(parsing: identity)])
        let text = String(decoding: sink.bytes, as: UTF8.self)
        #expect(text == printed.stdout)
        for private_ in ["Darren", "Pike", "Priya", "MARKER", "07700"] {
            #expect(!text.contains(private_), "\(private_) left the vault")
        }
    }
}
