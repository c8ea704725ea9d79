import Foundation

/// The words and phrases that suggest a topic is being talked about. Only topics whose level for
/// the person is *care* or *never* are looked for; the user can extend or trim any list
/// (`share --add-word TOPIC=PHRASE`, `--remove-word`). docs/DRAFT-CHECK.md gives the sources and
/// the choices behind each list.
///
/// Each word also finds its other forms (`TopicForms`: "rape" finds "raped", "rapes", "raping"),
/// so lists hold base forms; a form listed as such ("hearing", "dating") finds only itself and its
/// plural. A phrase starting with `~` is an everyday word that also signals the topic ("photos",
/// "offended"): it is reported as *possible*, whatever the topic's level, so that "here are the
/// photos from Saturday" does not fail the check while "I had to look at the photos" is still shown.
public enum TopicWords {
    /// The mark of an everyday word, reported as possible.
    public static let everydayMark: Character = "~"

    /// The lists every vault starts with.
    public static let builtIn: [String: [String]] = [
        "case-details": [
            "his case", "her case", "their case", "our case", "case conference", "case review", "hearing", "court",
            "crown court", "magistrates", "the judge", "sentence", "~breach", "breached", "in breach", "his breach",
            "her breach", "breach of licence", "breach hearing", "trial", "~jury", "~verdict", "convicted", "previous convictions", "his conviction",
            "her conviction",
            "their conviction", "spent conviction", "unspent conviction", "plead guilty",
            "found guilty", "not guilty", "custody", "remanded", "on remand", "prison", "jail", "sent down", "parole",
            "parole board", "~release date", "his release date", "her release date", "released from prison", "arrest",
            "~police", "~bail", "on bail", "police bail", "bail conditions", "reoffend", "re offend", "~curfew",
            "approved premises", "community order", "~unpaid work", "home visit", "supervision session", "disclose",
            "disclosure", "referral", "social services", "child protection", "care proceedings",
            // Children's services, youth justice, prisons and forensic work, as written in the
            // day's notes and texts, abbreviations too ("hrng", "strat mtg", "cp reg").
            "case conf", "hrng", "strat mtg", "strategy mtg", "cp reg", "cp registration", "cp conf", "core group", "foster", "fostered",
            "foster care", "foster placement", "into foster", "emergency placement", "placement breakdown", "kinship", "special guardianship",
            "adoption plan", "placed for adoption", "perm hearing", "permanence", "contact centre", "supervised contact", "contact with dad",
            "contact with mum", "contact w dad", "contact w mum", "looked after", "lac review", "resi", "children's panel", "the panel",
            "reparation", "referral order", "dto", "detention and training order", "youth panel", "yos", "yot", "ird", "jii",
            "abe interview", "achieving best evidence", "video link", "gave evidence", "give evidence", "giving evidence", "inquest",
            "coroner", "mortuary", "psych report", "psychiatric report", "psychological report", "pre sentence", "adjudication",
            "loss of canteen", "hooch", "on basic", "iep", "healthcare unit", "hospital escort", "constant watch", "on obs", "rotl",
            "cat d", "category d", "lifer", "ipp", "tariff", "parole hearing", "his tariff", "pf", "no proceedings", "nae proceedings",
            "no further action", "nfa", "polis", "warning letter", "breach letter", "no show", "no-show", "missed appt", "missed appointment",
            "his order", "her order", "tag fitted",
            "strategy meeting", "looked after child", "section 47", "lado", "suicide", "suicidal", "self harm",
            "overdose", "kill himself", "kill herself", "killed himself", "killed herself", "hanged himself",
            "hung himself",
            "community service", "hours unpaid work", "hrs unpaid work", "from inside", "back inside", "inside for", "his appeal",
            "her appeal", "joint visit", "foster placement", "placement broke down", "kinship arrangement", "kinship care", "care order",
            "special guardianship", "section 20", "child protection plan", "cp plan", "child in need", "children's home", "residential unit",
            "not proven",
            // The four nations: Scotland, Northern Ireland, Wales and England.
            "psni", "lifted", "fiscal", "procurator fiscal", "dropped the charges", "charges against", "charged with", "sheriff court", "the sheriff",
            "children's hearing", "childrens hearing", "children's panel", "childrens panel", "children's reporter", "youth conference",
            "dtto", "drug treatment and testing order", "rlo", "restriction of liberty order", "cpo", "community payback order",
            "community payback", "combination order", "enhanced combination order", "pbni", "drr", "atr", "rar",
            "rehabilitation activity requirement", "mrc", "movement restriction condition", "acct", "separated landing", "the seg",
            "segregation unit", "on the wing", "his wing", "her wing", "his cell", "her cell", "yoi", "hmp", "hmyoi", "cat a",
            "cat b", "cat c", "open prison", "remand wing", "hdc", "home detention curfew", "bail hostel", "~hostel", "~the landing",
            "barlinnie", "polmont", "shotts", "saughton", "addiewell", "glenochil", "cornton vale", "low moss", "maghaberry",
            "magilligan", "hydebank", "berwyn", "prescoed", "belmarsh", "strangeways", "pentonville", "frankland", "whitemoor",
            "full sutton", "long lartin", "bronzefield", "askham grange", "low newton", "cookham wood", "brinsford", "altcourse",
            "forest bank", "thameside", "winson green", "hewell", "lindholme", "swaleside", "highpoint", "littlehey", "ranby",
            "stocken", "dovegate", "drake hall", "foston hall", "eastwood park", "high down", "coldingley", "bullingdon",
            "grendon", "wymott", "haverigg", "holme house", "deerbolt", "everthorpe",
        ],
        "identities": [
            "client's name", "victim's name", "his name", "her name", "their name", "date of birth", "dob",
            "his address", "her address", "their address", "home address", "where he lives", "where she lives",
            "where they live", "his school", "her school", "his workplace", "her workplace", "nhs number",
            "national insurance",
        ],
        "offence-details": [
            "offence", "offense", "offender", "offending", "~offend",
            "perpetrator", "victim", "~survivor", "assault", "gbh", "abh", "abuse", "dv", "rape", "rapist", "murder",
            "murdered", "~kill", "killed his", "killed her", "killed their", "killed someone", "manslaughter",
            "grooming", "groomed", "groomer", "indecent", "indecency", "iioc", "csam", "cse", "csa", "child sexual",
            "child abuse", "child porn", "child pornography", "sexual offence", "sex offence", "sexual assault",
            "sexual abuse", "sex offender", "paedophile", "pedophile", "paedo", "pedo", "nonce", "~stalk", "stalked",
            "stalking", "stalker", "harass", "arson", "robbery", "burglary", "domestic violence", "domestic abuse",
            "coercive control", "~strangle", "strangled", "strangulation", "~stab", "stabbed", "stabbing", "knife crime",
            "~weapon", "molest", "molester", "voyeurism", "upskirting", "revenge porn", "exploitation", "exploited",
            "county lines", "trafficking", "trafficked", "incest", "online offending", "shoplifting", "shoplifted", "theft",
            "stealing", "criminal damage", "threatened to stab", "press charges", "pressing charges", "affray", "drug dealing", "dealing drugs",
            "possession with intent", "fraud",
        ],
        "case-material": [
            "case notes", "case file", "case record", "pre-sentence report", "presentence report", "psr", "oasys",
            "witness statement", "victim statement", "victim personal statement", "police statement",
            "his statement", "her statement", "indecent images", "indecent material", "indecent photos",
            "indecent videos", "~the material", "~image", "~photo", "~photograph", "~picture", "~video", "footage",
            "body cam", "bodycam", "~cctv", "interview transcript", "phone examination", "device examination",
            "forensic examination", "seized devices", "~his laptop", "~his phone", "~his devices", "~her laptop",
            "~her phone", "~his computer", "chat logs",
        ],
        "risk-decisions": [
            "risk assessment", "risk report", "risk level", "high risk", "risk of serious harm", "rosh", "risk management plan",
            "mappa", "visor", "polygraph", "recalled", "recalling", "~a recall", "~the recall", "recall him", "another recall",
            "recall her", "recall them", "emergency recall", "licence conditions", "licence condition", "his licence",
            "her licence", "on licence", "licence breach", "license conditions", "his license", "on license",
            "safeguarding", "safeguarding referral", "ppani", "category 3", "category 2", "level 3", "marac", "matac", "idva",
            "isva", "clare's law", "dvpo", "dvpn", "sexual risk order", "criminal behaviour order", "stalking protection order",
            "notification requirements", "~the register", "on the register", "sex offenders register",
            "sex offender register", "registered sex offender", "rso", "shpo", "sopo", "sexual harm prevention order",
            "restraining order", "exclusion zone",
        ],
        "family-situation": [
            "my husband", "my wife", "my partner", "my boyfriend", "my girlfriend", "my bf", "my gf", "my hubby",
            "my missus", "my other half", "my fiance", "my fiancee", "my ex", "my kids", "our kids", "~kids",
            "my children", "our children", "my son", "my daughter", "my stepson", "my stepdaughter", "my eldest",
            "my youngest", "my baby", "my mum", "my mom", "my mother", "my dad", "my father", "my parents",
            "my brother", "my sister", "divorce", "i'm separated", "im separated", "pregnant", "i'm pregnant",
            "i am pregnant", "im pregnant", "we're expecting",
            "single mum", "single dad", "my wedding", "getting married", "my honeymoon",
            "me partner", "my fella", "me fella", "me husband", "me wife", "me missus", "me mam", "me mum", "me dad", "me kids", "my mam",
            "ma mam", "my da", "ma da", "me da", "my maw", "ma maw", "my wee one", "wee wan", "my little one", "my wean", "ma wean",
            "my bairn", "my ivf", "ivf", "ma da passed", "my da passed", "my dad passed", "my mum passed", "my mam passed", "my nan passed",
        ],
        "sexuality": [
            "sexuality", "sex life", "gay", "lesbian", "bisexual", "queer", "i'm straight", "i am straight",
            "im straight", "heterosexual", "homosexual", "asexual", "i'm trans", "dating", "dating app", "tinder", "hinge", "bumble", "first date",
            "grindr", "porn",
        ],
        "victim-experience": [
            "i was attacked", "i was assaulted", "i was abused", "i was raped", "i was mugged", "i was robbed",
            "i was stalked", "i was burgled", "we were burgled", "i got attacked", "i got assaulted", "i got mugged",
            "i got robbed", "i got burgled", "been attacked", "been assaulted", "been raped", "been burgled",
            "been mugged", "sexually assaulted", "raped", "burgled", "my attacker", "my abuser", "my rapist",
            "abusive relationship", "my ex was abusive", "a relationship like that", "in a relationship like", "my ex hit", "my ex used to",
            "i was a victim", "happened to me", "i got battered", "i was battered", "got beaten up", "i got beaten up", "i was beaten up",
            "i got jumped", "i was jumped", "got glassed", "i got stabbed", "i was stabbed",
        ],
        "home-and-routines": [
            "~i live", "i live in", "i live on", "i live near", "i live at", "i live by", "i live round", "where i live",
            "my address", "my street", "my road", "my route", "my house", "my flat", "i usually go", "my gym", "the gym",
            "my kids' school", "my children's school", "my neighbour", "pick my kids", "pick my two", "pick the kids", "school pickup",
            "house will be empty", "house'll be empty", "away on holiday", "going on holiday", "my holiday", "off next week", "my local", "i park",
            "i get the bus",
            "i get the train", "my commute", "school run", "every morning", "most mornings", "every evening", "most evenings",
            "walk my dog", "i walk the dog", "parkrun", "my parkrun", "round the corner from you", "near you",
            "i only live", "i live up", "i live down", "i live off", "i live about", "i live just", "i live across", "i live opposite",
            "most weekends", "every weekend", "every other weekend", "every saturday", "every sunday", "every other saturday",
            "every other sunday", "most saturdays", "most sundays", "takes me every",
        ],
        "family-general": ["my family", "my lot", "our lot"],
    ]

    /// The effective list for `topic` in `document`.
    public static func words(for topic: String, in document: VaultDocument) -> [String] {
        document.topicWords[topic] ?? builtIn[topic] ?? []
    }

    /// Whether `entry` (with or without its `~` mark) has a word a draft could hold: letters or digits.
    public static func isUsable(_ entry: String) -> Bool {
        !TextFolding.words(parse(entry).phrase).isEmpty
    }

    /// A listed entry without its `~` mark, and whether it had one.
    public static func parse(_ entry: String) -> (phrase: String, everyday: Bool) {
        entry.first == everydayMark ? (String(entry.dropFirst()).trimmingCharacters(in: .whitespaces), true) : (entry, false)
    }
}

/// A topic's words as a draft for one person is checked for them (`share NAME --words`).
public struct TopicWordList: Encodable, Equatable, Sendable {
    public let topic: String
    public let meaning: String
    /// The topic's level for the person; at `share` its words are not looked for.
    public let level: SharingLevel
    /// Whether its words are looked for (level care or never).
    public let checked: Bool
    /// Words reported at the topic's level.
    public let words: [String]
    /// Everyday words reported as possible (listed with `~`).
    public let everydayWords: [String]
}

extension TopicWords {
    /// Every topic with its level and words, for `supporter` or (nil) for your disclosure
    /// boundaries, in topic order.
    public static func lists(for supporter: Supporter?, in document: VaultDocument) -> [TopicWordList] {
        let sharing =
            supporter.map { Sharing(for: $0, topics: document.topics) }
            ?? Sharing(boundariesOf: document)
        return sharing.levels.map { topic, level, _ in
            let entries = words(for: topic.name, in: document).map(parse)
            return TopicWordList(
                topic: topic.name, meaning: topic.meaning, level: level, checked: level != .share,
                words: entries.filter { !$0.everyday }.map(\.phrase), everydayWords: entries.filter(\.everyday).map(\.phrase))
        }
    }
}
