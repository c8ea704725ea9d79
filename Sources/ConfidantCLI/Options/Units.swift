import ArgumentParser
import Foundation

/// Parsing of the human units the flags take: sizes like `256MiB` and durations like `1s`.
enum Units {
    /// Bytes in `text`: a whole number with an optional `KiB`, `MiB` or `GiB` suffix (or K, M, G).
    static func bytes(_ text: String) -> Int? {
        let units: [(String, Int)] = [("KiB", 1 << 10), ("MiB", 1 << 20), ("GiB", 1 << 30), ("K", 1 << 10), ("M", 1 << 20), ("G", 1 << 30)]
        for (suffix, factor) in units where text.hasSuffix(suffix) {
            guard let value = Int(text.dropLast(suffix.count)), value > 0 else { return nil }
            let (product, overflow) = value.multipliedReportingOverflow(by: factor)
            return overflow ? nil : product
        }
        return Int(text).flatMap { $0 > 0 ? $0 : nil }
    }

    /// Whole seconds in a duration such as `90s`, `15m`, `2h` or `1h30m`: whole numbers, each with
    /// its unit (`s`, `m`, `h`), largest first. A bare number is refused: `--for 15` could mean
    /// seconds or minutes.
    static func duration(_ text: String) -> Int? {
        var total = 0, number = "", used: [Character] = []
        for character in text.lowercased() {
            if character.isASCII, character.isNumber { number.append(character); continue }
            guard let factor = ["h": 3600, "m": 60, "s": 1][character], let value = Int(number), !used.contains(character),
                used.allSatisfy({ "hms".firstIndex(of: $0)! < "hms".firstIndex(of: character)! })
            else { return nil }
            let (part, overflow) = value.multipliedReportingOverflow(by: factor)
            guard !overflow, total <= Int.max - part else { return nil }
            total += part
            used.append(character)
            number = ""
        }
        return number.isEmpty && !used.isEmpty ? total : nil
    }

    /// The seconds in a `--for` duration, at most `most`.
    /// - Throws: `ValidationError` saying what is wrong: a bare number, no duration at all, or
    ///   longer than `most` (`tooLong` says so).
    static func checkedDuration(_ text: String, most: Int, tooLong: String) throws -> Int {
        if let number = Int(text) {
            throw ValidationError("--for \(text) needs a unit: \(number)m for minutes, \(number)s for seconds, \(number)h for hours")
        }
        guard let seconds = duration(text), seconds > 0 else {
            throw ValidationError("--for takes a duration such as 15m, 2h, 1h30m or 90s, not \"\(text)\"")
        }
        guard seconds <= most else { throw ValidationError(tooLong) }
        return seconds
    }

    /// `seconds` for a person: `15 minutes`, `2 hours`, `1 hour 30 minutes`, `90 seconds`.
    static func spoken(seconds: Int) -> String {
        let parts = [(seconds / 3600, "hour"), (seconds % 3600 / 60, "minute"), (seconds % 60, "second")].filter { $0.0 > 0 }
        guard !parts.isEmpty else { return "0 seconds" }
        return parts.map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }.joined(separator: " ")
    }

    /// Seconds in `text`: a number with a suffix `ms` or `s` (a bare number means seconds).
    static func seconds(_ text: String) -> Double? {
        let value: Double?
        if text.hasSuffix("ms") {
            value = Double(text.dropLast(2)).map { $0 / 1000 }
        } else if text.hasSuffix("s") {
            value = Double(text.dropLast())
        } else {
            value = Double(text)
        }
        return value.flatMap { $0 > 0 && $0.isFinite ? $0 : nil }
    }

    /// `date` as local wall-clock time, `HH:MM` (`HH:MM:SS` with `seconds`, for a short unlock).
    static func clock(_ date: Date, seconds: Bool = false) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = seconds ? "HH:mm:ss" : "HH:mm"
        return formatter.string(from: date)
    }
}
