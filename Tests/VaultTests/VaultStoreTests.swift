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
        #expect(try store.generations().allSatisfy { mode($0) == 0o600 })
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
        FileManager.default.createFile(atPath: stale, contents: Data([1, 2, 3]))
        try store.update { $0 }
        #expect(!FileSystem.exists(stale))
    }

    @Test func defaultLocationFollowsXDG() {
        #expect(VaultLocation.defaultPath(environment: ["XDG_DATA_HOME": "/x/data", "HOME": "/home/a"]) == "/x/data/confidant/vault.confidant")
        #expect(VaultLocation.defaultPath(environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/a"])
            == "/home/a/.local/share/confidant/vault.confidant")
        #expect(VaultLocation.defaultPath(environment: ["HOME": "/home/a"]) == "/home/a/.local/share/confidant/vault.confidant")
    }
}
