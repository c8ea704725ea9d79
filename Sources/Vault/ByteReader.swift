/// A strict cursor over a vault's bytes: every read is bounds-checked and fails as `damaged`.
struct ByteReader {
    private let bytes: [UInt8]
    private(set) var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Bytes not yet read.
    var remaining: Int { bytes.count - offset }

    /// The next `count` bytes; `field` names them in the error when the file ends early.
    mutating func take(_ count: Int, _ field: String) throws -> [UInt8] {
        Array(try slice(count, field))
    }

    /// The next `count` bytes, not copied.
    mutating func slice(_ count: Int, _ field: String) throws -> ArraySlice<UInt8> {
        guard count >= 0, count <= remaining else {
            throw VaultError.damaged("file ends inside \(field) (offset \(offset), \(remaining) bytes left, \(count) needed)")
        }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }

    /// One byte.
    mutating func byte(_ field: String) throws -> UInt8 { try take(1, field)[0] }

    /// A big-endian 32-bit integer.
    mutating func uint32(_ field: String) throws -> UInt32 {
        try take(4, field).reduce(0) { $0 << 8 | UInt32($1) }
    }
}

/// Big-endian encoding helpers for the writer side.
extension Array where Element == UInt8 {
    /// Appends `value` as four big-endian bytes.
    mutating func appendBigEndian(_ value: UInt32) {
        append(contentsOf: [UInt8(value >> 24), UInt8(value >> 16 & 0xff), UInt8(value >> 8 & 0xff), UInt8(value & 0xff)])
    }
}
