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
}
