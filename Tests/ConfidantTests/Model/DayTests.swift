import Foundation
import Testing

@testable import Confidant

@Suite struct DayTests {
    @Test(arguments: ["2026-02-29", "2026-13-01", "2026-00-10", "2026-1-01", "26-01-01", "2026-01-01x", "", "tomorrow"])
    func impossibleOrMalformedDatesAreRefused(text: String) {
        #expect(Day(text) == nil)
    }

    @Test func parsesAndPrints() throws {
        let day = try #require(Day("2024-02-29"))
        #expect(day.description == "2024-02-29")
        #expect(day.adding(Period(.year, 1)).description == "2025-02-28")
        #expect(day.adding(Period(.month, 6)).description == "2024-08-29")
        #expect(day.adding(Period(.day, 1)).description == "2024-03-01")
        #expect(day.days(until: Day("2024-03-10")!) == 10)
    }

    @Test func periodsParse() {
        #expect(Period("6m") == Period("6m"))
        #expect(Period("6m")?.unit == .month)
        #expect(Period("2w") == Period(.week, 2))
        #expect(Period("2w")?.count == 2)
        for bad in ["", "m", "0m", "-1m", "6x", "6", "100000d"] { #expect(Period(bad) == nil, "\(bad)") }
    }

    @Test func roundTripsThroughJSON() throws {
        let day = try #require(Day("2026-11-26"))
        let data = try JSONEncoder().encode([day])
        #expect(String(decoding: data, as: UTF8.self) == #"["2026-11-26"]"#)
        #expect(try JSONDecoder().decode([Day].self, from: data) == [day])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Day].self, from: Data(#"["2026-02-30"]"#.utf8)) }
    }
}
