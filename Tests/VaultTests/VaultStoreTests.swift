import Foundation
import Sodium
import Testing

@testable import Vault

@Suite struct VaultStoreTests {
    let directory = TemporaryDirectory()
    var store: VaultStore { VaultStore(path: directory.file("nested/deeper/vault.confidant"), lockTimeout: 0.3) }

    private func mode(_ path: String) -> mode_t {
        var info = stat()
        stat(path, &info)
        return info.st_mode & 0o777
    }

    @Test func createsPrivateFilesWhateverTheUmask() throws {
        let previous = umask(0)
        defer { umask(previous) }
        try store.create(makeVault().sealed)
        #expect(mode(store.path) == 0o600)
        #expect(mode(FileSystem.parent(of: store.path)) == 0o700)
        #expect(mode(directory.file("nested")) == 0o700)
        #expect(mode(store.lockPath) == 0o600)
    }

    @Test func createRefusesToReplaceAndLeavesTheFileAlone() throws {
        try store.create(makeVault().sealed)
        let before = try FileSystem.read(store.path, limit: 1 << 20)
        #expect(throws: VaultError.alreadyExists(path: store.path)) { try store.create(makeVault().sealed) }
        #expect(try FileSystem.read(store.path, limit: 1 << 20) == before)
    }

    @Test func aMissingVaultIsNotFound() {
        #expect(throws: VaultError.notFound(path: store.path)) { try store.read() }
        #expect(throws: VaultError.notFound(path: store.path)) { try store.update { $0 } }
    }

    @Test func keepsTheLastFiveGenerations() throws {
        let (sealed, _) = try makeVault()
        try store.create(sealed)
        var written = [sealed.serialized]
        for _ in 0..<8 {
            try store.update { current in
                let unlocked = try current.open(with: .passphrase(secret("correct horse battery")))
                return try unlocked.sealed()
            }
            written.append(try FileSystem.read(store.path, limit: 1 << 20))
            #expect(store.generations().count <= VaultStore.generationsKept)
        }
        let kept = try store.generations().map { try FileSystem.read($0, limit: 1 << 20) }
        #expect(kept == Array(written.dropLast().suffix(5)))
        #expect(mode(store.generationsDirectory) == 0o700)
        #expect(store.generations().allSatisfy { mode($0) == 0o600 })
    }

    @Test func aFailedChangeWritesNothing() throws {
        try store.create(makeVault().sealed)
        let before = try FileSystem.read(store.path, limit: 1 << 20)
        struct Refused: Error {}
        #expect(throws: Refused.self) { try store.update { _ in throw Refused() } }
        #expect(throws: VaultError.wrongCredential(.passphrase)) {
            try store.update { try $0.open(with: .passphrase(secret("wrong passphrase"))).sealed() }
        }
        #expect(try FileSystem.read(store.path, limit: 1 << 20) == before)
        #expect(store.generations().isEmpty)
        #expect(FileSystem.list(FileSystem.parent(of: store.path)).sorted() == ["vault.confidant", "vault.confidant.lock"])
    }

    @Test func aHeldLockMakesOthersWaitThenGiveUp() throws {
        try store.create(makeVault().sealed)
        let holder = try FileLock(path: store.lockPath, exclusive: true, timeout: 1)
        #expect(throws: VaultError.busy(path: store.lockPath)) { try store.read() }
        #expect(throws: VaultError.busy(path: store.lockPath)) { try store.update { $0 } }
        withExtendedLifetime(holder) {}
    }

    @Test func concurrentWritersLoseNoUpdate() throws {
        try store.create(makeVault(document: "0").sealed)
        let path = store.path
        let writers = 4, rounds = 10
        DispatchQueue.concurrentPerform(iterations: writers) { _ in
            for _ in 0..<rounds {
                // Each writer opens its own lock descriptor, as separate processes would.
                try? VaultStore(path: path, lockTimeout: 30).update { current in
                    let unlocked = try current.open(with: .passphrase(secret("correct horse battery")))
                    unlocked.document = secret(String(Int(unlocked.document.text)! + 1))
                    return try unlocked.sealed()
                }
            }
        }
        let final = try store.read().open(with: .passphrase(secret("correct horse battery")))
        #expect(final.document.text == String(writers * rounds))
    }

    @Test func staleTemporaryFilesAreSweptByTheNextWriter() throws {
        try store.create(makeVault().sealed)
        let stale = FileSystem.temporaryPrefix(for: store.path) + "abc123"
        _ = FileManager.default.createFile(atPath: stale, contents: Data([1, 2, 3]))
        try store.update { $0 }
        #expect(!FileSystem.exists(stale))
    }

    /// A symlinked vault path was replaced by a regular file on the first
    /// write while the "generation" kept was a link to the live target. The link is now followed
    /// once, on purpose: the real file is replaced, and its lock and history sit beside it.
    @Test func aSymlinkedVaultIsFollowedOnPurpose() throws {
        let real = VaultStore(path: directory.file("real/vault.confidant"))
        try real.create(makeVault().sealed)
        try FileSystem.makeDirectories(directory.file("elsewhere"))
        #expect(symlink(real.path, directory.file("elsewhere/vault")) == 0)
        let linked = VaultStore(path: directory.file("elsewhere/vault"))
        #expect(linked.path.hasSuffix("/real/vault.confidant") && !linked.path.contains("elsewhere"))
        let before = try FileSystem.read(real.path, limit: 1 << 20)
        try linked.update { try $0.open(with: .passphrase(secret("correct horse battery"))).sealed() }
        var info = stat()
        #expect(lstat(directory.file("elsewhere/vault"), &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)
        #expect(try FileSystem.read(real.path, limit: 1 << 20) != before)
        #expect(try real.generations().map { try FileSystem.read($0, limit: 1 << 20) } == [before])
        #expect(FileSystem.list(directory.file("elsewhere")) == ["vault"])
    }

    @Test func aPlantedLockLinkIsRefused() throws {
        try store.create(makeVault().sealed)
        unlink(store.lockPath)
        #expect(symlink(directory.file("planted"), store.lockPath) == 0)
        #expect(throws: VaultError.self) { try store.update { $0 } }
        #expect(!FileSystem.exists(directory.file("planted")))
    }

    @Test func aFIFOIsRefusedRatherThanWaitedOn() throws {
        #expect(mkfifo(directory.file("fifo"), 0o600) == 0)
        #expect(throws: VaultError.notAVault) { try VaultStore.readCopy(directory.file("fifo")) }
    }

    @Test func aFolderOthersCanWriteIsRefused() throws {
        try store.create(makeVault().sealed)
        let before = try FileSystem.read(store.path, limit: 1 << 20)
        chmod(FileSystem.parent(of: store.path), 0o777)
        #expect(throws: VaultError.unsafeLocation(path: FileSystem.parent(of: store.path), reason: "other users can write in the folder")) {
            try store.update { try $0.open(with: .passphrase(secret("correct horse battery"))).sealed() }
        }
        chmod(FileSystem.parent(of: store.path), 0o700)
        #expect(try FileSystem.read(store.path, limit: 1 << 20) == before)
    }

    /// Any `.*.tmp-*` in the folder was removed, and generations were
    /// chosen by prefix, so the vault `notes` pruned the generations of `notes.old`.
    @Test func cleanupTouchesOnlyOurOwnFiles() throws {
        let notes = VaultStore(path: directory.file("d/notes"))
        try notes.create(makeVault().sealed)
        let strangers = [
            directory.file("d/.notes.old.tmp-abc123"), directory.file("d/.other.tmp-abcdef"), directory.file("d/.notes.tmp-keep-me"),
            directory.file("d/generations/notes.old.20260101T000000.000000Z"), directory.file("d/generations/notes.20260101T000000.000000Z.bak"),
        ]
        try FileSystem.makeDirectories(directory.file("d/generations"))
        for path in strangers { _ = FileManager.default.createFile(atPath: path, contents: Data([1])) }
        let ours = directory.file("d/.notes.tmp-Ab12Cd")
        _ = FileManager.default.createFile(atPath: ours, contents: Data([1]))
        for _ in 0..<(VaultStore.generationsKept + 2) {
            try notes.update { try $0.open(with: .passphrase(secret("correct horse battery"))).sealed() }
        }
        #expect(strangers.allSatisfy(FileSystem.exists))
        #expect(!FileSystem.exists(ours))
        #expect(notes.generations().count == VaultStore.generationsKept)
    }

    @Test func resealingRewritesOrRemovesEveryGeneration() throws {
        try store.create(makeVault().sealed)
        for _ in 0..<3 { try store.update { try $0.open(with: .passphrase(secret("correct horse battery"))).sealed() } }
        let keys = try NewKeys(passphrase: secret("another passphrase"), parameters: fastParameters, recoveryKey: nil)
        var seen = 0
        try store.update(
            { try $0.open(with: .passphrase(secret("correct horse battery"))).rekeyed(keys).sealed() },
            resealingGenerations: { copy in
                seen += 1
                return seen == 1 ? nil : try copy.open(with: .passphrase(secret("correct horse battery"))).rekeyed(keys).sealed()
            })
        #expect(seen == 4)
        #expect(store.generations().count == 3)
        for generation in store.generations() {
            #expect(throws: VaultError.self) { try VaultStore.readCopy(generation).open(with: .passphrase(secret("correct horse battery"))) }
            _ = try VaultStore.readCopy(generation).open(with: .passphrase(secret("another passphrase")))
        }
    }

    @Test func defaultLocationFollowsXDG() {
        #expect(VaultLocation.defaultPath(environment: ["XDG_DATA_HOME": "/x/data", "HOME": "/home/a"]) == "/x/data/confidant/vault.confidant")
        #expect(
            VaultLocation.defaultPath(environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/a"])
                == "/home/a/.local/share/confidant/vault.confidant")
        #expect(VaultLocation.defaultPath(environment: ["HOME": "/home/a"]) == "/home/a/.local/share/confidant/vault.confidant")
    }
}
