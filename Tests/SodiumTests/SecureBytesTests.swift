import Testing

@testable import Sodium

@Suite struct SecureBytesTests {
    @Test func startsZeroedAndKeepsWhatIsWritten() throws {
        let bytes = try SecureBytes(count: 40)
        #expect(bytes.revealedForTest == [UInt8](repeating: 0, count: 40))
        bytes.withUnsafeMutableBytes { $0[3] = 7 }
        #expect(bytes.revealedForTest[3] == 7)
    }

    @Test func describesItselfAsRedacted() throws {
        let bytes = try SecureBytes(copying: Array("hunter2-hunter2".utf8))
        #expect("\(bytes)" == "<redacted>")
        #expect(String(reflecting: bytes) == "<redacted>")
    }

    @Test func comparesByContents() throws {
        let a = try SecureBytes(copying: [1, 2, 3])
        #expect(a == (try SecureBytes(copying: [1, 2, 3])))
        #expect(a != (try SecureBytes(copying: [1, 2, 4])))
        #expect(a != (try SecureBytes(copying: [1, 2])))
    }

    @Test func randomBuffersDiffer() throws {
        let a = try SecureBytes(randomCount: 32)
        let b = try SecureBytes(randomCount: 32)
        #expect(a != b)
    }

    @Test func emptyBufferIsUsable() throws {
        let empty = try SecureBytes(copying: [])
        #expect(empty.count == 0)
        #expect(empty.revealedForTest.isEmpty)
    }

    @Test func slicesCopyTheRightRange() throws {
        let bytes = try SecureBytes(copying: [0, 1, 2, 3, 4, 5])
        #expect(try bytes.slice(2, 3).revealedForTest == [2, 3, 4])
        #expect(try bytes.prefix(2).revealedForTest == [0, 1])
        #expect(throws: SodiumError.self) { try bytes.slice(4, 3) }
    }
}
