import Foundation
import Testing

/// Damaged, truncated, crafted and foreign files through the binary: always a clear error and
/// exit 65, never a crash, never plaintext on output, and the file left as it was.
@Suite struct DamageTests {
    let sandbox = Sandbox()

    private func verify(_ bytes: [UInt8]) -> Outcome {
        let path = sandbox.file("copy.confidant")
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        let outcome = sandbox.run(["verify", path, "--passphrase-file", sandbox.file("pass.txt")])
        #expect(sandbox.bytes(path) == bytes, "verify changed the file it checked")
        return outcome
    }

    @Test func everySingleByteChangeIs65() {
        sandbox.makeVault()
        let bytes = sandbox.bytes(sandbox.vault)
        #expect(bytes.count > 500)
        for index in bytes.indices {
            var damaged = bytes
            damaged[index] ^= 0x20
            let outcome = verify(damaged)
            #expect(outcome.status == 65, "byte \(index): exit \(outcome.status) \(outcome.stderr)")
            #expect(outcome.stdout.isEmpty && !outcome.stderr.contains("schema\""))
        }
    }

    @Test func everyTruncationIs65() {
        sandbox.makeVault()
        let bytes = sandbox.bytes(sandbox.vault)
        for length in 0..<bytes.count {
            let outcome = verify(Array(bytes.prefix(length)))
            #expect(outcome.status == 65, "length \(length): exit \(outcome.status) \(outcome.stderr)")
        }
        #expect(verify(bytes + [0x0a]).status == 65)
    }

    @Test func absurdArgon2SettingsAreRefusedAtOnce() throws {
        sandbox.makeVault()
        var bytes = sandbox.bytes(sandbox.vault)
        // Slot 1 starts at 18: kind, then passes and memory (KiB), big-endian. Ask for 64 GiB.
        bytes.replaceSubrange(23..<27, with: [0x04, 0x00, 0x00, 0x00])
        let content = Array(bytes.dropLast(32))
        bytes = content + blake2b256(content)
        let started = Date()
        let outcome = verify(bytes)
        #expect(outcome.status == 65)
        #expect(outcome.stderr.contains("memory"))
        #expect(Date().timeIntervalSince(started) < 2)
    }

    @Test func otherFilesAreNotVaults() {
        sandbox.write("pass.txt", "correct horse battery\n")
        let outcome = verify(Array("just some notes\n".utf8))
        #expect(outcome.status == 65)
        #expect(outcome.stderr.contains("not a Confidant vault"))
        #expect(sandbox.run(["verify", sandbox.path, "--passphrase-file", sandbox.file("pass.txt")]).status == 65)
    }
}
