import Foundation

extension Date {
    /// Now, truncated to a whole second: what the vault's ISO 8601 timestamps can hold, so a
    /// record is equal to itself after a save and a re-read (imports compare `updatedAt`).
    public static var currentSecond: Date { Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down)) }
}

/// Timestamps as `YYYY-MM-DDTHH:MM:SSZ` (UTC, whole seconds), formatted and parsed by hand:
/// Foundation's ISO 8601 formatter costs more than the rest of decoding a large vault together.
public enum Timestamp {
    /// The text form of `date`.
    public static func format(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let within = seconds - days * 86_400
        var day = Day(date: date).description
        return day.withUTF8 { day in
            String(unsafeUninitializedCapacity: day.count + 10) { buffer in
                _ = buffer.initialize(from: day)
                let time = day.count
                buffer[time] = UInt8(ascii: "T")
                Day.put(within / 3600, width: 2, into: buffer, at: time + 1)
                buffer[time + 3] = UInt8(ascii: ":")
                Day.put(within / 60 % 60, width: 2, into: buffer, at: time + 4)
                buffer[time + 6] = UInt8(ascii: ":")
                Day.put(within % 60, width: 2, into: buffer, at: time + 7)
                buffer[time + 9] = UInt8(ascii: "Z")
                return time + 10
            }
        }
    }

    /// Parses the text form; nil for anything else.
    public static func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8(parse)
    }

    /// Parses the text form from UTF-8; nil for anything else.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        guard bytes.count == 20, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
            bytes[19] == UInt8(ascii: "Z"), let day = Day.parse(UnsafeBufferPointer(rebasing: bytes[0..<10])),
            let hour = Day.number(bytes[11..<13]), let minute = Day.number(bytes[14..<16]), let second = Day.number(bytes[17..<19]),
            hour < 24, minute < 60, second < 60
        else { return nil }
        return Date(timeIntervalSince1970: Double(day * 86_400 + hour * 3600 + minute * 60 + second))
    }

    /// The JSON encoding strategy for timestamps.
    public static let encoding = JSONEncoder.DateEncodingStrategy.custom { date, encoder in
        var container = encoder.singleValueContainer()
        try container.encode(format(date))
    }

    /// The JSON decoding strategy for timestamps.
    public static let decoding = JSONDecoder.DateDecodingStrategy.custom { decoder in
        let container = try decoder.singleValueContainer()
        guard let date = parse(try container.decode(String.self)) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a YYYY-MM-DDTHH:MM:SSZ timestamp")
        }
        return date
    }
}
