import Testing

@testable import Sodium

@Suite struct RandomTests {
    @Test func givesTheRequestedLengthAndVaries() throws {
        #expect(try Random.bytes(0).isEmpty)
        #expect(try Random.bytes(24).count == 24)
        #expect(try Random.bytes(32) != Random.bytes(32))
    }
}
