extension VaultDocument {
    /// The plan's people to turn to: those in it who agreed to support you, and services, in the
    /// plan's order. Someone in the plan who was never asked, has not answered, declined, paused or
    /// ended the agreement is not among them (`planPeopleNotToLeanOn`).
    public var peopleToTurnTo: [Supporter] {
        planPeople.filter { AgreementStanding(for: $0).canLeanOn }
    }

    /// The plan's people who are not to be leant on now, in the plan's order; their
    /// `AgreementStanding` says why.
    public var planPeopleNotToLeanOn: [Supporter] {
        planPeople.filter { !AgreementStanding(for: $0).canLeanOn }
    }

    private var planPeople: [Supporter] {
        plan.people.compactMap { id in supporters.first { $0.id == id } }
    }
}
