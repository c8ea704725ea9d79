/// People from work whom the vault does not know: the client the user forgot to add. A word is
/// taken for a person's name when it is a given name people in the UK have (`FirstNames`; one
/// that is also an everyday word only with a capital), or two capitalised words in the middle of a
/// sentence ("Bogdan Popescu"); and it is reported only when the draft is about the work — a
/// case in it, words of the work or what clients do around the name ("the lad i supervise,
/// reece", "kayleigh's report is due", "yusuf came in with his mum"). A name in a draft about
/// friends and family is nobody from work. Never a supporter's name or a protected term's word.
/// Reported as possible, with what to do if it is someone from work.
enum UnlistedNames {
    /// What the finding says.
    static let reason = "possible: a name that is not in your network; if it is someone from work, `confidant terms add`"

    /// The unlisted names in `context`, as word ranges. `isKnown` says whether a folded word is
    /// a word of a supporter's or a protected term's name; `taken` are the words already found as
    /// names.
    static func find(in context: DraftContext, isKnown: (String) -> Bool, taken: Set<Int>, aboutTheWork: Bool, aboutACase: Bool) -> [ClosedRange<Int>]
    {
        var found: [ClosedRange<Int>] = []
        var position = 0
        while position < context.count {
            defer { position += 1 }
            guard !taken.contains(position), let end = name(at: position, context, isKnown: isKnown, taken: taken),
                !NameContext.isPlaceOrBrand(end, in: context)
            else { continue }
            let start = context.clauseStart(position)
            let roleNear =
                (max(0, start - 6)...min(context.count - 1, end + 6)).contains { !context.classes($0).isDisjoint(with: [.caseRole, .work]) }
                && (max(0, start - 6)...min(context.count - 1, end + 6)).contains {
                    context.classes($0).contains(.personNoun) || !context.classes($0).isDisjoint(with: [.caseRole, .work])
                }
            guard
                aboutTheWork || roleNear || NameContext.isWorkFrame(position, end, in: context)
                    || roles.contains(where: { $0.matches(in: context, around: position, end) })
            else { continue }
            if NameContext.isPersonalFrame(position, end, in: context), !aboutACase { continue }
            found.append(position...end)
            position = end
        }
        return found
    }

    // MARK: Helpers

    /// A name starting at `position`: the last word of it, or nil.
    private static func name(at position: Int, _ context: DraftContext, isKnown: (String) -> Bool, taken: Set<Int>) -> Int? {
        let word = context.key(position)
        guard word.count >= 2, context.classes(position).isDisjoint(with: notNames) else { return nil }
        // After a title, any word is a name: "mr dobson", "Mrs Okafor" (but "miss" is a verb too: "cant miss it").
        if context.classes(position - 1).contains(.title), !context.isPunctuated(position), word.count >= 3,
            !context.isWord(position - 1, ["miss"]) || context.isCapitalised(position - 1) || context.isCapitalised(position)
        {
            return isKnown(word) ? nil : position
        }
        // "the petrovic lad", "the Bevan family": a surname between an article and a person.
        if NameContext.isArticle(position - 1, in: context), Surnames.contains(word), !Surnames.isEveryday(word), !FirstNames.isEveryday(word),
            context.isWord(
                position + 1, ["lad", "lass", "girl", "boy", "kid", "kids", "family", "twins", "brothers", "sisters", "one", "woman", "man"])
        {
            return isKnown(word) ? nil : position
        }
        let capitalised = context.isCapitalised(position) && !context.isAllCapitals(position)
        // "car reg", "the tea": a word after a thing, or after an article, in lower case is no name.
        guard word.count >= 3, !NameContext.isArticle(position - 1, in: context),
            context.classes(position - 1).isDisjoint(with: [.determiner]) || capitalised,
            capitalised || context.classes(position - 1).isDisjoint(with: [.household, .commerce, .food, .media, .sport])
        else { return nil }
        let midSentence = capitalised && !context.startsSentence(position)
        let given = FirstNames.isGivenName(word, capitalised: midSentence) && !EverydayWords.set.contains(word)
        // A capitalised surname after it: "Bogdan Popescu", "Precious Okafor".
        let next = position + 1
        let surname =
            next < context.count && !context.isPunctuated(next) && !taken.contains(next) && context.isCapitalised(next)
            && !context.isAllCapitals(next) && context.classes(next).isDisjoint(with: notNames) && !isKnown(context.key(next))
        if given { return isKnown(word) ? nil : surname ? next : position }
        return midSentence && surname && !context.isAllCapitals(position) && !isKnown(word) ? next : nil
    }

    /// Classes of words that are not names.
    private static let notNames: WordClass = [
        .selfSubject, .selfPossessive, .thirdPerson, .determiner, .placePreposition, .time, .clauseStart, .personVerb, .caseVerb,
        .title, .kin, .personNoun, .caseRole, .work, .digitWord, .streetWord, .schoolWord,
    ]

    /// A role before or after the name: "the lad i supervise, reece", "my 2pm kwame", "one of mine, jay".
    private static let roles = [
        "~person|~role …4 *", "my|the # *", "* report|licence|license|appt|appointment|hearing|case|file|risk|order|recall|keyworker|review",
        "* ~caseverb", "home|visit with|w *", "list|books …2 *", "re|regarding|about *", "session|visit|appt|appointment|meeting|interview with|w *",
        "* ~kin came|comes|coming in", "* been? referred|assessed|sentenced|released|recalled|allocated|transferred", "* come|came on transfer",
        "allocation|allocated …2 *", "* from my …3 group|groups|caseload|list|books|team",
        "* …2 is|was my|our next|first|last? appt|appointment|client",
    ].map(WordPattern.init)
}
