/// What a word of a draft can tell about the words near it: whose sentence it is (the writer's or
/// someone else's), what a person does, and which everyday field it belongs to (sport, food,
/// television, shopping…). The draft check reads a match in the light of these classes
/// (`DraftContext`): "court" beside "tennis" is not a court of law, "baker" before "rang" is a
/// person, a date after "our wedding" is not someone's date of birth. Our own lists of common
/// English and British usage, kept small; docs/DRAFT-CHECK.md says how each is used.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt64

    /// The writer as subject: "i", "i'm", "ive", "me".
    static let selfSubject = WordClass(rawValue: 1 << 0)
    /// The writer's own: "my", "our", "myself".
    static let selfPossessive = WordClass(rawValue: 1 << 1)
    /// Someone else: "he", "she", "they", "his", "her", "himself".
    static let thirdPerson = WordClass(rawValue: 1 << 2)
    /// A person in a case's role: "client", "offender", "defendant".
    static let caseRole = WordClass(rawValue: 1 << 3)
    /// A person, plainly: "lad", "bloke", "woman", "kid".
    static let personNoun = WordClass(rawValue: 1 << 4)
    /// Family: "mum", "brother", "niece", "missus".
    static let kin = WordClass(rawValue: 1 << 5)
    /// Something only a person does: "rang", "texted", "admitted", "shouted".
    static let personVerb = WordClass(rawValue: 1 << 6)
    /// Something that happens in a case: "breached", "recalled", "arrested", "remanded".
    static let caseVerb = WordClass(rawValue: 1 << 7)
    /// Words of the work itself: "probation", "caseload", "appointment", "reception".
    static let work = WordClass(rawValue: 1 << 8)
    static let sport = WordClass(rawValue: 1 << 9)
    static let food = WordClass(rawValue: 1 << 10)
    /// Television, films, books, music, apps.
    static let media = WordClass(rawValue: 1 << 11)
    /// Things about the house: "remote", "sofa", "duvet", "dog".
    static let household = WordClass(rawValue: 1 << 12)
    /// Courses and the paperwork of a job: "training", "refresher", "module".
    static let training = WordClass(rawValue: 1 << 13)
    /// Shopping and bookings: "order", "tracking", "booking", "ticket", "parcel".
    static let commerce = WordClass(rawValue: 1 << 14)
    /// Trades, shops and services: "plumber", "garage", "dentist", "takeaway".
    static let trade = WordClass(rawValue: 1 << 15)
    /// Occasions of one's own life: "wedding", "anniversary", "birthday".
    static let occasion = WordClass(rawValue: 1 << 16)
    /// Health: "aid", "test", "cardiac", "hospital".
    static let medical = WordClass(rawValue: 1 << 17)
    /// Words about words: "word", "spelling", "grammar", "essay".
    static let language = WordClass(rawValue: 1 << 18)
    /// A title before a name: "mr", "mrs", "ms", "miss", "mx", "dr".
    static let title = WordClass(rawValue: 1 << 19)
    /// "the", "a", "this", "some": a word after one is a thing, not a person's name.
    static let determiner = WordClass(rawValue: 1 << 20)
    /// Where: "at", "to", "in", "outside", "near".
    static let placePreposition = WordClass(rawValue: 1 << 21)
    /// A digit said as a word: "oh", "seven", "double".
    static let digitWord = WordClass(rawValue: 1 << 22)
    /// The last word of a street's name: "road", "close", "avenue".
    static let streetWord = WordClass(rawValue: 1 << 23)
    /// The last word of a school's name: "primary", "academy", "school".
    static let schoolWord = WordClass(rawValue: 1 << 24)
    /// Where someone lives or stays: "lives", "moved", "staying", "address".
    static let residence = WordClass(rawValue: 1 << 25)
    /// Friends and good times: "birthday", "party", "pub", "drinks", "mate".
    static let social = WordClass(rawValue: 1 << 26)
    /// Seeing or going through material: "watch", "watched", "viewed", "unsee".
    static let exposure = WordClass(rawValue: 1 << 27)
    /// A word that starts a new clause: "and", "but", "so", "cos", "because".
    static let clauseStart = WordClass(rawValue: 1 << 28)
    /// Children and young people: "kid", "girl", "boy", "niece", "toddler".
    static let child = WordClass(rawValue: 1 << 29)
    /// Letters that stand for words in text-speak: "c" (see), "u", "b", "r", "n", "y", "k", "x".
    static let textSpeakLetter = WordClass(rawValue: 1 << 30)
    /// A time: "today", "tonight", "tomorrow", "monday", "later".
    static let time = WordClass(rawValue: 1 << 31)
    /// "myself", "himself", "herself", "themselves".
    static let reflexive = WordClass(rawValue: 1 << 32)
    /// What a case leaves behind: "footage", "statement", "transcript", "photos", "snapchats".
    static let material = WordClass(rawValue: 1 << 33)
    /// Hurting someone: "hitting", "punched", "strangled", "bruises", "blood".
    static let harm = WordClass(rawValue: 1 << 34)
    /// Words that only soften or stress what follows: "just", "really", "proper", "like".
    static let hedge = WordClass(rawValue: 1 << 35)

    /// The class of a folded word (none for a word in no list).
    static func of(_ word: UnsafeBufferPointer<UInt8>) -> WordClass {
        let id = lexicon.words.find(word)
        return id < 0 ? [] : lexicon.classes[Int(id)]
    }

    /// The class of a folded word given as a string.
    static func of(_ word: String) -> WordClass {
        var word = word
        return word.withUTF8 { of($0) }
    }

    // MARK: Helpers

    private static let lexicon: (words: WordTable, classes: [WordClass]) = {
        var words = WordTable(capacity: 2048)
        var classes: [WordClass] = []
        for (wordClass, list) in lists {
            var list = list
            // Read from the lists' bytes: a `String` a word cost more than a one-line draft's check.
            list.withUTF8 { bytes in
                var start = 0
                for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: " ") {
                    defer { start = end + 1 }
                    guard end > start else { continue }
                    let id = Int(words.insert(UnsafeBufferPointer(rebasing: bytes[start..<end])))
                    if id == classes.count { classes.append(wordClass) } else { classes[id].formUnion(wordClass) }
                }
            }
        }
        return (words, classes)
    }()

    private static let lists: [(WordClass, String)] = [
        (.selfSubject, "i am im i'm ive i've id i'd i'll me myself we we're we've weve us ourselves"),
        (.selfPossessive, "my our ours myself"),
        (.reflexive, "myself himself herself themselves themself ourselves"),
        (
            .thirdPerson,
            "he she they him her them his hers their theirs himself herself themselves hes he's shes she's theyre "
                + "they're theyve they've he'll she'll he'd she'd"
        ),
        (
            .caseRole,
            "ipp lifer client clients offender offenders perp perpetrator perpetrators defendant defendants prisoner prisoners "
                + "inmate inmates lifer lifers probationer probationers caseload licensee yp ypp su sus supervisee supervisees"
        ),
        (
            .personNoun,
            "loon quine wean bairn lad lads lass lasses guy guys bloke blokes fella fellas fellow geezer woman women man men girl girls boy "
                + "boys lady ladies gent chap kid kids teenager teen youth person someone"
        ),
        (
            .kin,
            "mum mam mom mother mums dad father dads brother brothers sister sisters bro sis nan nana nanna gran grandma "
                + "grandad grandpa son sons daughter daughters niece nieces nephew nephews uncle auntie aunt aunty cousin cousins "
                + "wife husband missus partner girlfriend boyfriend gf bf ex stepdad stepmum stepson stepdaughter stepkids "
                + "baby kids child children family fiance fiancee hubby"
        ),
        (
            .personVerb,
            "rang ringing phoned phoning texted texting messaged messaging emailed said says saying told tells "
                + "telling asked asks admitted admits denied denies disclosed discloses cried crying shouted shouting screamed "
                + "screaming threatened threatening swore swearing punched stormed refused refuses reckons lied lying relapsed "
                + "absconded reoffended kicked turned showed didnt didn't failed missed walked arrived legged moaned moaning "
                + "laughed smirked begged apologised apologized yelled kicking sobbed wept confessed claimed insisted "
                + "blamed lost turns shows cancelled canceled cancels"
        ),
        (
            .caseVerb,
            "breached breaching breach recalled arrested remanded sentenced charged convicted absconded reoffended "
                + "relapsed sectioned tagged evicted nicked charged cautioned released bailed banged jailed locked lifted awol"
        ),
        (
            .work,
            "probation caseload client clients office appt appointment appointments interview po pos "
                + "supervision colleague colleagues shift hostel caseworker worker solicitor brief officer licence license tag "
                + "curfew estate landing wing supervise supervising supervised list allocation allocated session sessions transfer "
                + "programme keyworker housing foster placement placed resi hrng adoption reparation parole tariff adjudication allocation "
                + "conf disciplinary grievance suspended sacked reporting"
        ),
        (
            .sport,
            "goal goals scored striker keeper ref referee refs var penalty offside setter tennis netball squash badminton basketball volleyball padel pickleball football footy rugby hockey cricket "
                + "match game games racket racquet ball balls serve wimbledon pitch gym team league cup final golf darts "
                + "snooker pool bowls bowling swimming"
        ),
        (
            .food,
            "pizza pizzas curry kebab chips coffee tea brew cuppa pint pints wine beer gin prosecco burger burgers "
                + "takeaway chippy cake cakes chocolate biscuit biscuits sandwich butty crisps sugar caffeine icecream sausage "
                + "nandos maccies mcdonalds kfc donut doughnut toast bacon crumpet cheese dinner lunch breakfast brunch snack "
                + "snacks food greggs roll rolls chinese indian fry sweets soup beans sauce tin tins granola cereal porridge yoghurt eggs egg easter "
                + "spoon"
        ),
        (
            .media,
            "netflix tv telly show shows series episode episodes film films movie movies documentary doc docs "
                + "podcast podcasts book books novel drama dramas boxset season album song songs band trailer bbc itv channel "
                + "iplayer youtube tiktok insta instagram twitter facebook soap eastenders corrie emmerdale strictly bake "
                + "playstation xbox radio audiobook musical theatre cinema spotify disney prime documentaries thriller "
                + "netflix's rewatch watching news traitors cluedo monopoly"
        ),
        (
            .household,
            "remote telly tv sofa couch duvet blanket dog dogs cat cats kettle bed car charger hoover fridge "
                + "xbox controller heating thermostat room bedroom kitchen bathroom worktop garden hamster puppy kitten tablet ipad bedtime tree"
        ),
        (
            .training,
            "training refresher course courses module modules elearning webinar workshop policy policies "
                + "certificate cpd induction mandatory conference audit procedures"
        ),
        (
            .commerce,
            "order orders tracking booking bookings invoice account parcel parcels delivery "
                + "confirmation ticket tickets flight flights receipt membership subscription app code voucher promo discount "
                + "sale coupon basket checkout amazon ebay vinted asos argos dpd evri hermes courier postman refund returns "
                + "return starbucks nero costa pret tesco asda aldi lidl sainsburys morrisons primark boots wilko currys ikea homebase retail "
                + "trial website site online shopping pcn fine parking"
        ),
        (
            .trade,
            "plumber electrician builder builders garage mechanic dentist dentists surgery vet vets salon "
                + "hairdresser hairdressers barber barbers nursery landlord agent taxi cab restaurant hotel cafe pharmacy "
                + "chemist bank insurance boiler roofer joiner locksmith council takeaway shop shops store stores "
                + "office's bakery chippy pub"
        ),
        (
            .occasion,
            "wedding weddings anniversary birthday bday birthdays christening graduation engagement honeymoon "
                + "party engaged christmas xmas"
        ),
        (
            .medical,
            "drug arthritis vaccine medication aid aids test tests loss impaired cardiac heart respiratory clinical hospital nurse doctor physio "
                + "scan gp ear ears"
        ),
        (
            .language,
            "autocorrect typing typo typos word words say spell spelling grammar write wrote written text paragraph essay homework english "
                + "phrase comma letters language"
        ),
        (.title, "mr mrs ms miss mx dr"),
        (.determiner, "the a an this that these those your some any no every each"),
        (.placePreposition, "at to in into outside near from by round"),
        (.digitWord, "zero oh o nought one two three four five six seven eight nine double triple treble"),
        (
            .streetWord,
            "st road rd street avenue ave lane close drive crescent gardens terrace grove square mews "
                + "parade rise walk way view"
        ),
        (.schoolWord, "primary secondary academy school high college infants infant juniors junior grammar nursery"),
        (.residence, "lives living live lived moved moving staying stays stopping address house flat home"),
        (
            .social,
            "birthday bday party pub drinks drink dinner lunch brunch tea wedding mate mates friend friends pal "
                + "bestie neighbour neighbours christening hen stag holiday hols sleepover playdate date"
        ),
        (
            .exposure,
            "listen see seeing watch watched watching view viewed viewing unsee saw seen look looked looking through read "
                + "reading listened listening hear heard"
        ),
        (.clauseStart, "and but so cos coz because then while when although though or"),
        (
            .child,
            "loon quine wean weans bairn bairns kid kids child children girl girls boy boys niece nephew toddler baby babies teenager teen "
                + "daughter son stepdaughter stepson grandkid granddaughter grandson minor minors schoolgirl schoolboy"
        ),
        (.textSpeakLetter, "b c u r n y k x"),
        (
            .material,
            "photo photos photograph photographs pic pics picture pictures image images video videos footage cctv bodycam "
                + "dashcam recording recordings transcript transcripts statement statements interview interviews report reports file "
                + "files notes messages texts snapchats snapchat whatsapps whatsapp voicemail voicemails diary diaries forensics evidence "
                + "logs history postmortem mortem autopsy call"
        ),
        (
            .harm,
            "hit hitting hits punched punching punch kicked kicking beat beating beaten battered strangled strangling choked "
                + "choking stabbed stabbing stamped stamping slapped slapping smashed smashing bruises bruised bruising bleeding blood "
                + "wounds wound injuries injured broken cracked burns burned scalded raped raping assaulted abused abusing touched "
                + "touching groped molested throttled headbutted glassed bitten threatened begging screaming fingertip marks spat locks "
                + "locked shakes shook starved smashed filmed filming battered"
        ),
        (
            .hedge,
            "just really actually honestly genuinely properly proper pure literally totally truly seriously even kinda sorta "
                + "quite fully ever probably maybe like um erm uh tbh ngl defo deffo very"
        ),
        (
            .time,
            "today tonight tomorrow yesterday morning afternoon evening monday tuesday wednesday thursday friday "
                + "saturday sunday mon tues wed thurs fri sat sun later again weekend week"
        ),
    ]
}
