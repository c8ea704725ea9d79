import Foundation

/// When a record last changed, as a hybrid logical clock reading (Kulkarni et al., 2014): the
/// wall clock in milliseconds, a counter for changes within one millisecond or while the wall
/// clock is behind the last reading, and the device that made it. Readings order totally, and a
/// device's readings only grow, even when its clock steps back: a merge that keeps the later
/// change does not depend on a correct clock alone (docs/SYNC.md).
public struct Stamp: Comparable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let wall: Int64
    public let counter: Int
    /// 16 hex digits naming the device (`DeviceID`).
    public let device: String

    /// The reading before every other: a record that has never been stamped.
    public static let zero = Stamp(wall: 0, counter: 0, device: "")

    public init(wall: Int64, counter: Int, device: String) {
        (self.wall, self.counter, self.device) = (wall, counter, device)
    }

    /// The next reading on `device` after `last` (the document's clock), at `now`.
    public static func next(after last: Stamp?, device: String, now: Date = Date()) -> Stamp {
        let wall = Int64((now.timeIntervalSince1970 * 1000).rounded(.down))
        guard let last, last.wall >= wall else { return Stamp(wall: wall, counter: 0, device: device) }
        return Stamp(wall: last.wall, counter: last.counter + 1, device: device)
    }

    public static func < (lhs: Stamp, rhs: Stamp) -> Bool {
        (lhs.wall, lhs.counter, lhs.device) < (rhs.wall, rhs.counter, rhs.device)
    }

    /// `WALL.COUNTER.DEVICE`, e.g. `1764237600000.0.a1b2c3d4e5f60718`.
    public var description: String { "\(wall).\(counter).\(device)" }

    /// The largest wall reading or counter read: 2^53, the largest integer every JSON reader
    /// (a browser's, Python's float) holds exactly. A larger one is damage or a forgery, and
    /// would stop the clock of every copy it is merged into.
    public static let largest: Int64 = 1 << 53

    /// Parses `description`'s form.
    public init?(_ text: String) {
        var text = text
        guard let stamp = text.withUTF8({ Stamp(utf8: $0) }) else { return nil }
        self = stamp
    }

    /// Parses `description`'s form from its UTF-8 bytes, in place: two decimal numbers of at most
    /// 2^53 and up to 32 hex digits, joined by dots. `device` makes the device's `String` (a
    /// reader of many stamps passes one that makes each device's once).
    init?(
        utf8 bytes: UnsafeBufferPointer<UInt8>,
        device: (UnsafeBufferPointer<UInt8>) -> String = { String(decoding: $0, as: UTF8.self) }
    ) {
        var index = 0
        func number() -> Int64? {
            let start = index
            var value: Int64 = 0
            while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10, index - start < 17 {
                value = value * 10 + Int64(bytes[index] &- UInt8(ascii: "0"))
                index += 1
            }
            guard index > start, value <= Self.largest, index < bytes.count, bytes[index] == UInt8(ascii: ".") else { return nil }
            index += 1
            return value
        }
        guard let wall = number(), let counter = number() else { return nil }
        let rest = UnsafeBufferPointer(rebasing: bytes[index...])
        guard rest.count <= 32, rest.allSatisfy({ UUIDText.hexValue($0) != nil }) else { return nil }
        self.init(wall: wall, counter: Int(counter), device: device(rest))
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let stamp = Stamp(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a stamp"))
        }
        self = stamp
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
