/// One week of check-ins as `checkin --history` summarises it: its first day, how many check-ins
/// it holds, and the highest value each rating was given in it.
public struct CheckInWeek: Encodable, Equatable, Sendable {
    /// Its first day.
    public let from: Day
    /// How many check-ins are about a day of this week.
    public let checkIns: Int
    /// The highest value of each rating given that week, by the rating's raw value; a rating
    /// never given that week is absent.
    public let highest: [String: Int]

    /// The `count` weeks (seven days each) whose last ends on `today`, oldest first.
    public static func weeks(of checkIns: [CheckIn], count: Int, endingOn today: Day = .today) -> [CheckInWeek] {
        let start = today.adding(Period(.day, 1 - 7 * count))
        return (0..<count).map { index in
            let first = start.adding(Period(.day, 7 * index)), last = first.adding(Period(.day, 6))
            let inWeek = checkIns.filter { $0.on >= first && $0.on <= last }
            var highest: [String: Int] = [:]
            for rating in CheckIn.Rating.allCases {
                highest[rating.rawValue] = inWeek.compactMap { $0[rating] }.max()
            }
            return CheckInWeek(from: first, checkIns: inWeek.count, highest: highest)
        }
    }
}
