import Confidant

/// The coping plan as text: the whole plan for `plan`, and the parts other commands show — the
/// people with what may be shared with each, the helplines, and what to say when the impact of
/// the work persists.
enum PlanScreen {
    /// The whole plan, readable in ten seconds.
    static func lines(_ document: VaultDocument, today: Day = .today) -> [String] {
        let plan = document.plan
        var lines = [Style.bold("Your coping plan")]
        if ImpactPersistence.holds(document.checkIns, today: today) {
            // The organisation's contacts follow below, in their own section.
            lines += [""] + message
            lines += colleagues(document).isEmpty ? [] : ["People at work:"] + colleagues(document)
            lines.append("")
        }
        lines.append("Signs it is getting to you: " + listed(plan.signs))
        lines.append("What you notice yourself doing: " + listed(plan.responses))
        lines.append("What helps in the longer term: " + listed(plan.strategies))
        lines.append("People to turn to:" + (people(document).isEmpty ? " -" : ""))
        lines += people(document)
        let notNow = document.planPeopleNotToLeanOn.compactMap { AgreementStanding(for: $0).notice }
        if !notNow.isEmpty { lines += ["Not to lean on now:"] + notNow.map { "  " + Style.caution($0) } }
        lines.append("From your organisation:" + (plan.organisation.isEmpty ? " -" : ""))
        lines += organisation(plan)
        lines.append("Helplines:" + (plan.helplines.isEmpty ? " -" : ""))
        lines += helplines(plan)
        let last = document.checkIns.last.map { "last on \($0.on)" } ?? "none yet"
        lines.append("Check-ins: \(last)" + (plan.checkInEvery.map { "; you wanted one every \($0) days" } ?? ""))
        if plan.signs.isEmpty || plan.strategies.isEmpty || plan.people.isEmpty {
            lines.append(Style.dim("Fill it in with `confidant plan edit` (every question can be skipped)."))
        }
        return lines
    }

    /// The people in the plan to turn to (`VaultDocument.peopleToTurnTo`), each with how to reach
    /// them, what their agreement leaves open, and (with `sharing`) what may be shared with them
    /// and what only with care.
    static func people(_ document: VaultDocument, sharing: Bool = true) -> [String] {
        document.peopleToTurnTo.map { supporter in
            let levels = Sharing(for: supporter, topics: document.topics)
            let reach = [supporter.phone, supporter.availability].compactMap { $0 }.joined(separator: ", ")
            let line =
                "  \(supporter.name) (\(supporter.relationship.rawValue)\(reach.isEmpty ? "" : "; " + reach))"
                + (supporter.agreement?.unresolved.map { " — " + $0 } ?? "")
            guard sharing else { return line }
            let care = levels.topics(at: .care)
            return line + ": may share \(listed(levels.topics(at: .share), separator: ", "))"
                + (care.isEmpty ? "" : "; with care \(care.joined(separator: ", "))")
        }
    }

    /// The organisation's support, one kind a line.
    static func organisation(_ plan: CopingPlan) -> [String] {
        plan.organisation.map { contact in
            let how = [contact.who, contact.phone, contact.email].compactMap { $0 }.joined(separator: ", ")
            return "  \(contact.kind.meaning): \(how.isEmpty ? "ask your manager who to contact" : how)"
        }
    }

    /// The helplines, one a line.
    static func helplines(_ plan: CopingPlan) -> [String] {
        plan.helplines.map { "  \($0.name) \($0.phone) (\($0.country))" + ($0.note.map { ": \($0)" } ?? "") }
    }

    /// What to say when the impact persists (`ImpactPersistence`): the guidance, then whom to ask
    /// at work — the organisation's contacts and the supporters at work with what was agreed.
    static func persistence(_ document: VaultDocument) -> [String] {
        message + whomToAsk(document)
    }

    /// `ImpactPersistence.message`, a sentence a line.
    static var message: [String] {
        ImpactPersistence.message.components(separatedBy: ". ").enumerated().map { index, sentence in
            Style.caution(index == 0 ? sentence + "." : sentence)
        }
    }

    /// The organisation's contacts and the supporters at work, with what was agreed with each.
    static func whomToAsk(_ document: VaultDocument) -> [String] {
        let contacts = organisation(document.plan) + colleagues(document)
        guard !contacts.isEmpty else {
            return ["Ask your manager or supervisor; note whom to ask with `confidant plan organisation counselling --who …`."]
        }
        return ["Whom to ask:"] + contacts
    }

    /// The supporters at work, each with what was agreed.
    static func colleagues(_ document: VaultDocument) -> [String] {
        document.supporters.filter { $0.sphere == .work }.sortedByName().map { supporter in
            let agreed =
                supporter.agreement.map { agreement in
                    agreement.status.rawValue + (agreement.support.isEmpty ? "" : ": " + agreement.support.map(\.meaning).joined(separator: ", "))
                } ?? "not asked yet"
            return "  \(supporter.name) (\(supporter.relationship.rawValue)): \(agreed)"
        }
    }

    private static func listed(_ items: [String], separator: String = " · ") -> String {
        items.isEmpty ? "-" : items.joined(separator: separator)
    }
}
