/// The rule that says the work keeps affecting you (docs/WELLBEING.md gives its reasons): the
/// impact on you or on your relationships rated 3 or 4 on at least three different days that
/// span at least 14 days, all within the last six weeks (42 days, today included).
public enum ImpactPersistence {
    /// The lowest rating that counts as a hard time.
    public static let threshold = 3
    /// Different days it must have been that hard on.
    public static let minimumDays = 3
    /// Days from the first such day to the last, at least.
    public static let minimumSpan = 14
    /// Days looked back over, today included.
    public static let window = 42

    /// Whether the rule holds for `checkIns` as of `today`.
    public static func holds(_ checkIns: [CheckIn], today: Day = .today) -> Bool {
        let hard = Set(
            checkIns.filter { checkIn in
                let age = checkIn.on.days(until: today)
                return (0..<window).contains(age) && isHard(checkIn)
            }.map(\.on)
        ).sorted()
        guard hard.count >= minimumDays, let first = hard.first, let last = hard.last else { return false }
        return first.days(until: last) >= minimumSpan
    }

    /// Whether a check-in rates the impact on you or on your relationships at the threshold.
    public static func isHard(_ checkIn: CheckIn) -> Bool {
        [CheckIn.Rating.impactOnMe, .impactOnRelationships].contains { (checkIn[$0] ?? 0) >= threshold }
    }

    /// What to say when it holds, in the guidance's words.
    public static let message =
        "The work seems to keep affecting you. That is a reason to find out what more your "
        + "organisation can offer: further training, counselling, or changes to your workload or the content of your work."
}
