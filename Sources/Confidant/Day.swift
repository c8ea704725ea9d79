import Foundation

/// A calendar day (`YYYY-MM-DD`), for agreement and review dates: no time, no time zone.
public struct Day: Codable, Comparable, Hashable, Sendable, CustomStringConvertible {
    /// The day as `YYYY-MM-DD`.
    public let description: String
    private let ordinal: Int

    /// Parses `YYYY-MM-DD`, refusing impossible dates such as 2026-02-30.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.count == 10, parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let date = Self.calendar.date(from: DateComponents(year: year, month: month, day: day)),
              Self.calendar.dateComponents([.year, .month, .day], from: date) == DateComponents(year: year, month: month, day: day)
        else { return nil }
        self.init(date: date)
    }

    /// The day on which `date` falls in the local time zone.
    public init(date: Date, in zone: TimeZone = .current) {
        var local = Calendar(identifier: .gregorian)
        local.timeZone = zone
        let parts = local.dateComponents([.year, .month, .day], from: date)
        let utc = Self.calendar.date(from: parts)!
        ordinal = Int(utc.timeIntervalSince1970 / 86_400)
        description = String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    /// Today, in the local time zone.
    public static var today: Day { Day(date: Date()) }

    /// This day moved by a number of days, weeks, months or years (months clamp to the month's end).
    public func adding(_ component: Calendar.Component, _ value: Int) -> Day {
        let date = Date(timeIntervalSince1970: Double(ordinal) * 86_400)
        return Day(date: Self.calendar.date(byAdding: component, value: value, to: date)!, in: Self.utc)
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

    private static let utc = TimeZone(identifier: "UTC")!
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        return calendar
    }()
}

/// A relative period such as `6m`, `2w`, `10d` or `1y`, for `--review-in`.
public struct Period: Sendable, Equatable {
    /// The calendar unit.
    public let component: Calendar.Component
    /// How many of them.
    public let count: Int

    /// Parses a positive whole number followed by `d`, `w`, `m` or `y`.
    public init?(_ text: String) {
        guard let unit = text.last, let count = Int(text.dropLast()), count > 0, count <= 1000 else { return nil }
        switch unit {
        case "d": component = .day
        case "w": component = .weekOfYear
        case "m": component = .month
        case "y": component = .year
        default: return nil
        }
        self.count = count
    }
}
