import Testing

@testable import Vault

@Suite struct PadmeTests {
    @Test(arguments: [
        (0, 256), (1, 256), (256, 256), (257, 272), (1000, 1024), (4096, 4096), (4097, 4352),
        (100_000, 100_352), (1_000_000, 1_015_808),
    ])
    func roundsUpAsThePaperSays(length: Int, padded: Int) {
        #expect(Padme.paddedLength(length) == padded)
    }

    @Test func overheadStaysUnderTwelvePercentAndIsIdempotent() {
        for length in stride(from: 257, to: 5_000_000, by: 9_973) {
            let padded = Padme.paddedLength(length)
            #expect(padded >= length)
            #expect(Double(padded - length) / Double(length) < 0.12)
            #expect(Padme.paddedLength(padded) == padded)
        }
    }
}
