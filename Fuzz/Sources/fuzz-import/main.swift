import Confidant
import Foundation
import FuzzDriver
import Sodium

// The whole import path a crafted file meets: the size cap, armor, the age header with its caps
// (1 MiB, 256 stanzas), the payload, the export decoder, the checks on what it holds, and the
// review against a real vault's document. The vault is made once, in a temporary folder, with
// the cheapest Argon2id settings; the identity is X25519 (a scrypt stanza is refused by the
// X25519 identity without work, so one input cannot ask for seconds of scrypt).
nonisolated(unsafe) let identity = try! ExportUnlock.identities(parsing: "AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0")
nonisolated(unsafe) let vault = try! openFixture()

func openFixture() throws -> OpenVault {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-import-\(getpid())").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    var document = VaultDocument()
    document.supporters.append(Supporter(name: "Sam Carter", relationship: .partner))
    _ = try document.addTerms(["Darren Whitfield"], kind: .client, note: nil)
    let passphrase = try SecureBytes(copying: Array("fuzzing passphrase".utf8))
    let file = VaultAccess(path: folder + "/vault")
    try file.create(
        NewVault(
            document: document, passphrase: passphrase,
            parameters: Argon2id.Parameters(opsLimit: 1, memoryBytes: 8192), recoveryKey: false))
    let open = try file.open { .passphrase(passphrase) }
    atexit {
        try? FileManager.default.removeItem(atPath: FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-import-\(getpid())").path)
    }
    return open
}

func fuzzOne(_ bytes: [UInt8]) {
    guard bytes.count <= ExportDocument.maximumFileBytes, let export = try? vault.readExport(bytes, unlock: identity) else { return }
    let review = vault.reviewImport(export, replace: false)
    precondition(export.signedHere == review.signedHere, "the review must say who signed the export")
}

runFuzzer(fuzzOne)
