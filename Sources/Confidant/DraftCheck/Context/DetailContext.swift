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
        // The sixteen words before it on its line, and for a date a few after it too.
        var start = first
        while start > 0, first - start < 16, !context.words.gap(before: start).contains(UInt8(ascii: "\n")) { start -= 1 }
        var words = Array(start..<first)
        if detector == "date of birth" { words += (last + 1)..<min(context.clauseEnd(last) + 1, last + 4) }
        let someoneElse = words.contains { !context.classes($0).isDisjoint(with: [.thirdPerson, .caseRole, .personNoun]) }
        guard !someoneElse else { return false }
        // The writer's own: "my", "our" or "new" just before it, "my … number|address" before it,
        // "its my work phone" after it, or the writer's whereabouts ("i live", "we're at", "pick
        // me up from", "im on").
        let near = words.suffix(5)
        let after = (last + 1)..<min(context.clauseEnd(last) + 1, last + 6)
        let things = ownThings(detector)
        let own =
            near.contains { context.classes($0).contains(.selfPossessive) || context.isWord($0, ["new", "personal"]) }
            || words.contains {
                (context.classes($0).contains(.selfPossessive) || context.isWord($0, ["new"]))
                    && (context.isWord($0 + 1, things) || context.isWord($0 + 2, things))
            }
            || after.contains { context.isWord($0, ["its", "it's", "thats", "that's"]) && context.classes($0 + 1).contains(.selfPossessive) }
            || whereabouts.contains { $0.matches(in: context, around: first, last) }
        // The office's number, which anyone may have: "ring the duty officer on…", "the team line".
        if detector == "phone number",
            near.contains(where: { context.isWord($0, ["duty", "office", "team", "switchboard", "reception", "helpline", "desk"]) })
        {
            return true
        }
        if !allowOwn, words.contains(where: { !context.classes($0).isDisjoint(with: [.selfSubject, .selfPossessive]) }) { return false }
        return allowOwn && own || (words + after).contains { !context.classes($0).isDisjoint(with: [.commerce, .trade, .occasion, .food]) }
    }

    /// What the writer calls their own before a detail of this kind: "my new address", "our landline".
    private static func ownThings(_ detector: String) -> Set<String> {
        switch detector {
        case "phone number": ["number", "mobile", "phone", "phones", "landline", "no"]
        case "date of birth": ["dob", "birthday", "bday", "wedding", "anniversary"]
        case "vehicle registration": ["reg", "car", "van", "plate"]
        default: ["address", "postcode", "house", "flat", "street", "road", "place"]
        }
    }

    /// The writer's whereabouts: "i live at", "we're at", "pick me up from", "im on", "i'll be at".
    private static let whereabouts = [
        "~self …1 live|living|staying|moved|based at|in|on|to|near *", "i|im|i'm|we|we're|were at|on *", "me up from|at *",
        "meet|find|collect me at|from|outside *", "i'll|ill|we'll be at|on *",
    ].map(WordPattern.init)
}
