import Foundation

/// A calendar day (`YYYY-MM-DD`), for agreement and review dates: no time, no time zone.
///
/// Pure arithmetic on the proleptic Gregorian calendar (Howard Hinnant's days-from-civil), with no
/// Foundation `Calendar`: a vault holds two of these per supporter, and ICU calendars cost
/// microseconds each and milliseconds to load.
public struct Day: Codable, Comparable, Hashable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01.
    let ordinal: Int

    /// Parses `YYYY-MM-DD`, refusing impossible dates such as 2026-02-30.
    public init?(_ text: String) {
        var text = text
        guard let ordinal = text.withUTF8({ Self.parse($0) }) else { return nil }
        self.ordinal = ordinal
    }

    /// Days since 1970 of `YYYY-MM-DD` in `bytes`, or nil.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = number(bytes[0..<4]), let month = number(bytes[5..<7]), let day = number(bytes[8..<10]),
            year >= 1, (1...12).contains(month), (1...length(of: month, in: year)).contains(day)
        else { return nil }
        return ordinal(year: year, month: month, day: day)
    }

    /// The day of `date` in UTC.
    public init(date: Date) {
        ordinal = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
    }

    private init(ordinal: Int) { self.ordinal = ordinal }

    /// Today, in the local time zone.
    public static var today: Day {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return Day(ordinal: ordinal(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday)))
    }

    /// The day as `YYYY-MM-DD`.
    public var description: String {
        let (year, month, day) = civil
        guard (0...9999).contains(year) else { return Self.digits(year, 4) + "-" + Self.digits(month, 2) + "-" + Self.digits(day, 2) }
        // Written byte by byte: a save formats three dates per supporter.
        return String(unsafeUninitializedCapacity: 10) { buffer in
            Self.put(year, width: 4, into: buffer, at: 0)
            buffer[4] = UInt8(ascii: "-")
            Self.put(month, width: 2, into: buffer, at: 5)
            buffer[7] = UInt8(ascii: "-")
            Self.put(day, width: 2, into: buffer, at: 8)
            return 10
        }
    }

    /// Writes `value` (not negative, at most `width` digits) zero-padded into `buffer` at `offset`.
    static func put(_ value: Int, width: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) {
        var value = value
        for index in stride(from: offset + width - 1, through: offset, by: -1) {
            buffer[index] = UInt8(ascii: "0") + UInt8(value % 10)
            value /= 10
        }
    }

    /// `value` in decimal, zero-padded to `width` (`String(format:)` is slow enough to matter here).
    static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    /// The day `period` after this one; adding months keeps the day of the month where it can
    /// (31 January plus a month is 28 or 29 February).
    public func adding(_ period: Period) -> Day {
        switch period.unit {
        case .day: return Day(ordinal: ordinal + period.count)
        case .week: return Day(ordinal: ordinal + 7 * period.count)
        case .year: return adding(Period(.month, 12 * period.count))
        case .month:
            let (year, month, day) = civil
            let months = year * 12 + (month - 1) + period.count
            let newYear = months / 12, newMonth = months % 12 + 1
            return Day(ordinal: Self.ordinal(year: newYear, month: newMonth, day: min(day, Self.length(of: newMonth, in: newYear))))
        }
    }

    /// Whole days from `self` to `other` (negative when `other` is earlier).
    public func days(until other: Day) -> Int { other.ordinal - ordinal }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD date"))
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    // MARK: Calendar arithmetic

    /// Days since 1970-01-01 of a (valid) civil date.
    static func ordinal(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The civil date of this day: its year, month (1–12) and day of the month.
    public var civil: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func length(of month: Int, in year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// A run of ASCII digits as a number.
    static func number(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        var value = 0
        for digit in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) else { return nil }
            value = value * 10 + Int(digit - UInt8(ascii: "0"))
        }
        return value
    }
}

/// A relative period such as `6m`, `2w`, `10d` or `1y`, for `--review-in`.
public struct Period: Sendable, Equatable {
    /// A calendar unit a period counts.
    public enum Unit: Sendable {
        case day, week, month, year
    }

    /// The unit.
    public let unit: Unit
    /// How many of them.
    public let count: Int

    /// `count` of `unit`.
    public init(_ unit: Unit, _ count: Int) {
        self.unit = unit
        self.count = count
    }

    /// Parses a positive whole number up to 1,000 followed by `d`, `w`, `m` or `y`.
    public init?(_ text: String) {
        guard let letter = text.last, let count = Int(text.dropLast()), count > 0, count <= 1000 else { return nil }
        switch letter {
        case "d": unit = .day
        case "w": unit = .week
        case "m": unit = .month
        case "y": unit = .year
        default: return nil
        }
        self.count = count
    }
}
