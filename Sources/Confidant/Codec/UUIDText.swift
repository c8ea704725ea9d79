import Foundation

/// Parses and writes the canonical 36-character UUID text by hand: `UUID(uuidString:)` goes through
/// `sscanf`, which was the largest single cost of reading a large vault.
enum UUIDText {
    /// The UUID, or nil for anything but `8-4-4-4-12` hexadecimal digits.
    static func parse(_ text: String) -> UUID? {
        var text = text
        return text.withUTF8(parse)
    }

    /// The UUID in `utf8`, or nil for anything but `8-4-4-4-12` hexadecimal digits. One table
    /// lookup a digit: a large vault holds hundreds of thousands of ids.
    static func parse(_ utf8: UnsafeBufferPointer<UInt8>) -> UUID? {
        guard utf8.count == 36, utf8[8] == dash, utf8[13] == dash, utf8[18] == dash, utf8[23] == dash else { return nil }
        var uuid: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var invalid: UInt8 = 0
        withUnsafeMutableBytes(of: &uuid) { bytes in
            nibbles.withUnsafeBufferPointer { nibbles in
                for (index, position) in digitPositions.enumerated() {
                    let high = nibbles[Int(utf8[position])], low = nibbles[Int(utf8[position + 1])]
                    invalid |= high | low
                    bytes[index] = high << 4 | low
                }
            }
        }
        return invalid & 0xF0 == 0 ? UUID(uuid: uuid) : nil
    }

    /// The canonical upper-case text of `uuid`, as `UUID.uuidString` writes it (which goes
    /// through `snprintf`: a save writes two ids per supporter).
    static func format(_ uuid: UUID) -> String {
        withUnsafeBytes(of: uuid.uuid) { bytes in
            String(unsafeUninitializedCapacity: 36) { text in
                for index in [8, 13, 18, 23] { text[index] = dash }
                for (index, position) in digitPositions.enumerated() {
                    text[position] = upperDigits[Int(bytes[index] >> 4)]
                    text[position + 1] = upperDigits[Int(bytes[index] & 0xF)]
                }
                return 36
            }
        }
    }

    private static let dash = UInt8(ascii: "-")
    private static let upperDigits = Array("0123456789ABCDEF".utf8)
    /// Where each byte's two digits start in the text.
    private static let digitPositions = [0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34]
    /// The value of each hexadecimal digit; 0xFF for anything else.
    private static let nibbles: [UInt8] = (0..<256).map { hexValue(UInt8($0)) ?? 0xFF }

    /// The value of the hexadecimal digit `character` (0–9, a–f, A–F), or nil.
    static func hexValue(_ character: UInt8) -> UInt8? {
        switch character {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): character - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): character - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): character - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
