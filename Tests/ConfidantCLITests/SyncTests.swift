import Confidant
import Foundation
import Glibc
import Testing

/// Through the binary: conflict copies noticed for Syncthing, Nextcloud and Dropbox,
/// `merge` of another copy with `--dry-run`, `merge --conflicts`, and git merging two clones'
/// edits with the merge driver.
@Suite struct SyncTests {
    let sandbox = Sandbox()

    init() {
        sandbox.makeVault()
        sandbox.cli(["add", "Sam Okafor", "--relationship", "partner"])
    }

    /// A copy of the vault made now, as another device would hold it, edited with `arguments`.
    private func copy(named name: String, editedWith edits: [[String]]) -> String {
        let path = sandbox.file("data/" + name)
        FileManager.default.createFile(atPath: path, contents: Data(sandbox.bytes(sandbox.vault)), attributes: [.posixPermissions: 0o600])
        for edit in edits {
            let outcome = sandbox.run(
                edit + ["--vault", path],
                environment: [
                    "CONFIDANT_PASSPHRASE_FILE": sandbox.file("pass.txt"),
                    "XDG_STATE_HOME": sandbox.file("other-device"),
                ])
            #expect(outcome.status == 0, "\(edit): \(outcome.stderr)")
        }
        return path
    }

    @Test(arguments: [
        ("vault.sync-conflict-20261127-101010-ABCDEFG.confidant", true), ("vault (conflicted copy 2026-11-27 101010).confidant", true),
        ("vault (Sam's conflicted copy 2026-11-27).confidant", true), ("vault.confidant", false), ("vault.confidant.lock", false),
        ("vault (1).confidant", false), ("other.sync-conflict-20261127-101010-ABCDEFG.confidant", false),
        ("vault.sync-conflict-20261127-101010-ABCDEFG.confidant.lock", false),
    ])
    func conflictCopiesAreRecognised(name: String, isCopy: Bool) throws {
        FileManager.default.createFile(atPath: sandbox.file("data/" + name), contents: Data())
        #expect(ConflictCopies.beside(sandbox.vault).map { ($0 as NSString).lastPathComponent } == (isCopy ? [name] : []))
    }

    @Test func everyCommandNotesConflictCopiesAndMergeConflictsTakesThemIn() throws {
        let names = [
            "vault.sync-conflict-20261127-101010-ABCDEFG.confidant", "vault (conflicted copy 2026-11-27 101010).confidant",
            "vault (Sam's conflicted copy 2026-11-27).confidant",
        ]
        for (index, name) in names.enumerated() { _ = copy(named: name, editedWith: [["add", "Friend \(index)", "--relationship", "friend"]]) }
        let listed = sandbox.cli(["list"])
        #expect(listed.stderr.contains("3 conflict copies") && listed.stderr.contains("merge --conflicts"), "\(listed.stderr)")
        let before = sandbox.bytes(sandbox.vault)
        let dry = sandbox.cli(["merge", "--conflicts", "--dry-run"])
        #expect(dry.status == 0 && dry.stdout.contains("+ supporter Friend 2") && dry.stdout.contains("Nothing was written"), "\(dry.stdout)")
        #expect(sandbox.bytes(sandbox.vault) == before)
        let merged = sandbox.cli(["merge", "--conflicts"])
        #expect(merged.status == 0 && merged.stdout.contains("3 added"), "\(merged.stdout) \(merged.stderr)")
        #expect(ConflictCopies.beside(sandbox.vault).isEmpty)
        let names2 = sandbox.cli(["list"]).stdout
        #expect(["Friend 0", "Friend 1", "Friend 2", "Sam Okafor"].allSatisfy(names2.contains))
        #expect(!sandbox.cli(["list"]).stderr.contains("conflict"))
    }

    /// A damaged conflict copy is named and left; one sealed after a passphrase change on the
    /// other device is merged but kept, with a note; the good one is merged and removed.
    @Test func badAndForeignKeyedConflictCopiesAreLeft() throws {
        let damaged = sandbox.file("data/vault (conflicted copy 2026-11-27 101010).confidant")
        FileManager.default.createFile(atPath: damaged, contents: Data(sandbox.bytes(sandbox.vault).prefix(100)))
        let good = copy(named: "vault.sync-conflict-20261127-101010-ABCDEFG.confidant", editedWith: [["add", "Dev", "--relationship", "friend"]])
        let rekeyed = copy(named: "vault (Sam's conflicted copy 2026-11-27).confidant", editedWith: [["add", "Jo", "--relationship", "colleague"]])
        sandbox.write("new-pass.txt", "another passphrase entirely\n")
        #expect(
            sandbox.run(
                [
                    "passwd", "--vault", rekeyed, "--new-passphrase-file", sandbox.file("new-pass.txt"),
                    "--keep-recovery-key", sandbox.file("recovery.txt"),
                ],
                environment: ["CONFIDANT_PASSPHRASE_FILE": sandbox.file("pass.txt"), "XDG_STATE_HOME": sandbox.file("other-device")]
            ).status == 0)
        let merged = sandbox.cli(["merge", "--conflicts", "--copy-passphrase-file", sandbox.file("new-pass.txt")])
        #expect(merged.status == 0, "\(merged.stdout) \(merged.stderr)")
        #expect(merged.stderr.contains("skipped") && merged.stderr.contains("conflicted copy 2026-11-27 101010"), "\(merged.stderr)")
        #expect(merged.stderr.contains("kept") && merged.stderr.contains("another passphrase"), "\(merged.stderr)")
        #expect(!FileManager.default.fileExists(atPath: good))
        #expect(FileManager.default.fileExists(atPath: damaged) && FileManager.default.fileExists(atPath: rekeyed))
        let names = sandbox.cli(["list"]).stdout
        #expect(names.contains("Dev") && names.contains("Jo"))
        // The recovery key opens such a copy too.
        let byRecoveryKey = sandbox.cli(["merge", rekeyed, "--copy-recovery-key-file", sandbox.file("recovery.txt")])
        #expect(byRecoveryKey.status == 0 && byRecoveryKey.stdout.contains("nothing this vault lacks"), "\(byRecoveryKey.stderr)")
    }

    /// The sync tool kept the other device's older file and saved this device's newer one as a
    /// conflict copy: the rollback warning points at `merge --conflicts`, which takes it in.
    @Test func aNewerConflictCopyIsTakenInDespiteTheRollback() throws {
        let older = sandbox.bytes(sandbox.vault)
        sandbox.cli(["add", "Dev", "--relationship", "friend"])
        let newer = sandbox.bytes(sandbox.vault)
        FileManager.default.createFile(atPath: sandbox.file("data/vault.sync-conflict-20261127-101010-ABCDEFG.confidant"), contents: Data(newer))
        FileManager.default.createFile(atPath: sandbox.vault, contents: Data(older))
        let warned = sandbox.cli(["list"])
        #expect(warned.stderr.contains("merge --conflicts"), "\(warned.stderr)")
        let merged = sandbox.cli(["merge", "--conflicts"])
        #expect(merged.status == 0, "\(merged.stdout) \(merged.stderr)")
        #expect(sandbox.cli(["list"]).stdout.contains("Dev"))
        #expect(!sandbox.cli(["list"]).stderr.contains("older"))
    }

    /// A removal on one device stays removed when its copy is merged, even against an edit made
    /// here that it had not seen, and the merge says what it did not keep; `--dry-run` shows it
    /// first.
    @Test func mergeTakesRemovalsAndSaysWhatTheyReplaced() throws {
        let other = copy(named: "laptop.confidant", editedWith: [["remove", "Sam Okafor", "--yes"], ["add", "Dev", "--relationship", "friend"]])
        sandbox.cli(["edit", "Sam Okafor", "--phone", "07700 900123"])
        let dry = sandbox.cli(["merge", other, "--dry-run", "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(dry.stdout.utf8)) as? [String: Any])
        let changes = try #require(json["changes"] as? [[String: Any]])
        #expect(Set(changes.map { $0["label"] as? String }) == ["supporter Dev", "supporter Sam Okafor"], "\(changes)")
        let conflicts = try #require(json["conflicts"] as? [[String: Any]])
        #expect(
            conflicts.map { $0["description"] as? String } == [
                "Sam Okafor: removed in \(other); the changes made in this vault that it had not seen (phone) were not kept"
            ])
        let merged = sandbox.cli(["merge", other])
        #expect(merged.status == 0 && merged.stdout.contains("- supporter Sam Okafor") && merged.stdout.contains("were not kept"), "\(merged.stdout)")
        let names = sandbox.cli(["list"]).stdout
        #expect(names.contains("Dev") && !names.contains("Sam Okafor"))
    }

    /// The loss a new user found: the phone added on one device and the availability edited on
    /// the other are both kept; the same field changed on both is reported with both values.
    @Test func mergeKeepsEditsOfDifferentFieldsAndReportsTheSameField() throws {
        let other = copy(named: "laptop.confidant", editedWith: [["edit", "Sam Okafor", "--phone", "07700 900456", "--email", "sam@example.org"]])
        sandbox.cli(["edit", "Sam Okafor", "--availability", "evenings", "--email", "sam@work.example"])
        let dry = sandbox.cli(["merge", other, "--dry-run"])
        // The email changed here later, so it is kept, and the copy's is named as replaced.
        #expect(dry.stdout.contains("~ supporter Sam Okafor (phone)"), "\(dry.stdout)")
        #expect(
            dry.stdout.contains("! Sam Okafor's email: kept \"sam@work.example\" from this vault, replaced \"sam@example.org\""),
            "\(dry.stdout)")
        #expect(sandbox.cli(["merge", other]).status == 0)
        let shown = sandbox.cli(["check", "Sam Okafor"]).stdout
        #expect(shown.contains("07700 900456") && shown.contains("evenings") && shown.contains("sam@work.example"), "\(shown)")
    }

    /// Found at the terminal: when this vault's value won, the merge said "holds nothing this
    /// vault lacks" and the copy's value vanished unreported (and `--conflicts` then removed the
    /// copy). The conflict is reported whichever side wins.
    @Test func aConflictThisVaultWinsIsStillReported() throws {
        let other = copy(named: "laptop.confidant", editedWith: [["edit", "Sam Okafor", "--availability", "weekends"]])
        sandbox.cli(["edit", "Sam Okafor", "--availability", "mornings"])
        let merged = sandbox.cli(["merge", other])
        #expect(merged.stdout.contains("! Sam Okafor's availability: kept \"mornings\" from this vault, replaced \"weekends\""), "\(merged.stdout)")
        #expect(merged.stdout.contains("holds nothing this vault lacks"), "\(merged.stdout)")
    }

    /// Found at the terminal: two people added under one name on two devices were flagged, but
    /// every command then said "say which: Jo Marsh, jo marsh", both ambiguous. They are told
    /// apart by id.
    @Test func theSamePersonAddedTwiceIsToldApartByID() throws {
        let other = copy(named: "laptop.confidant", editedWith: [["add", "Jo Marsh", "--relationship", "friend", "--no-input"]])
        sandbox.cli(["add", "jo  marsh", "--relationship", "colleague", "--no-input"])
        let merged = sandbox.cli(["merge", other])
        #expect(merged.stdout.lowercased().contains("? jo marsh is in the vault more than once"), "\(merged.stdout)")
        let ambiguous = sandbox.cli(["check", "Jo Marsh"])
        #expect(ambiguous.status == 64 && ambiguous.stderr.contains("(id "), "\(ambiguous.stderr)")
        let people = try #require(sandbox.json(["list"]) as? [[String: Any]])
        let colleague = try #require(people.first { $0["relationship"] as? String == "colleague" }?["id"] as? String)
        let renamed = sandbox.cli(["edit", String(colleague.prefix(8)), "--rename", "Jo Marsh (work)"])
        #expect(renamed.status == 0, "\(renamed.stderr)")
        #expect(sandbox.cli(["check", "Jo Marsh"]).status == 0)
    }

    /// Found at the terminal: a merge that changed nothing left this file's save count below the
    /// copy's, so the file, copied back over the other device's, read there as a rollback.
    @Test func aMergedFileCopiedBackIsNotARollback() throws {
        let laptopState = ["CONFIDANT_PASSPHRASE_FILE": sandbox.file("pass.txt"), "XDG_STATE_HOME": sandbox.file("other-device")]
        let other = copy(named: "laptop.confidant", editedWith: [["edit", "Sam Okafor", "--availability", "evenings"]])
        #expect(sandbox.cli(["merge", other]).status == 0)
        let back = sandbox.run(["merge", sandbox.vault, "--vault", other], environment: laptopState)
        #expect(back.status == 0, "\(back.stderr)")
        FileManager.default.createFile(atPath: sandbox.vault, contents: Data(sandbox.bytes(other)), attributes: [.posixPermissions: 0o600])
        let list = sandbox.cli(["list"])
        #expect(list.status == 0 && !list.stderr.contains("older copy"), "\(list.stderr)")
    }

    /// A copy that shares more with someone is not merged without consent: without a terminal it
    /// exits 65 with the list and writes nothing; `--accept-weakening` applies it.
    @Test func aWeakeningMergeNeedsConsent() throws {
        let other = copy(named: "laptop.confidant", editedWith: [["share", "Sam Okafor", "--allow", "case-details"]])
        let before = sandbox.bytes(sandbox.vault)
        let refused = sandbox.cli(["merge", other])
        #expect(
            refused.status == 65 && refused.stdout.contains("would weaken: Sam Okafor would be told more: case-details"),
            "\(refused.status) \(refused.stdout) \(refused.stderr)")
        #expect(sandbox.bytes(sandbox.vault) == before)
        let accepted = sandbox.cli(["merge", other, "--accept-weakening"])
        #expect(accepted.status == 0 && accepted.stdout.contains("weakened: "), "\(accepted.stdout) \(accepted.stderr)")
        #expect(sandbox.bytes(sandbox.vault) != before)
    }

    /// A FIFO given to `merge` or `restore`, or named like a conflict copy, never holds the
    /// command up: refused (or skipped) at once, as not a regular file.
    @Test func aFIFOGivenAsACopyNeverBlocks() throws {
        let fifo = sandbox.file("data/vault.sync-conflict-20261127-101010-ABCDEFG.confidant")
        #expect(mkfifo(fifo, 0o600) == 0)
        let timeout = ["/usr/bin/timeout", "20"]
        for arguments in [["merge", fifo], ["restore", fifo], ["merge", "--conflicts"]] {
            let outcome = sandbox.run(
                arguments, environment: ["CONFIDANT_VAULT": sandbox.vault, "CONFIDANT_PASSPHRASE_FILE": sandbox.file("pass.txt")],
                through: timeout)
            #expect(outcome.status != 124, "\(arguments) waited on the FIFO")
            #expect(outcome.stderr.contains("not a regular file"), "\(arguments): \(outcome.stderr)")
        }
    }

    /// Their version under other keys (re-keyed, or a crafted slot asking for gigabytes) is
    /// not opened with its own slots: the driver says so at once and leaves the conflict.
    @Test func theDriverNeverRunsTheKDFOfTheirVersion() throws {
        let stranger = Sandbox()
        stranger.makeVault()
        let ours = sandbox.file("ours.confidant")
        FileManager.default.createFile(atPath: ours, contents: Data(sandbox.bytes(sandbox.vault)), attributes: [.posixPermissions: 0o600])
        let before = sandbox.bytes(ours)
        let outcome = sandbox.run(
            ["merge-driver", "--", sandbox.file("base"), ours, stranger.vault, "vault.confidant"],
            environment: ["CONFIDANT_PASSPHRASE_FILE": stranger.file("pass.txt")])
        #expect(outcome.status != 0 && outcome.stderr.contains("modified or re-keyed"), "\(outcome.stderr)")
        #expect(sandbox.bytes(ours) == before)
    }

    @Test func anotherVaultIsRefused() {
        let stranger = Sandbox()
        stranger.makeVault()
        let before = sandbox.bytes(sandbox.vault)
        // Under other keys, it is asked for its passphrase first: a copy made before `passwd` is.
        let unopened = sandbox.cli(["merge", stranger.vault])
        #expect(unopened.status == 64 && unopened.stderr.contains("--copy-passphrase-file"), "\(unopened.stderr)")
        let refused = sandbox.cli(["merge", stranger.vault, "--copy-passphrase-file", stranger.file("pass.txt")])
        #expect(refused.status == 64 && refused.stderr.contains("not a copy of this vault") && refused.stderr.contains("import"), "\(refused.stderr)")
        #expect(sandbox.bytes(sandbox.vault) == before)
    }

    /// Two clones of a private repository edit different and the same supporters; `git pull`
    /// merges with the driver, without conflict markers, and both clones end with one document.
    @Test func gitMergesTwoClonesWithTheDriver() throws {
        let script = #"""
            set -e
            C="$0"; export C
            git() { command git -c user.name=Test -c user.email=test@example.org -c init.defaultBranch=main -c pull.rebase=false "$@"; }
            cd "$SANDBOX"
            git init -q --bare remote.git
            git clone -q remote.git a 2>/dev/null
            cp "$CONFIDANT_VAULT" a/vault.confidant
            cd a
            printf '*.confidant merge=confidant\n' > .gitattributes
            printf '*.lock\ngenerations/\nbackups/\n' > .gitignore
            git add -A && git commit -qm vault && git push -q origin HEAD:main 2>/dev/null
            cd .. && git clone -q remote.git b 2>/dev/null
            for clone in a b; do (cd $clone && command git config merge.confidant.driver "\"$C\" merge-driver -- %O %A %B %P"); done
            (cd a && "$C" add Dev --relationship friend --vault vault.confidant --no-input >/dev/null 2>&1 \
                && "$C" edit "Sam Okafor" --phone 111 --vault vault.confidant >/dev/null 2>&1 \
                && git commit -qam "a: Dev, Sam's phone" && git push -q origin HEAD:main 2>/dev/null)
            sleep 0.01
            (cd b && "$C" add Priya --relationship supervisor --vault vault.confidant --no-input >/dev/null 2>&1 \
                && "$C" edit "Sam Okafor" --email sam@example.org --vault vault.confidant >/dev/null 2>&1 \
                && git commit -qam "b: Priya, Sam's email" && git pull -q origin main && git push -q origin HEAD:main 2>/dev/null)
            (cd a && git pull -q origin main)
            cmp a/vault.confidant b/vault.confidant
            (cd b && git log --oneline | head -1)
            "$C" list --json --vault a/vault.confidant
            "$C" check "Sam Okafor" --vault a/vault.confidant
            """#
        let outcome = sandbox.run(
            [],
            environment: [
                "SANDBOX": sandbox.path, "CONFIDANT_VAULT": sandbox.vault,
                "CONFIDANT_PASSPHRASE_FILE": sandbox.file("pass.txt"), "PATH": "/usr/bin:/bin",
            ],
            through: ["/bin/sh", "-c", script])
        #expect(outcome.status == 0, "\(outcome.stdout)\n\(outcome.stderr)")
        #expect(!outcome.stdout.contains("<<<<<<<") && !outcome.stderr.contains("CONFLICT"), "\(outcome.stderr)")
        #expect(outcome.stdout.contains("Merge branch"), "\(outcome.stdout)")
        for name in ["\"Dev\"", "\"Priya\"", "\"Sam Okafor\""] { #expect(outcome.stdout.contains(name), "\(name) missing: \(outcome.stdout)") }
        // Sam's phone (a) and email (b) are both kept.
        #expect(outcome.stdout.contains("111") && outcome.stdout.contains("sam@example.org"), "\(outcome.stdout)")
    }
}
