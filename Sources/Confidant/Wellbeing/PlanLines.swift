/// The coping plan in lines, as `plan` prints it and the page shows it: readable in ten seconds,
/// with the people to turn to and what may be shared with each, who not to lean on now, the
/// organisation's support, helplines, check-ins, and (when the impact of the work persists) what
/// to do about it and whom to ask.
public enum PlanLines {
    /// How a line is shown.
    public enum Kind: Sendable, Equatable {
        case plain, title, caution
    }

    /// One line, and how it is shown.
    public struct Line: Equatable, Sendable {
        public let text: String
        public let kind: Kind

        init(_ text: String, _ kind: Kind = .plain) { (self.text, self.kind) = (text, kind) }
    }

    /// The whole plan; `incomplete` when signs, strategies or people are still missing (a front
    /// end says how to fill it in).
    public static func of(_ document: VaultDocument, today: Day = .today) -> (lines: [Line], incomplete: Bool) {
        let plan = document.plan
        var lines = [Line("Your coping plan", .title)]
        if ImpactPersistence.holds(document.checkIns, today: today) {
            // The organisation's contacts follow below, in their own section.
            lines += [Line("")] + persistence.map { Line($0, .caution) }
            lines += colleagues(document).isEmpty ? [] : [Line("People at work:")] + colleagues(document).map { Line($0) }
            lines.append(Line(""))
        }
        lines.append(Line("Signs it is getting to you: " + listed(plan.signs)))
        lines.append(Line("What you notice yourself doing: " + listed(plan.responses)))
        lines.append(Line("What helps in the longer term: " + listed(plan.strategies)))
        lines.append(Line("People to turn to:" + (people(document).isEmpty ? " -" : "")))
        lines += people(document).map { Line($0) }
        let notNow = document.planPeopleNotToLeanOn.compactMap { AgreementStanding(for: $0).notice }
        if !notNow.isEmpty { lines += [Line("Not to lean on now:")] + notNow.map { Line("  " + $0, .caution) } }
        lines.append(Line("From your organisation:" + (plan.organisation.isEmpty ? " -" : "")))
        lines += organisation(plan).map { Line($0) }
        lines.append(Line("Helplines:" + (plan.helplines.isEmpty ? " -" : "")))
        lines += helplines(plan).map { Line($0) }
        let last = document.checkIns.last.map { "last on \($0.on)" } ?? "none yet"
        lines.append(Line("Check-ins: \(last)" + (plan.checkInEvery.map { "; you wanted one every \($0) days" } ?? "")))
        return (lines, plan.signs.isEmpty || plan.strategies.isEmpty || plan.people.isEmpty)
    }

    /// The people in the plan to turn to (`VaultDocument.peopleToTurnTo`), each with how to reach
    /// them, what their agreement leaves open, and (with `sharing`) what may be shared with them
    /// and what only with care.
    public static func people(_ document: VaultDocument, sharing: Bool = true) -> [String] {
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
    public static func organisation(_ plan: CopingPlan) -> [String] {
        plan.organisation.map { contact in
            let how = [contact.who, contact.phone, contact.email].compactMap { $0 }.joined(separator: ", ")
            return "  \(contact.kind.meaning): \(how.isEmpty ? "ask your manager who to contact" : how)"
        }
    }

    /// The helplines, one a line.
    public static func helplines(_ plan: CopingPlan) -> [String] {
        plan.helplines.map { "  \($0.name) \($0.phone) (\($0.country))" + ($0.note.map { ": \($0)" } ?? "") }
    }

    /// `ImpactPersistence.message`, a sentence a line.
    public static var persistence: [String] {
        ImpactPersistence.message.components(separatedBy: ". ").enumerated().map { index, sentence in
            index == 0 ? sentence + "." : sentence
        }
    }

    /// "Whom to ask:" and the organisation's contacts and the supporters at work, with what was
    /// agreed with each; empty when there are none (a front end says how to note them).
    public static func whomToAsk(_ document: VaultDocument) -> [String] {
        let contacts = organisation(document.plan) + colleagues(document)
        return contacts.isEmpty ? [] : ["Whom to ask:"] + contacts
    }

    /// The supporters at work, each with what was agreed.
    public static func colleagues(_ document: VaultDocument) -> [String] {
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
