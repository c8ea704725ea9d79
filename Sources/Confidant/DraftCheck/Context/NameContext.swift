/// What the words around a protected name say about it (`ContextRules`):
///
/// - a surname that is an everyday word, in lower case, is the person when something marks it as
///   one: a title before it ("mr baker"), an initial or first name (`NameForms`), a thing only a
///   person does after it ("baker rang again", "turner was in", "fisher kicked off"), or family
///   after its possessive ("baker's mum");
/// - a surname after someone else's given name is a namesake ("Andy Murray" for a client Jordan
///   Murray), and a first name before someone else's surname likewise ("Amy Winehouse");
/// - a letter that stands for a word in text-speak after a first name is not an initial ("will c
///   u later", "dean b there at 8") unless it ends the sentence or a person's verb follows it.
enum NameContext {
    /// Whether the match at words `first...last` reads as the person: a title, a person's verb or
    /// family after it.
    static func isPersonFrame(_ first: Int, _ last: Int, in context: DraftContext) -> Bool {
        if context.classes(first - 1).contains(.title), !context.isPunctuated(first) { return true }
        return personFrames.contains { $0.matches(in: context, around: first, last) }
    }

    /// Whether the single-word match at `position` is a namesake: a given name that is not
    /// `ownFirst` (nor one of its short forms) right before it, or a capitalised word that is
    /// not `ownSurname` right after a first name written with a capital.
    static func isNamesake(at position: Int, form: NameForm, ownFirst: String?, ownSurname: String?, in context: DraftContext) -> Bool {
        switch form {
        case .surname:
            guard position > 0, !context.isPunctuated(position) else { return false }
            let before = context.folded(position - 1)
            // A given name that is also a word counts in lower case unless it is a word that
            // often stands before a name ("can", "said", "will").
            guard before != ownFirst,
                context.classes(position - 1).isDisjoint(with: [.title, .determiner, .placePreposition, .selfSubject, .thirdPerson]),
                FirstNames.isGivenName(before, capitalised: true),
                context.isCapitalised(position - 1) || !FirstNames.isEveryday(before)
                    || !notNames.contains(before) && context.classes(position - 1).isDisjoint(with: [.personVerb, .caseVerb, .time])
            else { return false }
            return !(ownFirst.map { ShortForms.of($0).contains(before) } ?? false)
        case .firstName, .shortName, .guessedName:
            // A saint is a church or a school: "st mary's"; after another given name it is a
            // surname ("jeremy kyle").
            if context.isWord(position - 1, ["st", "saint"]) { return true }
            if position > 0, !context.isPunctuated(position), context.classes(position - 1).isDisjoint(with: [.title, .determiner, .selfSubject]),
                FirstNames.isGivenName(context.key(position - 1), capitalised: true), !FirstNames.isEveryday(context.key(position - 1))
            {
                return true
            }
            let after = position + 1
            guard after < context.count, !context.isPunctuated(after) else { return false }
            let word = context.key(after)
            guard word != ownSurname, word.count > 1, context.classes(after).isDisjoint(with: [.personVerb, .caseVerb, .time]) else { return false }
            // Someone else's surname after the first name: "amy adams", "Kyle Walker".
            if context.isCapitalised(position) && context.isCapitalised(after) { return true }
            return Surnames.contains(word)
                && context.classes(after).isDisjoint(with: [.determiner, .placePreposition, .selfSubject, .thirdPerson, .clauseStart])
        default:
            return false
        }
    }

    /// Whether the initial at `position` (after a first name) is a text-speak letter standing
    /// for a word: in lower case, without a full stop, and not ending the sentence or followed by
    /// a person's verb ("kyle b rang" keeps its initial).
    static func isTextSpeak(at position: Int, in context: DraftContext) -> Bool {
        let letter = context.folded(position)
        guard letter.count == 1, let follows = textSpeak[letter], !context.isCapitalised(position), !context.endsSentence(position),
            !context.isPunctuated(position + 1)
        else { return false }
        return follows.isEmpty || context.isWord(position + 1, follows)
    }

    /// Letters that stand for words, and the words that follow them then ("c u", "b there", "r u");
    /// "u" stands for "you" before anything.
    private static let textSpeak: [String: Set<String>] = [
        "c": ["u", "ya", "you", "yu", "later", "soon", "tmrw", "tomorrow", "then", "there", "them", "it", "what", "if", "the", "that", "ur"],
        "b": [
            "there", "back", "home", "late", "ready", "fine", "good", "ok", "okay", "gone", "in", "at", "round", "free", "done", "a", "the",
            "on", "out", "up", "nice", "safe", "careful", "quick", "here", "able", "over", "like",
        ],
        "r": ["u", "we", "you", "ya", "they", "there", "the", "these", "those", "ur", "having", "going", "coming", "havin"],
        "n": ["i", "me", "then", "the", "we", "he", "she", "they", "u", "it", "his", "her", "my", "a"],
        "y": ["not", "u", "would", "is", "are", "r", "do", "did"],
        "k": ["then", "thx", "so", "thanks", "ta", "x", "if", "i"],
        "u": [],
    ]

    /// Whether an everyday word in lower case is marked as a person by what stands around it,
    /// beyond a person's frame: an initial before it ("j turner", not "a baker"); another name
    /// joined to it ("cooper n fisher"); a sentence after it that goes on about him or her
    /// ("dunno what to do about ward, he's been seen near the school").
    static func isMarkedAsPerson(_ first: Int, _ last: Int, form: NameForm, in context: DraftContext) -> Bool {
        if form == .initialAndSurname { return !context.isWord(first, ["a", "i"]) }
        if joinedName.matches(in: context, around: first, last) || joinedAfter.matches(in: context, around: first, last) { return true }
        return last + 1 < context.count && context.isPunctuated(last + 1) && !context.endsSentence(last)
            && context.isWord(last + 1, ["he", "she", "he's", "she's", "hes", "shes", "his", "her"])
    }

    /// Whether the match is one everyday word (or a name only of everyday words) written the way
    /// any word is: at the start of a sentence, or in capitals throughout ("Hope ur ok", "LITTLE
    /// MIX"), or a full name of everyday words in lower case ("will hope the rain holds").
    static func isPlainEverydayWord(_ first: Int, _ last: Int, form: NameForm, in context: DraftContext) -> Bool {
        let words = Array(first...last)
        guard words.allSatisfy({ isEveryday(context.folded($0)) }) else { return false }
        if words.allSatisfy({ !context.isCapitalised($0) || context.isAllCapitals($0) }) { return true }
        return first == last && context.isCapitalised(first) && context.startsSentence(first)
    }

    /// Whether the last word of a match, an everyday word, goes on as an adjective: "amy's little one".
    static func isAdjective(_ first: Int, _ last: Int, form: NameForm, in context: DraftContext) -> Bool {
        // "that kyle baker lad" is the name, then who he is.
        guard form != .whole || context.folded(first).hasSuffix("'s") else { return false }
        return isEveryday(context.folded(last)) && !context.isPunctuated(last + 1)
            && context.isWord(last + 1, ["one", "ones", "bit", "while", "lad", "girl", "boy", "baby", "man", "thing", "things"])
    }

    /// Whether a name is part of a place's or a brand's: "barry island", "kyle of lochalsh",
    /// "kings cross", "costa del sol", "jordans granola", "drove to barry", "a mini cooper".
    static func isPlaceOrBrand(_ last: Int, in context: DraftContext) -> Bool {
        // "went to darren's" is a visit to a person.
        let possessive = context.folded(last).hasSuffix("'s")
        if last > 0, !possessive, !context.isPunctuated(last), travel.contains(where: { $0.matches(in: context, around: last, last) }) { return true }
        guard last + 1 < context.count, !context.isPunctuated(last + 1) else { return false }
        return !context.classes(last + 1).isDisjoint(with: [.food, .commerce])
            || context.isWord(last + 1, placeWords)
            || context.isCapitalised(last) && context.isCapitalised(last + 1) && !FirstNames.isGivenName(context.key(last + 1), capitalised: true)
                && !Surnames.contains(context.key(last + 1)) && context.classes(last + 1).isDisjoint(with: [.personVerb, .caseVerb])
    }

    private static let placeWords = [
        "island", "bay", "park", "beach", "pier", "docks", "point", "head", "sands", "bridge", "castle", "abbey", "of", "del", "de", "la",
        "rica", "cross", "sound", "valley", "vale", "forest", "hill", "hills", "lake", "loch", "port", "harbour", "airport", "station", "mills",
        "walk", "trail", "memorial", "museum", "stadium", "library",
    ]

    /// Going somewhere named: "drove to barry", "holiday in jordan", "a mini cooper".
    private static let travel = [
        "drove|drive|driving|flew|fly|flying|going|went|trip|holiday|holidays|visit|visiting|visited|move|moving|weekend|off to|in *",
        "walk|walked|walking|cycle|cycled|ride|train|bus|trip|day+out|miles to|from *",
        "a|an mini|new|old|red|blue|black|white|silver *",
    ].map(WordPattern.init)

    /// Whether a surname alone stands for a thing or a shop, not a person: after "a" or "an"
    /// ("grab a costa"), or among the words of food, shopping, trades, television or sport
    /// ("costa or starbucks", "murray's on centre court").
    static func isThing(at position: Int, in context: DraftContext) -> Bool {
        if context.isWord(position - 1, ["a", "an"]) { return true }
        let fields: WordClass = [.food, .commerce, .trade, .media, .sport]
        var low = position, high = position
        while low > 0, position - low < 4, !context.isPunctuated(low) { low -= 1 }
        while high + 1 < context.count, high - position < 4, !context.isPunctuated(high + 1) { high += 1 }
        return (low...high).contains { $0 != position && !context.classes($0).isDisjoint(with: fields) }
    }

    /// Whether word `position` is an article or a quantifier ("the", "a", "some"), after which a
    /// word is a thing: "the ward", "a costa". "That" and "this" stand before people too: "that
    /// leanne one", "this kyle lad".
    static func isArticle(_ position: Int, in context: DraftContext) -> Bool {
        context.isWord(position, ["the", "a", "an", "some", "any", "every", "each", "no"])
    }

    /// Whether the sentence around a name is about sport or a programme: "leinster highlights",
    /// "from love island", "on iplayer" (not a telly in a waiting room, nor a follow on insta).
    static func isAmongSportOrMedia(_ first: Int, _ last: Int, in context: DraftContext) -> Bool {
        var start = first, end = last
        while start > 0, !context.endsSentence(start - 1) { start -= 1 }
        while end + 1 < context.count, !context.endsSentence(end) { end += 1 }
        return (start...end).contains { !(first...last).contains($0) && (context.classes($0).contains(.sport) || context.isWord($0, programmes)) }
            || onTelevision.matches(in: context, around: first, last)
    }

    private static let programmes: Set<String> = [
        "highlights", "programme", "podcast", "episode", "series", "season", "documentary", "film", "movie", "iplayer", "netflix", "interview",
    ]

    private static let onTelevision = WordPattern(
        "* from|on|in ~media|corrie|eastenders|emmerdale|hollyoaks|love+island|coronation+street|bake+off|gogglebox|the+traitors|big+brother|i'm+a+celeb"
    )

    /// Whether a first name greets the person the message is for: at its start, or after "hi".
    static func isGreeted(at position: Int, in context: DraftContext) -> Bool {
        position == 0 || context.isWord(position - 1, ["hi", "hiya", "hey", "morning", "afternoon", "evening", "dear", "hello", "thanks", "cheers"])
    }

    /// Whether a first name stands in the writer's own life: a party, a wedding, a friend, a
    /// neighbour, the writer doing things with them ("amy n me", "drinks with sean"), a greeting
    /// passed on ("amy says hi").
    static func isPersonalFrame(_ first: Int, _ last: Int, in context: DraftContext) -> Bool {
        if onTelevision.matches(in: context, around: first, last) { return true }
        var start = first, end = last
        while start > 0, !context.endsSentence(start - 1) { start -= 1 }
        while end + 1 < context.count, !context.endsSentence(end) { end += 1 }
        if (start...end).contains(where: { !context.classes($0).isDisjoint(with: [.social, .occasion, .sport, .trade]) }) { return true }
        return personalFrames.contains { $0.matches(in: context, around: first, last) }
    }

    /// Whether a first name stands in the work: words of the work in its clause, or what clients
    /// do ("darren was a nightmare today", "sean didnt show").
    static func isWorkFrame(_ first: Int, _ last: Int, in context: DraftContext) -> Bool {
        let start = context.clauseStart(first), end = context.clauseEnd(last)
        if (start...end).contains(where: { !context.classes($0).isDisjoint(with: [.work, .caseRole, .caseVerb]) }) { return true }
        // "kyles brother came in with him": the frame after the name's family.
        let through = context.classes(last + 1).contains(.kin) && !context.isPunctuated(last + 1) ? last + 1 : last
        return workFrames.contains {
            $0.matches(in: context, around: first, last) || through > last && $0.matches(in: context, around: first, through)
        }
    }

    // MARK: Helpers

    /// Given names that are far more often words before a name: "can whitfield come?".
    private static let notNames: Set<String> = [
        "will", "may", "can", "did", "said", "van", "don", "so", "hay", "mine", "nil", "non", "else",
        "raid", "key", "file", "edit", "ear", "ion", "mar", "rim", "sine", "deep", "lean",
    ]

    private static func isEveryday(_ word: String) -> Bool {
        EverydayWords.set.contains(word) || FirstNames.isEveryday(word)
    }

    /// Two names joined: "little n hope both missed", "cooper and fisher".
    private static let joinedName = WordPattern("* n|and|& …1 ~personverb|~caseverb|both")
    private static let joinedAfter = WordPattern("~title|both * n|and|&")

    private static let personalFrames = [
        "* n|and|& me|i", "me|i n|and|& *", "with *", "* from next|uni|school|college|down|round|across|over|upstairs|downstairs|church",
        "* from the gym|club|pub|pool|choir|church|estate|road|street", "our *",
        "* next+door|nextdoor|upstairs|downstairs|across+the+road|over+the+road",
        "* from 5+a+side|five+a+side|footy|football|netball|yoga|choir|book+club", "~kin …2 boy|girl|lad|lass|son|daughter|one *",
        "* ~occasion|~social|baby|40th|30th|50th|21st|18th|bbq|stag|hen",
        "* says|said|sends hi|hello|hiya|love", "my|our|ur|your ~kin|cousin|mate|mates|friend|friends|neighbour|pal|bestie *",
        "* ~kin n|and", "* n|and his|her ~kin",
    ].map(WordPattern.init)

    private static let workFrames = [
        "* was|is|been|'s …3 nightmare|horrible|vile|awful|grim|sweet|lovely|mood|state|pain|handful|kicking|sober|drunk|high|wasted",
        "* again today|tonight|this", "* rang|called|texted me|the", "* came|comes|coming in", "* in reception|the+office|today",
        "* didnt|didn't|never|wont|won't show|showed|turn|turned|come|came|attend|attended", "* did|does not show|turn|come|attend",
        "* kicked|kicking|kicks off",
        "* turned|turning|turns|showed|showing up", "* no showed|show", "* missed|missing|misses his|her|their|the appt|appointment|session",
        "* ~caseverb", "* was|is|'s|got|been recalled|arrested|nicked|remanded|sentenced|charged|breached|released",
        "* admitted|confessed|disclosed|denied", "* told|showed me", "* licence|license|order|tag|curfew|solicitor|brief|hearing|sentence",
        "* on a|his|her? curfew|tag|licence|license|order|probation|remand|bail", "* was|'s|s|is in|back again|today|this", "* back|inside",
        "* went|rang|called|phoned|reported …2 police|cops",
        "* got|gets|given #|sent|done|nicked|caught|sentenced|arrested|recalled|banned|locked|released|remanded",
        "* got|given|gets a formal|final|written warning", "* …3 in session|supervision", "* came|come in with",
    ].map(WordPattern.init)

    /// A name followed by what a person does or is.
    private static let personFrames = [
        "* ~personverb", "* ~caseverb", "* ~harm", "* back|inside|awol|again|missing|absconded|gone|been",
        "* sent|wrote|writes another? letter|letters", "had|seen|saw|seeing|see * for|in|on|at|today|this",
        "* has|had|'s gone|been|got",
        "* got|gets|getting|given #|sent|done|nicked|caught|sentenced|arrested|recalled|put|moved|kicked|banned|locked|released|remanded",
        "* has|'s|had|is|was gone|legged|done|hit|punched", "* again|just|has|had|finally|actually|still ~personverb|~caseverb",
        "* was|is|has|got|been|s|'s in|back|out|off|round|late|recalled|arrested|nicked|remanded|sentenced|charged|kicking|crying|shouting",
        "* was|is|'s|s on|at ~time", "* came|comes|coming|come in|round|back|over", "* turned|turning|turns|showed|showing up",
        "* kicked|kicking|kicks off", "* didnt|didn't|never|wont|won't show|turn|come|ring|answer|attend",
        "* did|does not show|turn|come|ring|answer|attend",
        "* missed|missing|misses his|her|their|the appt|appointment|appointments|meeting|session", "* no showed|show",
        "* ~kin", "* and his|her ~kin", "with|saw|seeing|see|seen|visited|visiting|met|meeting *", "* family",
        "* 's|s mum|dad|brother|sister|missus|girlfriend|boyfriend|kids|ex|solicitor|brief|probation|case|house|flat|place|face|photo|picture|name",
    ].map(WordPattern.init)
}
