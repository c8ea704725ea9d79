/// Numbers and dates that belong to nobody from work (`ContextRules`): the writer's own ("my new
/// number is…", "our wedding on 12/06/2010", "my street"), a shop's, a trade's or a booking's
/// ("the plumber's number", "order number", "flight BA2490 on…"). In a draft to a supporter these
/// are not identifying details of anyone the writer works with; in a draft to a client the
/// writer's own details are exactly what the disclosure boundaries protect, so there the rule
/// for the writer's own does not apply.
enum DetailContext {
    /// Whether the detail at words `first...last` belongs to the writer (`own: true` allowed) or
    /// to a shop, trade, booking or occasion.
    static func isNobodysFromWork(_ first: Int, _ last: Int, detector: String, allowOwn: Bool, in context: DraftContext) -> Bool {
        // The twelve words before it on its line, and for a date a few after it too.
        var start = first
        while start > 0, first - start < 12, !context.words.gap(before: start).contains(UInt8(ascii: "\n")) { start -= 1 }
        var words = Array(start..<first)
        if detector == "date of birth" { words += (last + 1)..<min(context.clauseEnd(last) + 1, last + 4) }
        let someoneElse = words.contains { !context.classes($0).isDisjoint(with: [.thirdPerson, .caseRole, .personNoun]) }
        guard !someoneElse else { return false }
        let own = allowOwn && words.contains { !context.classes($0).isDisjoint(with: [.selfSubject, .selfPossessive]) || context.isWord($0, ["new"]) }
        if !allowOwn, words.contains(where: { !context.classes($0).isDisjoint(with: [.selfSubject, .selfPossessive]) }) { return false }
        return own || words.contains { !context.classes($0).isDisjoint(with: [.commerce, .trade, .occasion]) }
    }
}
