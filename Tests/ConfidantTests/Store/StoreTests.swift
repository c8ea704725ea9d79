import Age
import Foundation
import Sodium
import Testing
import Vault

@testable import Confidant

/// The store layer as a front end uses it, on real files in a temporary directory with the
/// fastest KDF the format allows: opening and writing, backups, merging copies, exports and
/// re-keying. Every failure must leave the vault's bytes as they were.
@Suite final class StoreTests {
    let directory: String
    let file: VaultAccess
    static let passphrase = "correct horse battery staple"

    init() throws {
        var template = Array((NSTemporaryDirectory() + "/confidant-store-XXXXXX").utf8CString)
        directory = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
        file = VaultAccess(path: directory + "/vault/vault.cfdt", lastSeenPath: directory + "/seen")
        try file.create(
            NewVault(passphrase: try Self.secret(Self.passphrase), parameters: Self.fast, recoveryKey: false))
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    static let fast = try! Argon2id.Parameters(opsLimit: 1, memoryBytes: 8192)

    static func secret(_ text: String) throws -> SecureBytes { try SecureBytes(copying: Array(text.utf8)) }

    func open(_ passphrase: String = StoreTests.passphrase, at path: String? = nil) throws -> OpenVault {
        try (path.map { VaultAccess(path: $0, lastSeenPath: directory + "/seen") } ?? file).open { .passphrase(try Self.secret(passphrase)) }
    }

    func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    @Test func aChangeIsReadBackAndAWrongPassphraseChangesNothing() throws {
        try open().update { try $0.addSupporter(Supporter(name: "Sam", relationship: .partner, sphere: .personal)) }
        #expect(try open().document.supporters.map(\.name) == ["Sam"])
        let before = bytes(file.path)
        #expect(throws: VaultError.wrongCredential(.passphrase)) { try open("wrong horse battery staple") }
        #expect(bytes(file.path) == before)
        #expect(file.generations >= 1)
    }

    @Test func anOpenVaultSeesAChangeMadeElsewhere() throws {
        let page = try open()
        #expect(try page.refresh() == false)
        try open().update { try $0.addSupporter(Supporter(name: "Sam", relationship: .partner, sphere: .personal)) }
        #expect(page.document.supporters.isEmpty)
        #expect(try page.refresh())
        #expect(page.document.supporters.map(\.name) == ["Sam"])
        // And writes on from there, keeping the change it read.
        try page.update { try $0.addSupporter(Supporter(name: "Priya", relationship: .friend, sphere: .personal)) }
        #expect(try open().document.supporters.map(\.name).sorted() == ["Priya", "Sam"])
    }

    @Test func aFailedChangeLeavesTheFileAsItWas() throws {
        let vault = try open()
        let before = bytes(file.path)
        #expect(throws: ConfidantError.self) {
            try vault.update { try $0.addSupporter(Supporter(name: "", relationship: .partner, sphere: .personal)) }
        }
        #expect(bytes(file.path) == before)
    }

    @Test func aBackupVerifiesAndADamagedOneIsSaidToBe() throws {
        let vault = try open()
        let copy = try vault.backup(to: directory + "/backups")
        var damaged = try #require(bytes(copy))
        damaged[damaged.count - 40] ^= 1
        let bad = copy + "+" // the name a second backup in the same millisecond gets
        #expect(FileManager.default.createFile(atPath: bad, contents: damaged))
        let listed = Dictionary(uniqueKeysWithValues: vault.backups(in: directory + "/backups").map { ($0.path, $0.verifies) })
        #expect(listed[copy] == true)
        #expect(listed[bad] == false)
    }

    @Test func aMergedCopyIsRemovedOnceItsEditsAreInTheVault() throws {
        try open().update { try $0.addSupporter(Supporter(name: "Sam", relationship: .partner, sphere: .personal)) }
        let copyPath = directory + "/vault/vault.sync-conflict.cfdt"
        try FileManager.default.copyItem(atPath: file.path, toPath: copyPath)
        try open(at: copyPath).update { try $0.addSupporter(Supporter(name: "Jo", relationship: .friend, sphere: .personal)) }
        try open().update { _ = try $0.addTerms(["Baker"], kind: .client, note: nil) }
        let vault = try open(), copy = try open(at: copyPath)
        let outcome = try vault.merge([(label: copyPath, vault: copy)], acceptingWeakening: false)
        #expect(outcome.written)
        #expect(try vault.removeMergedCopies([copyPath], written: outcome.written) == [copyPath])
        #expect(!FileManager.default.fileExists(atPath: copyPath))
        let merged = try open().document
        #expect(Set(merged.supporters.map(\.name)) == ["Sam", "Jo"])
        #expect(merged.terms.map(\.term) == ["Baker"])
    }

    @Test func anExportReadsBackAsSignedHereAndNeverOverwrites() throws {
        try open().update { try $0.addSupporter(Supporter(name: "Sam", relationship: .partner, sphere: .personal)) }
        let exportPath = directory + "/export.age", lock = try Self.secret("an export passphrase here")
        try open().export(to: exportPath, lock: .passphrase(lock), armor: true, replacing: false)
        let written = bytes(exportPath)
        #expect(throws: ConfidantError.self) { try open().export(to: exportPath, lock: .passphrase(lock), armor: true, replacing: false) }
        #expect(bytes(exportPath) == written)
        let vault = try open(), exported = Array(try #require(written))
        let export = try vault.readExport(exported, unlock: .passphrase { lock })
        #expect(export.signedHere)
        #expect(export.document.supporters.map(\.name) == ["Sam"])
        #expect(vault.reviewImport(export, replace: false).risks.isEmpty)
        #expect(throws: AgeError.self) { try vault.readExport(exported, unlock: .passphrase { try Self.secret("not the export passphrase") }) }
    }

    @Test func aNewPassphraseOpensAndTheOldOneNoLonger() throws {
        let vault = try open()
        let rekeying = try vault.prepareRekeying(passphrase: try Self.secret("a brand new long passphrase"), parameters: Self.fast, recovery: .drop)
        _ = try vault.rekey(rekeying)
        #expect(throws: VaultError.wrongCredential(.passphrase)) { try open() }
        #expect(try open("a brand new long passphrase").document.supporters.isEmpty)
    }
}
