import Testing

@testable import Sodium

/// Hex as names are made of it: two lower-case digits a byte, every byte value, in order.
@Suite struct HexTests {
    @Test func everyByteIsTwoLowerCaseDigits() {
        #expect(Hex.lowercase([0x00, 0x0f, 0xa5, 0xff]) == "000fa5ff")
        #expect(Hex.lowercase([UInt8]()) == "")
        let all = Array(UInt8.min...UInt8.max), text = Hex.lowercase(all)
        #expect(text.utf8.count == 512 && text == text.lowercased())
        #expect(hex(text) == all)
    }
}
