/// One supporter's agreement as something to show them (`export --supporter`): what they agreed
/// to, their limits, when to talk about it again, and what will and will not be talked about with
/// them. Nothing else leaves: no protected terms, nobody else, none of your own notes about them
/// (what the work could do to them, to the relationship), no contact details.
public struct AgreementSummary: Sendable {
    public let name: String
    public let agreement: Agreement?
    public let share: [Topic]
    public let care: [Topic]
    public let never: [Topic]

    /// The summary for `supporter`, with the topics of `document`.
    public init(for supporter: Supporter, in document: VaultDocument) {
        let sharing = Sharing(for: supporter, topics: document.topics)
        let topics = { (level: SharingLevel) in sharing.levels.filter { $0.level == level }.map(\.topic) }
        name = supporter.name
        agreement = supporter.agreement
        (share, care, never) = (topics(.share), topics(.care), topics(.never))
    }

    /// Plain text, for the two of you to read together.
    public var text: String {
        var lines = ["Our agreement: \(name)", "(from my support records, for the two of us to check together)", ""]
        if let agreement {
            lines.append(
                "Where it stands: \(agreement.status.rawValue), on \(agreement.on)"
                    + (agreement.reviewOn.map { "; to talk about it again on \($0)" } ?? "") + ".")
            let support = agreement.support.map { $0 == .other ? agreement.otherSupport ?? $0.meaning : $0.meaning }
            if !support.isEmpty { lines.append("You agreed to: " + support.joined(separator: ", ")) }
            if !agreement.limits.isEmpty { lines.append("Your limits: " + agreement.limits.joined(separator: "; ")) }
            let unsure = [agreement.willing == .unsure ? "willing" : nil, agreement.able == .unsure ? "able" : nil].compactMap { $0 }
            if !unsure.isEmpty {
                lines.append("You were unsure whether you are " + unsure.joined(separator: " and ") + ": we said we would talk about it again.")
            }
        } else {
            lines.append("Where it stands: not asked yet.")
        }
        for (heading, topics) in [("What I may talk to you about:", share), ("With care:", care), ("What I will not talk to you about:", never)]
        where !topics.isEmpty {
            lines += ["", heading] + topics.map { "  - \($0.name): \($0.meaning)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
