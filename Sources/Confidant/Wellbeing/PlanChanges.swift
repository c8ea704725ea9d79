import Foundation

/// A list of your own words in the coping plan.
public enum PlanList: String, CaseIterable, Sendable {
    case sign, response, strategy

    /// The list in a plan.
    public var keyPath: WritableKeyPath<CopingPlan, [String]> {
        switch self {
        case .sign: \.signs
        case .response: \.responses
        case .strategy: \.strategies
        }
    }
}

extension VaultDocument {
    /// Adds `text` to one of the plan's lists; the same words again (as `NameKey` compares) are
    /// left as they are. Logged.
    /// - Throws: `ConfidantError.invalidValue` for empty text, `.noteRefused` for text naming a
    ///   protected term or holding an identifying detail.
    public mutating func addToPlan(_ list: PlanList, _ text: String) throws {
        let text = try planText(text)
        guard !plan[keyPath: list.keyPath].contains(where: { NameKey.of($0) == NameKey.of(text) }) else { return }
        plan[keyPath: list.keyPath].append(text)
        planChanged("\(list.rawValue) added to the plan")
    }

    /// Removes `text` (compared as `NameKey` compares) from one of the plan's lists.
    /// - Throws: `ConfidantError.invalidValue` when it is not there.
    public mutating func removeFromPlan(_ list: PlanList, _ text: String) throws {
        let before = plan[keyPath: list.keyPath].count
        plan[keyPath: list.keyPath].removeAll { NameKey.of($0) == NameKey.of(text) }
        guard plan[keyPath: list.keyPath].count < before else {
            throw ConfidantError.invalidValue("the plan has no \(list.rawValue) \"\(text)\"; `confidant plan` shows it")
        }
        planChanged("\(list.rawValue) removed from the plan")
    }

    /// Adds the supporter with `id` to the people to turn to (once). Someone who declined, paused
    /// or ended the agreement is refused: the plan lists people to lean on.
    /// - Throws: `ConfidantError.unknownSupporter`; `ConfidantError.invalidValue` for someone not
    ///   to lean on.
    public mutating func addPlanPerson(_ id: UUID) throws {
        let supporter = supporters[try position(of: id)]
        if [.declined, .paused, .ended].contains(supporter.status), let notice = AgreementStanding(for: supporter).notice {
            throw ConfidantError.notToLeanOn(notice)
        }
        guard !plan.people.contains(id) else { return }
        plan.people.append(id)
        planChanged("person added to the plan")
    }

    /// Removes the supporter with `id` from the people to turn to.
    /// - Throws: `ConfidantError.invalidValue` when they are not in the plan.
    public mutating func removePlanPerson(_ id: UUID) throws {
        guard plan.people.contains(id) else {
            throw ConfidantError.invalidValue("\(supporters.first { $0.id == id }?.name ?? "they") is not among the people in your plan")
        }
        plan.people.removeAll { $0 == id }
        planChanged("person removed from the plan")
    }

    /// Sets whom to ask for one kind of organisational support, replacing what was there.
    /// - Throws: `ConfidantError.noteRefused` when whom to ask is a protected term.
    public mutating func setOrganisationContact(_ contact: OrganisationContact) throws {
        var contact = contact
        contact.who = try contact.who.map { try planText($0, details: false) }
        if let index = plan.organisation.firstIndex(where: { $0.kind == contact.kind }) {
            plan.organisation[index] = contact
        } else {
            plan.organisation.append(contact)
        }
        planChanged("organisational support \(contact.kind.rawValue) set")
    }

    /// Removes the contact for one kind of organisational support.
    /// - Throws: `ConfidantError.invalidValue` when there is none.
    public mutating func removeOrganisationContact(_ kind: OrganisationSupport) throws {
        guard plan.organisation.contains(where: { $0.kind == kind }) else {
            throw ConfidantError.invalidValue("the plan has no contact for \(kind.rawValue)")
        }
        plan.organisation.removeAll { $0.kind == kind }
        planChanged("organisational support \(kind.rawValue) removed")
    }

    /// Adds a helpline, or replaces the one with the same name.
    /// - Throws: `ConfidantError.invalidValue` for an empty name, number or country.
    public mutating func setHelpline(_ helpline: Helpline) throws {
        var helpline = helpline
        (helpline.name, helpline.country) = (try planText(helpline.name, details: false), try planText(helpline.country, details: false))
        helpline.note = try helpline.note.map { try planText($0, details: false) }
        // A number is a detail by design: checked for shape, not against the draft check.
        helpline.phone = helpline.phone.trimmingCharacters(in: .whitespaces)
        guard helpline.phone.filter(\.isNumber).count >= 3, helpline.phone.allSatisfy({ $0.isNumber || " +-()".contains($0) }) else {
            throw ConfidantError.invalidValue("a helpline's number is digits, with spaces, +, - or brackets if you like")
        }
        if let index = plan.helplines.firstIndex(where: { NameKey.of($0.name) == NameKey.of(helpline.name) }) {
            plan.helplines[index] = helpline
        } else {
            plan.helplines.append(helpline)
        }
        planChanged("helpline set")
    }

    /// Removes the helpline called `name`.
    /// - Throws: `ConfidantError.invalidValue` when there is none.
    public mutating func removeHelpline(_ name: String) throws {
        guard plan.helplines.contains(where: { NameKey.of($0.name) == NameKey.of(name) }) else {
            throw ConfidantError.invalidValue("the plan has no helpline \"\(name)\"; `confidant plan` lists them")
        }
        plan.helplines.removeAll { NameKey.of($0.name) == NameKey.of(name) }
        planChanged("helpline removed")
    }

    /// How often you want to check in, in days (nil: no reminder).
    /// - Throws: `ConfidantError.invalidValue` outside 1 to 366 days.
    public mutating func setCheckInReminder(days: Int?) throws {
        if let days, !(1...366).contains(days) {
            throw ConfidantError.invalidValue("a check-in reminder is every 1 day to 1 year")
        }
        plan.checkInEvery = days
        planChanged(days.map { "check-in reminder every \($0) days" } ?? "check-in reminder off")
    }

    /// Keeps a check-in, after checking its note: a note that names a protected term or holds an
    /// identifying detail is refused, since case material must not enter a personal vault.
    /// - Throws: `ConfidantError.noteRefused` (nothing is changed), `.invalidValue` for an
    ///   empty check-in or one dated in the future.
    public mutating func recordCheckIn(_ checkIn: CheckIn, today: Day = .today) throws {
        guard !checkIn.isEmpty else { throw ConfidantError.invalidValue("the check-in is empty: nothing to keep") }
        guard checkIn.on <= today else { throw ConfidantError.invalidValue("the check-in date \(checkIn.on) is in the future") }
        if let note = checkIn.note, CheckIn.check(note, document: self).refused { throw ConfidantError.noteRefused }
        let index = checkIns.firstIndex { $0.on > checkIn.on } ?? checkIns.endIndex
        checkIns.insert(checkIn, at: index)
        log(.checkInRecorded, "check-in for \(checkIn.on)")
    }

    /// Removes every check-in about `day`; how many.
    /// - Throws: `ConfidantError.invalidValue` when there is none.
    public mutating func removeCheckIns(on day: Day) throws -> Int {
        let before = checkIns.count
        checkIns.removeAll { $0.on == day }
        guard checkIns.count < before else {
            throw ConfidantError.invalidValue("there is no check-in for \(day); `confidant checkin --list` lists them")
        }
        log(.checkInRemoved, "check-ins for \(day) removed")
        return before - checkIns.count
    }

    private mutating func planChanged(_ summary: String) {
        plan.updatedAt = .currentSecond
        log(.planChanged, summary)
    }

    /// `text` trimmed, once it may be kept: not empty, not too long, and naming no protected
    /// term and (with `details`) holding no identifying detail, as a check-in note.
    private func planText(_ text: String, details: Bool = true) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw ConfidantError.invalidValue("an entry in the plan needs some words") }
        guard trimmed.count <= 500 else { throw ConfidantError.invalidValue("an entry in the plan is at most 500 characters") }
        guard !CheckIn.check(trimmed, document: self, details: details).refused else { throw ConfidantError.noteRefused }
        return trimmed
    }
}

extension CheckIn {
    /// What the check makes of a note about you (a check-in note, a plan entry) before it is
    /// kept: everything the draft check finds, and whether that keeps it out of the vault.
    public struct NoteCheck: Sendable {
        /// Protected terms in any form, and (with `details`) identifying details.
        public let findings: [Finding]
        /// Refused when anything is found at never (docs/WELLBEING.md); possible findings alone
        /// (a first name, a surname one letter off) are for the person to judge.
        public var refused: Bool { findings.contains { $0.level == .never } }
    }

    /// The check of `note`; without `details`, protected terms only (a contact's phone number or
    /// email is a detail by design).
    public static func check(_ note: String, document: VaultDocument, details: Bool = true) -> NoteCheck {
        NoteCheck(findings: DraftScanner(notesIn: document).scan(note).filter { details || $0.kind != .detail })
    }
}
