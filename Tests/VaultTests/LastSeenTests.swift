import Foundation
import Testing

@testable import Vault

@Suite struct LastSeenTests {
    let directory = TemporaryDirectory()

    @Test func keepsTheHighestCountForEachKey() throws {
        let state = LastSeen(path: directory.file("state/confidant/last-seen"))
        #expect(state.count(for: "00000000000000000000000000000000") == nil)
        try state.record(3, for: "00000000000000000000000000000000")
        try state.record(2, for: "00000000000000000000000000000000")
        try state.record(7, for: "11111111111111111111111111111111")
        #expect(state.count(for: "00000000000000000000000000000000") == 3)
        #expect(state.count(for: "11111111111111111111111111111111") == 7)
        let folder = try FileManager.default.attributesOfItem(atPath: directory.file("state/confidant"))[.posixPermissions] as? Int
        let file = try FileManager.default.attributesOfItem(atPath: state.path)[.posixPermissions] as? Int
        #expect(folder == 0o700 && file == 0o600)
    }

    @Test func aDamagedLineForgetsOnlyItsVault() throws {
        let state = LastSeen(path: directory.file("last-seen"))
        try "not a line\n22222222222222222222222222222222 5\n33333333333333333333333333333333 x\n".write(
            toFile: state.path, atomically: true, encoding: .utf8)
        #expect(state.count(for: "22222222222222222222222222222222") == 5)
        #expect(state.count(for: "33333333333333333333333333333333") == nil)
    }

    @Test func theKeyDependsOnTheVaultAndItsPathNotOnHowThePathIsSpelled() throws {
        try FileManager.default.createDirectory(atPath: directory.file("data"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: directory.file("link"), withDestinationPath: directory.file("data"))
        let key = LastSeen.key(vaultID: "A", vaultPath: directory.file("data/vault"))
        #expect(key.count == 32)
        #expect(LastSeen.key(vaultID: "A", vaultPath: directory.file("data/./vault")) == key)
        #expect(LastSeen.key(vaultID: "A", vaultPath: directory.file("link/vault")) == key)
        #expect(LastSeen.key(vaultID: "B", vaultPath: directory.file("data/vault")) != key)
        #expect(LastSeen.key(vaultID: "A", vaultPath: directory.file("data/other")) != key)
    }

    @Test func followsXDGStateHome() {
        #expect(LastSeen.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/confidant/last-seen")
        #expect(LastSeen.defaultPath(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"]) == "/h/.local/state/confidant/last-seen")
    }
}
