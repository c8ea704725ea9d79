/// How a word of a draft is also written: in dialect ("masel", "cannae", "ah'm", "divvent",
/// "owt"), in text-speak ("u", "2nite", "pls"), with "-in" for "-ing" ("wakin"), without its
/// apostrophe ("dont") or with a possessive ("clyde's"). `DraftContext` reads each word both as
/// written and in its standard spelling, so one pattern ("hurting myself", "scared of what i might
/// do") finds "hurtin masel" and "feart o whit ah might dae". A standard spelling only adds a
/// reading; it never replaces the word as written.
enum Spelling {
    /// The standard spelling of a folded word, or nil when it is written the standard way.
    static func standard(_ word: String) -> String? {
        if let known = table[word] { return known }
        if word.hasSuffix("in'") { return String(word.dropLast()) + "g" }
        // "wakin", "hurtin", "nothin": "-in" for "-ing", in words long enough not to be "cabin".
        if word.utf8.count > 4, word.hasSuffix("in"), !word.hasSuffix("ain"), !word.hasSuffix("oin"), !word.hasSuffix("ein") {
            return word + "g"
        }
        if word.utf8.count > 3, word.hasSuffix("'s") { return String(word.dropLast(2)) }
        return nil
    }

    // MARK: Helpers

    private static let table: [String: String] = {
        var table: [String: String] = [:]
        for (standard, forms) in spellings {
            for form in forms.split(separator: " ") { table[String(form)] = standard }
        }
        return table
    }()

    /// Each standard word, and how it is also written: text-speak first, then the dialects of the
    /// people who use the tool (Scots, Geordie, Scouse, Mancunian, Yorkshire, Brummie, Welsh and
    /// Irish English), then the apostrophes people leave out.
    private static let spellings: [(String, String)] = [
        // Text-speak.
        ("to", "2 tae ti"), ("you", "u ya yu ye yous youse yez"), ("for", "4 fur"), ("can", "cn"), ("not", "nt"),
        ("tonight", "2nt 2nite tonite tonyt"), ("tomorrow", "tmrw tmr tmoz 2moro 2morrow morra"), ("your", "ur yer yr"), ("are", "r"),
        ("and", "n an &"), ("want", "wnt"), ("because", "cos coz bc cus cuz"), ("please", "pls plz plse"), ("with", "w wi wiv"),
        ("the", "da"), ("be", "b"), ("see", "c"), ("why", "y"), ("know", "kno knaa knaw kna ken"), ("what", "wot wat whit"),
        ("just", "jst jus jist"), ("people", "ppl"), ("something", "smth sth summat summet"), ("anything", "owt"),
        ("nothing", "nowt nuthin nuffin"), ("about", "abt aboot"), ("myself", "masel mysel meself mesel misel maself myslef"),
        ("himself", "hissel hisself"), ("herself", "hersel"),
        // Dialect.
        ("i", "ah"), ("i'm", "ahm ah'm a'm"), ("i've", "ah've ahve"), ("i'd", "ah'd"), ("i'll", "ah'll"), ("my", "ma mah"),
        ("own", "ain"), ("home", "hame"), ("out", "oot"), ("down", "doon"), ("over", "ower"), ("do", "dae"), ("of", "o"),
        ("don't", "dont dinnae dinna divvent divent divn't dunt"), ("can't", "cant cannae canny cannie"), ("won't", "wont willnae winnae"),
        ("wouldn't", "wouldnt wouldnae"), ("couldn't", "couldnt couldnae"), ("didn't", "didnt didnae"), ("isn't", "isnt isnae"),
        ("wasn't", "wasnt wisnae"), ("shouldn't", "shouldnt shouldnae"), ("haven't", "havent havenae hivnae"), ("doesn't", "doesnt"),
        ("no", "nae naw nee"), ("head", "heid"), ("scared", "feart frit"), ("alright", "awright aright"), ("awful", "awfy"),
        ("was", "wis woz"), ("all", "aw"), ("little", "wee"), ("crying", "greetin greeting"), ("going", "gannin ganning gaan goin"),
        ("go", "gan"), ("being", "bein"), ("doing", "doin"), ("dying", "dyin"), ("our", "wor"), ("me", "us"), ("around", "round roond"),
        ("till", "til"), ("anymore", "nomore"),
        ("it's", "its"), ("that's", "thats"), ("what's", "whats"), ("he's", "hes"), ("she's", "shes"), ("i'd", "id"),
    ]
}
