extension Review {
    /// The items about you rather than your network: the impact persisting
    /// (`ImpactPersistence`), and no check-in for longer than the reminder you chose.
    static func wellbeing(_ document: VaultDocument, today: Day) -> [ReviewItem] {
        var items: [ReviewItem] = []
        if ImpactPersistence.holds(document.checkIns, today: today) {
            items.append(ReviewItem(.impactPersists, ImpactPersistence.message, Suggestion("plan", for: nil)))
        }
        if let every = document.plan.checkInEvery {
            let last = document.checkIns.map(\.on).max()
            let days = last.map { $0.days(until: today) }
            if days.map({ $0 >= every }) ?? true {
                let since = last.map { "since \($0) (\(days!) days)" } ?? "yet"
                items.append(ReviewItem(.checkInDue, "no check-in \(since); you wanted one every \(every) days", Suggestion("checkin", for: nil)))
            }
        }
        return items
    }
}
