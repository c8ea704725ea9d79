import Confidant

/// The coping plan at the terminal (`PlanLines`, styled): the whole plan for `plan`, and the parts
/// other commands show — the people, the helplines, and what to say when the impact of the work
/// persists.
enum PlanScreen {
    /// The whole plan, readable in ten seconds.
    static func lines(_ document: VaultDocument, today: Day = .today) -> [String] {
        let (lines, incomplete) = PlanLines.of(document, today: today)
        return lines.map { line in
            switch line.kind {
            case .plain: line.text
            case .title: Style.bold(line.text)
            case .caution: Style.caution(line.text)
            }
        } + (incomplete ? [Style.dim("Fill it in with `confidant plan edit` (every question can be skipped).")] : [])
    }

    /// What to say when the impact persists (`ImpactPersistence`): the guidance, then whom to ask
    /// at work — the organisation's contacts and the supporters at work with what was agreed.
    static func persistence(_ document: VaultDocument) -> [String] {
        PlanLines.persistence.map(Style.caution) + whomToAsk(document)
    }

    /// The organisation's contacts and the supporters at work, or how to note whom to ask.
    static func whomToAsk(_ document: VaultDocument) -> [String] {
        let lines = PlanLines.whomToAsk(document)
        return lines.isEmpty ? ["Ask your manager or supervisor; note whom to ask with `confidant plan organisation counselling --who …`."] : lines
    }
}
