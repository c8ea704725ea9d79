import Foundation

/// Parses the canonical 36-character UUID text by hand: `UUID(uuidString:)` goes through
/// `sscanf`, which was the largest single cost of reading a large vault.
enum UUIDText {
    /// The UUID, or nil for anything but `8-4-4-4-12` hexadecimal digits.
    static func parse(_ text: String) -> UUID? {
        guard text.utf8.count == 36 else { return nil }
        var uuid: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        let valid = withUnsafeMutableBytes(of: &uuid) { bytes -> Bool in
            var index = 0
            for (position, character) in text.utf8.enumerated() {
                if position == 8 || position == 13 || position == 18 || position == 23 {
                    guard character == UInt8(ascii: "-") else { return false }
                    continue
                }
                guard let nibble = hexValue(character) else { return false }
                bytes[index / 2] = bytes[index / 2] << 4 | nibble
                index += 1
            }
            return true
        }
        return valid ? UUID(uuid: uuid) : nil
    }

    private static func hexValue(_ character: UInt8) -> UInt8? {
        switch character {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): character - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): character - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): character - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
