import Foundation
import Glibc
import Testing

/// A vault file replaced by an older copy of itself (a generation, a
/// backup, a file synced back) opened as "intact" and every later record was silently gone. Each
/// write now counts itself inside the encrypted document, and the newest count seen of each
/// vault is kept in $XDG_STATE_HOME/confidant/last-seen.
@Suite struct RollbackTests {
    let sandbox = Sandbox()

    /// The vault with two supporters added after it was made, and its first generation (the
    /// vault as init wrote it).
    private func vaultWithHistory() throws -> String {
        sandbox.makeVault()
        #expect(sandbox.cli(["add", "Sam", "--relationship", "partner", "--no-input"]).status == 0)
        #expect(sandbox.cli(["add", "Priya", "--relationship", "friend", "--no-input"]).status == 0)
        let generations = try FileManager.default.contentsOfDirectory(atPath: sandbox.file("data/generations")).sorted()
        return sandbox.file("data/generations/" + generations[0])
    }

    @Test func rollbackToAnEarlierGenerationIsNoticed() throws {
        let earliest = try vaultWithHistory()
        try FileManager.default.removeItem(atPath: sandbox.vault)
        try FileManager.default.copyItem(atPath: earliest, toPath: sandbox.vault)
        let rolledBack = sandbox.bytes(sandbox.vault)

        let verify = sandbox.cli(["verify"])
        #expect(verify.status == 65, "\(verify.stderr)")
        #expect(verify.stderr.contains("older copy") && verify.stderr.contains("saved 3 times"), "\(verify.stderr)")
        let list = sandbox.cli(["list"])
        #expect(list.status == 0)
        #expect(list.stderr.contains("warning: this vault is an older copy"), "a read must say so: \(list.stderr)")

        let refused = sandbox.cli(["add", "Kim", "--relationship", "friend", "--no-input"])
        #expect(refused.status == 65 && refused.stderr.contains("nothing was changed"), "\(refused.stderr)")
        #expect(sandbox.bytes(sandbox.vault) == rolledBack, "a refused write must leave the file as it was")

        #expect(sandbox.cli(["add", "Kim", "--relationship", "friend", "--no-input", "--accept-rollback"]).status == 0)
        let after = sandbox.cli(["verify"])
        #expect(after.status == 0 && after.stderr.isEmpty, "after an accepted write the vault is the newest again: \(after.stderr)")
    }

    @Test func restoreGoesBackOnPurpose() throws {
        let earliest = try vaultWithHistory()
        let restored = sandbox.cli(["restore", earliest])
        #expect(restored.status == 0, "\(restored.stderr)")
        let list = sandbox.cli(["list"])
        #expect(list.status == 0 && list.stderr.isEmpty, "\(list.stderr)")
        #expect(!list.stdout.contains("Sam"))
        #expect(sandbox.cli(["verify"]).status == 0)
        // The vault it replaced is now the older one: putting it back is a rollback.
        let generations = try FileManager.default.contentsOfDirectory(atPath: sandbox.file("data/generations")).sorted()
        try FileManager.default.removeItem(atPath: sandbox.vault)
        try FileManager.default.copyItem(atPath: sandbox.file("data/generations/" + generations.last!), toPath: sandbox.vault)
        #expect(sandbox.cli(["verify"]).status == 65)
    }

    @Test func theStateNamesNoPathAndFollowsXDG() throws {
        _ = try vaultWithHistory()
        let state = sandbox.file(".local/state/confidant/last-seen")
        let text = String(decoding: sandbox.bytes(state), as: UTF8.self)
        #expect(text.split(separator: "\n").count == 1 && text.hasSuffix(" 3\n"), "\(text)")
        #expect(!text.contains("vault") && !text.contains(sandbox.path))
        let mode = try FileManager.default.attributesOfItem(atPath: state)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let elsewhere = sandbox.run(
            ["list"],
            environment: [
                "CONFIDANT_VAULT": sandbox.vault, "CONFIDANT_PASSPHRASE_FILE": sandbox.file("pass.txt"),
                "XDG_STATE_HOME": sandbox.file("state"),
            ])
        #expect(elsewhere.status == 0)
        #expect(FileManager.default.fileExists(atPath: sandbox.file("state/confidant/last-seen")))
    }

    /// The documented limit: whoever can replace the vault and also remove the state file is
    /// not noticed (docs/SECURITY.md).
    @Test func withoutTheStateARollbackGoesUnnoticed() throws {
        let earliest = try vaultWithHistory()
        try FileManager.default.removeItem(atPath: sandbox.vault)
        try FileManager.default.copyItem(atPath: earliest, toPath: sandbox.vault)
        try FileManager.default.removeItem(atPath: sandbox.file(".local/state/confidant/last-seen"))
        #expect(sandbox.cli(["verify"]).status == 0)
    }

    /// A state file that is a symbolic link (or otherwise unreadable) silently turned
    /// rollback detection off; now every command says so.
    @Test func anUnreadableStateIsSaidNotSilentlyIgnored() throws {
        _ = try vaultWithHistory()
        let state = sandbox.file(".local/state/confidant/last-seen")
        try FileManager.default.removeItem(atPath: state)
        try FileManager.default.createSymbolicLink(atPath: state, withDestinationPath: sandbox.file("elsewhere"))
        sandbox.write("elsewhere", "")
        let list = sandbox.cli(["list"])
        #expect(list.status == 0 && list.stderr.contains("rollback state") && list.stderr.contains("would go unnoticed"), "\(list.stderr)")
    }

    /// SECURITY.md said a vault folder others can write is refused, while reads went
    /// on without a word. Reads now warn; writes are refused, the file left as it was.
    @Test func aFolderOthersCanWriteIsWarnedOnReadAndRefusedOnWrite() throws {
        _ = try vaultWithHistory()
        let before = sandbox.bytes(sandbox.vault)
        #expect(chmod(sandbox.file("data"), 0o777) == 0)
        defer { chmod(sandbox.file("data"), 0o700) }
        let list = sandbox.cli(["list"])
        #expect(list.status == 0 && list.stderr.contains("the vault's folder is unsafe"), "\(list.stderr)")
        let add = sandbox.cli(["add", "Kim", "--relationship", "friend", "--no-input"])
        #expect(add.status != 0 && add.stderr.contains("other users can write"), "\(add.stderr)")
        #expect(sandbox.bytes(sandbox.vault) == before)
    }
}
