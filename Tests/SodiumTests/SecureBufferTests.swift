import Testing

@testable import Sodium

@Suite struct SecureBufferTests {
    @Test func growsWithoutLosingWhatWasWritten() throws {
        let buffer = try SecureBuffer(capacity: 1)
        var expected: [UInt8] = []
        for index in 0..<10_000 {
            let byte = UInt8(truncatingIfNeeded: index * 31)
            buffer.append(byte)
            expected.append(byte)
            if index % 1000 == 0 {
                let chunk = [UInt8](repeating: byte, count: 777)
                chunk.withUnsafeBytes { buffer.append($0) }
                expected += chunk
            }
        }
        buffer.append(repeating: 0x20, count: 5)
        expected += [UInt8](repeating: 0x20, count: 5)
        #expect(buffer.count == expected.count)
        let bytes = buffer.finish()
        #expect(bytes.withUnsafeBytes { Array($0) } == expected)
    }

    @Test func anEmptyBufferFinishesEmpty() throws {
        #expect(try SecureBuffer().finish().count == 0)
    }
}
