/// What a draft was checked against, so that "nothing found" says what it means.
public struct DraftCoverage: Encodable, Equatable, Sendable {
    /// Protected terms in the vault.
    public let protectedTerms: Int
    /// Names of supporters at work, checked in a draft for someone outside work.
    public let workNames: Int
    /// Patterns for identifying details (phone numbers, dates of birth, …).
    public let detailRules: Int
    /// Topic words and phrases in force for this person (those of topics at care or never).
    public let topicWords: Int

    /// "1,204 protected terms, 8 identifying-detail rules and 212 topic words".
    public var summary: String {
        var parts = [Self.count(protectedTerms, "protected term")]
        if workNames > 0 { parts.append(Self.count(workNames, "name") + (workNames == 1 ? " of someone at work" : " of people at work")) }
        parts.append(Self.count(detailRules, "identifying-detail rule"))
        parts.append(Self.count(topicWords, "topic word"))
        return parts.dropLast().joined(separator: ", ") + " and " + parts.last!
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        var digits = String(number)
        var index = digits.count - 3
        while index > 0 {
            digits.insert(",", at: digits.index(digits.startIndex, offsetBy: index))
            index -= 3
        }
        return "\(digits) \(noun)\(number == 1 ? "" : "s")"
    }
}
