/// The everyday senses of topic words that are also ordinary English: a tennis court, a free
/// trial, a hearing test, "could murder a curry", "no offence". A topic word is judged by the
/// words around it in its clause:
///
/// - a word of a field that belongs to the everyday sense near it (`~sport` beside "court",
///   `~commerce` beside "trial", `~media` beside "murder": "a murder documentary"), within
///   `window` words;
/// - or an idiom around it (`WordPattern`, `*` standing for the topic word: "* for a|an|some"
///   is "could kill for a coffee");
/// - or, for the words that can be about the writer themselves ("disclose", "referral",
///   "caseload"), the writer or the writer's family as the nearest person in the clause ("can I
///   disclose how I feel", "my son has been charged with eating all the easter eggs");
/// - or, for the places and meetings of the work ("court", "prison", "case conference"), the
///   writer's own working day around it (`role`): "court all morning, I'll text when I'm out",
///   "prison visit tmrw so ill be out of signal", "stuck at the jail".
///
/// A topic word in an everyday sense is not reported. Only the built-in words have senses;
/// words a user adds keep their level whatever surrounds them. docs/DRAFT-CHECK.md lists the
/// senses and why.
enum TopicSenses {
    /// How far a field word may stand from the topic word.
    static let window = 8

    /// Whether the topic phrase `phrase` (folded, as listed) at words `first...last` is used in
    /// an everyday sense.
    /// `parsed` keeps the senses read for one draft, so each is parsed once (most drafts need none).
    static func isEveryday(_ phrase: String, at first: Int, _ last: Int, in context: DraftContext, parsed: inout [String: Sense]) -> Bool {
        // A listed singular and plural share their senses: "licence condition", "licence conditions".
        guard let key = [phrase, phrase + "s", phrase.hasSuffix("s") ? String(phrase.dropLast()) : ""].first(where: { table[$0] != nil }) else {
            return false
        }
        let sense = parsed[key] ?? Sense(table[key]!)
        parsed[key] = sense
        // A simile is about something else: "feels like a life sentence", "like a prison".
        if simile.matches(in: context, around: first, last) { return true }
        if !sense.fields.isEmpty,
            context.neighbours(of: first, last, within: window).contains(where: { !context.classes($0).isDisjoint(with: sense.fields) })
        {
            return true
        }
        if sense.idioms.contains(where: { $0.matches(in: context, around: first, last) }) { return true }
        if sense.role, workday.contains(where: { $0.matches(in: context, around: first, last) }) { return true }
        return sense.aboutWriter && isAboutWriter(first, in: context)
    }

    // MARK: Helpers

    /// The everyday senses of one listed phrase: fields, idioms, whether it can be about the
    /// writer, and whether it is a place or meeting of the writer's working day.
    struct Sense {
        let fields: WordClass
        let idioms: [WordPattern]
        let aboutWriter: Bool
        let role: Bool

        /// Reads a table entry: `~class` fields, idioms with `*`, `self`, `role`.
        init(_ entries: [String]) {
            var fields: WordClass = []
            var idioms: [WordPattern] = []
            var aboutWriter = false, role = false
            for entry in entries {
                if entry == "self" {
                    aboutWriter = true
                } else if entry == "role" {
                    role = true
                } else if entry.hasPrefix("~"), !entry.contains(" "), let wordClass = WordPattern.classNames[String(entry.dropFirst())] {
                    fields.formUnion(wordClass)
                } else {
                    let idiom = WordPattern(entry)
                    precondition(idiom.isAnchored, "the idiom \(entry) has no *")
                    idioms.append(idiom)
                }
            }
            (self.fields, self.idioms, self.aboutWriter, self.role) = (fields, idioms, aboutWriter, role)
        }
    }

    /// The senses, by listed phrase: fields as `~class` entries, idioms with `*`, `self` for a
    /// word that can be about the writer, `role` for a place or meeting of the working day.
    private static let table: [String: [String]] = [
        "court": [
            "role", "~commerce", "~sport", "~food", "centre|center *", "see|c you|u|ya in *", "* report|reports|deadline|deadlines|paperwork",
            "ball …3 *", "hold|holding|held *", "* shoes", "food *", "the? ball's|balls in your|my|his|her|their *",
            "tennis|netball|squash|basketball|badminton|padel *", "royal|hampton *", "* jester",
        ],
        "hearing": [
            "~medical", "* from|about|back|that|what|this|you|it|him|her|them", "looking forward to *", "hard of *",
            "not *", "keep|kept *", "* things", "self", "~media",
        ],
        "sentence": [
            "~language", "~occasion", "~household", "self", "ur|your|my *", "* structure",
            "a|one|full|whole|first|last|single|half|every|each|long|short *", "mid *", "~child",
        ],
        "trial": [
            "~commerce", "~medical", "~household", "~child", "free|day|month|week|trial *",
            "* period|run|version|shift|day|week|month|membership|pack|session|lesson|class",
            "* and error", "clinical|drug|vaccine *", "~sport", "~media", "self",
        ],
        "custody": [
            "~household", "~food", "* of the|my|our remote|telly|tv|sofa|duvet|dog|cat|car|bed|controller|kids|children",
            "self", "~media",
        ],
        "prison": ["role", "~media", "* themed|theme|party|costume|costumes|break", "like a *", "feels|felt|is like *", "its|it's a|an *", "self"],
        "jail": ["role", "~media", "* free", "get out of *", "~commerce"],
        "crown court": ["role", "jury service|duty …8 *", "* …8 jury service|duty"], "magistrates": ["role"], "sheriff court": ["role"],
        "case conference": ["role", "~training"], "case conf": ["role"], "strategy meeting": ["role", "~training", "~commerce"],
        "core group": ["role"], "the panel": ["role", "~media", "~sport"], "youth panel": ["role"], "parole board": ["role"],
        "arrest": [
            "~medical", "~media", "~household", "~child", "~sport", "~food", "self", "cardiac|respiratory|heart *", "* development",
            "should|ought|needs be|to+be *", "* # times",
        ],
        "charged with": ["~food", "~household", "~child", "self"],
        "stealing": ["~food", "~sport", "~household", "~child", "self", "* the show|limelight|hearts|heart|covers|duvet|chips|biscuits"],
        "not guilty": ["~media", "~food", "~child", "self", "* your honour|honor"],
        "police": ["~media", "grammar|fashion|fun|food|language|spelling *", "* academy|drama|show|series|documentary|doc|procedural"],
        "bail": ["* on|out", "~social", "self"],
        "on bail": ["bailed|bail *", "~social"],
        "on remand": ["* at ur|your|my|our|me|the ~kin|in-laws|inlaws|mums|mum's|nans|nan's|mams|mam's"],
        "curfew": ["~kin", "~child", "self", "~social"],
        "breach": [
            "* of the peace in our|my house|flat|kitchen|home", "data|security|privacy *", "~commerce", "~household", "* of contract|trust|etiquette",
        ],
        "breached": ["banks|bank|defences|wall|walls|river *", "* the|its banks", "data|security *"],
        "referral": ["~commerce", "~medical", "self", "* code|link|bonus|scheme|fee", "gp|physio|hospital|dentist *"],
        "disclose": ["self", "~medical"],
        "disclosure": ["self", "~training", "~commerce", "dbs *", "full|non *"],
        "caseload": ["self", "~training"],
        "suicide": ["career|social|political *", "* squad|mission|run|doors", "~media"],
        "overdose": ["~food", "* on chocolate|sugar|caffeine|cake|coffee|telly|netflix|sun|carbs|pizza|sweets"],
        "offender": ["~household", "~child", "~kin", "working|work|worked|deal|dealing|deals with *"],
        "offending": ["youth *", "* team|service|services|worker|workers|behaviour", "reduce|reducing|reduces *"],
        "offend": ["~household", "~self"],
        "offence": ["no|none *", "take|taking|took|taken *", "~sport", "~household", "meant no *"],
        "offense": ["no|none *", "take|taking|took|taken *", "~sport"],
        "victim": [
            "* of her|his|its|their|my|our|your own success", "fashion|style *", "~sport", "play|playing|plays the *",
            "* of the weather|traffic|cuts|system", "* of circumstance",
        ],
        "murder": [
            "~food", "~media", "absolutely|completely|totally *", "* she wrote", "* a|an|some|for", "got|get|getting|gets away with *",
            "* on the dancefloor", "* on the dance floor",
            "* mystery|podcast|documentary|drama|series|show|doc|book|novel", "would|could|gonna|will|i'll|ill|i'd|id *", "going to *", "~household",
        ],
        "murdered": ["~food", "~media", "~sport", "absolutely *", "* it|that|them|the"],
        "kill": [
            "* for", "* time|two|it|myself", "* the mood", "* me|it|us", "~food", "~household", "dressed to *", "~sport",
            "* the vibe|buzz|mood", "~media", "would|could|gonna|will|i'll|ill|i'd|id *", "going to *", "~occasion", "~social",
        ],
        "assault": ["~media", "* course", "sensory|sonic *", "~sport", "~household", "~child", "self"],
        "abuse": [
            "~household", "~food", "snooze|button|alcohol|system|power|privilege|word|words *", "* the|my|his|her|their snooze|privileges",
            "* of power|privilege|trust", "verbal * from the|a ref|referee|crowd|fans|parents", "~sport", "~media",
        ],
        "grooming": ["~household", "dog|dogs|pet|cat *", "* salon|parlour|appointment|kit|brush|products", "~trade"],
        "groomed": ["~household", "dog|dogs|pet|cat *", "well|beautifully|nicely|perfectly *", "~trade"],
        "groomer": ["~household", "dog|dogs|pet|cat *", "~trade"],
        "stalk": ["celery|rhubarb|flower|bean|corn *", "~food", "* their|his|her|your|my insta|instagram|facebook|profile|page", "~media"],
        "stalking": [
            "~commerce", "* their|his|her|your|my insta|instagram|facebook|profile|page|socials|linkedin", "~media", "insta|facebook|online *",
        ],
        "stalker": ["~media", "insta|instagram|facebook *"],
        "robbery": ["~commerce", "~trade", "daylight|absolute|total *", "* prices", "~sport"],
        "burglary": ["we|we've|weve|i|i've|ive|got|our|my *"],
        "exploited": ["self", "~work", "~training"],
        "exploitation": ["~media", "~training"],
        "weapon": ["secret *", "~sport", "~media", "~food", "~household"],
        "stab": ["have|take|had|took|make|made a *", "* at+it|in+the+dark", "~food"],
        "strangle": ["~household", "~child", "could|would|gonna|i'll|ill *", "going to *"],
        "image": ["~media", "self", "profile|display|cover|public|body|mirror *"],
        "photo": ["~occasion", "~social", "~food", "~sport", "~household", "~kin", "~my", "profile|passport|school|family|holiday|baby *"],
        "photograph": ["~occasion", "~social", "~my", "~kin"],
        "picture": ["~occasion", "~social", "~media", "~my", "~kin", "~household", "* perfect|this|it", "get the *", "in the *"],
        "video": ["~occasion", "~social", "~media", "~my", "~kin", "~household", "~sport", "~food", "* call|calls|game|games|chat"],
        "footage": ["~sport", "~media", "~occasion", "drone|wedding|holiday *"],
        "cctv": ["~trade", "~household", "~my", "our|my|the shop's|neighbour's *"],
        "his statement": ["bank|fashion|personal *", "~commerce"],
        "her statement": ["bank|fashion|personal *", "~commerce"],
        "the material": ["~training", "~language", "~household", "* for|of the|my|our dress|curtains|sofa|course"],
        "his phone": ["~household", "~commerce", "~kin", "~my", "charge|charging|charger *", "* charger|case|screen|bill|contract|battery"],
        "her phone": ["~household", "~commerce", "~kin", "~my", "charge|charging|charger *", "* charger|case|screen|bill|contract|battery"],
        "his laptop": ["~household", "~commerce", "~kin", "~my", "~media"],
        "her laptop": ["~household", "~commerce", "~kin", "~my", "~media"],
        "recalled": ["i *", "~commerce", "* that|how|when|why", "* the time"],
        "recalling": ["~self", "* that|how|when|why", "* the time"],
        "a recall": ["~commerce", "~household", "~food", "~child", "product|safety *", "* on the|our|my"],
        "the recall": ["~commerce", "~household", "~food", "product|safety *"],
        "high risk": ["~sport", "~commerce", "* high reward", "* of rain|showers|snow"],
        "risk assessment": ["~training", "school|trip|event|fire|workplace|office *", "~occasion", "~child"],
        "safeguarding": ["~training", "* lead|team|week|policy|course|training|refresher|module|update|day|session|champion"],
        "the register": ["school|class|attendance|morning *", "~child", "~commerce", "~trade", "take|took|taking|call|called|calling *"],
        "his licence": ["driving|drivers|driver's|tv|fishing|dog|gun|pilot|bar *", "~household", "* renewal|photo"],
        "her licence": ["driving|drivers|driver's|tv|fishing|dog|gun|pilot|bar *", "~household", "* renewal|photo"],
        "his license": ["driving|drivers|driver's *", "~household"],
        "on licence": ["~commerce"],
        "exclusion zone": ["~media", "~sport"],
        "restraining order": ["~household", "~food", "~child"],
        "licence conditions": ["~household"],
        "in breach": ["~household", "~child"],
        "dob": ["self", "~my"],
        "date of birth": ["self", "~my"],
        "national insurance": ["self", "~my"],
        "nhs number": ["self", "~my"],
        "his name": ["whats|what's|wots|wats|whatshisname *", "~media", "* again", "remember *", "forgot|forgotten *"],
        "her name": ["whats|what's|wots|wats *", "~media", "* again", "remember *", "forgot|forgotten *"],
        "family": ["ur|your|their|his|her *", "~media"],
        "i live": ["* for|off", "* and breathe"],
        "the judge": ["~media", "~sport", "~food", "strictly|bake|talent|factor *"],
        "jury": ["* out", "* is still? out", "* still out", "* duty|service", "~media"],
        "verdict": ["what's|whats|your|ur|the|final *", "what is *", "~food", "~household", "~media"],
        "home visit": ["~child", "~medical", "health|midwife|nurse|gp|vet *", "~my"],
        "supervision session": ["~my", "~self", "my *"],
        "release date": ["~media", "~commerce", "album|film|game|movie|single|book|iphone|phone|console *"],
        "unpaid work": ["~my", "~self", "~training", "~commerce"],
        "survivor": ["~media", "~sport", "cancer|breast *", "* series|show"],
        "harass": ["~commerce", "~household", "~child", "~my"],
    ]

    private static let simile = WordPattern("like|basically|practically|literally|running a|an ~the? …1 *")

    /// The writer's own working day around a place or meeting of the work: "court all morning",
    /// "prison visit tmrw so…", "in court till 4", "I'm at the jail", "stuck at the prison",
    /// "the case conference is at 9", "parked outside the jail".
    private static let workday = [
        "* all? day|morning|afternoon|week|evening|night|today|tmrw|tomorrow", "* duty|visit|visits|run|day",
        "in|at * all|till|until|til|so|then|~time",
        "~self …3 in|at|to|from the? *", "stuck at|in the? *", "* ran|runs|running|overran over|late|on", "* locked+down|lockdown|locked+doon",
        "outside|ootside|near|by the? *", "* car+park|reception|canteen|gate", "* is|'s|starts|was at|on #|~time",
    ].map(WordPattern.init)

    /// Whether the nearest person before `position` in its clause, or after it when none stands
    /// before, is the writer ("my caseload", "can I disclose", "my referral came through").
    private static func isAboutWriter(_ position: Int, in context: DraftContext) -> Bool {
        let people: WordClass = [.selfSubject, .selfPossessive, .thirdPerson, .caseRole, .personNoun, .kin]
        let start = context.clauseStart(position), end = context.clauseEnd(position)
        for at in stride(from: position - 1, through: start, by: -1) where !context.classes(at).isDisjoint(with: people) {
            // "my son", "our daughter": the writer's own family.
            if context.classes(at).contains(.kin), context.classes(at - 1).contains(.selfPossessive) { return true }
            return !context.classes(at).isDisjoint(with: [.selfSubject, .selfPossessive])
        }
        for at in stride(from: position + 1, through: end, by: 1) where !context.classes(at).isDisjoint(with: people) {
            return !context.classes(at).isDisjoint(with: [.selfSubject, .selfPossessive])
        }
        return false
    }
}
