/// English words that are also common given names or surnames in the UK ("hope", "will",
/// "little", "wood"). A protected name made of one of them would otherwise be reported in
/// "I hope you're ok" or "I will call": so where such a word is the only thing that identifies
/// the person (a surname alone, a first name alone, a first name and initial), it counts as the
/// name only when written like one, with a capital letter and not at the start of a sentence;
/// written otherwise it is reported one step lower (docs/DRAFT-CHECK.md). Full names are never
/// lowered. Our own list, chosen by reading common UK names against everyday English.
enum EverydayWords {
    /// `all` as a set, for looking words up.
    static let set = Set(all)

    static let all: [String] = [
        // Given names that are everyday words.
        "will", "hope", "mark", "bill", "pat", "sue", "rob", "ken", "jack", "frank", "grace", "faith", "joy", "dawn",
        "may", "june", "april", "august", "summer", "autumn", "rose", "lily", "daisy", "holly", "ivy", "amber", "ruby",
        "pearl", "crystal", "sunny", "rich", "art", "bob", "don", "dean", "drew", "gene", "guy", "jean", "jay", "max",
        "miles", "nick", "penny", "ray", "reed", "rocky", "rusty", "sandy", "star", "storm", "sky", "river", "violet",
        "hazel", "heather", "iris", "ginger", "angel", "candy", "carol", "chase", "chip", "christian", "cliff", "duke",
        "earl", "gem", "grant", "hunter", "jade", "jewel", "king", "lance", "mason", "matt", "mercy", "misty", "page",
        "paris", "pierce", "price", "prince", "rain", "royal", "sage", "scout", "spring", "stone", "victor", "wade",
        "ward", "willow", "win", "wren", "harmony", "honor", "honour", "patience", "prudence", "constance", "destiny",
        "bliss", "brook", "dale", "glen", "heath", "ash", "rowan", "forrest", "sonny", "buddy", "happy",
        "eve", "dot", "kit",
        // Surnames that are everyday words.
        "baker", "bell", "bird", "black", "bond", "brown", "bush", "butler", "carter", "church", "clay", "cook",
        "cross", "day", "drake", "fair", "field", "fields", "fisher", "fox", "frost", "gold", "good", "gray", "green",
        "grey", "hall", "hand", "hard", "hart", "hay", "head", "hill", "hood", "little", "wood", "house", "hunt", "judge", "keen",
        "knight", "lamb", "lane", "law", "long", "love", "low", "march", "marsh", "mills", "moon", "moss",
        "new", "north", "park", "parks", "pink", "pope", "power", "rice", "rush", "sharp", "shepherd", "short",
        "silver", "skinner", "small", "snow", "south", "sparrow", "storey", "strong", "swan", "tanner", "turner",
        "wall", "waters", "west", "white", "wise", "wolf", "woods", "young", "best", "burns", "banks",
        "case", "cash", "chance", "cotton", "craft", "crow", "dash", "dart", "dove", "english", "fell", "finch",
        "ford", "foster", "free", "gale", "gates", "glass", "guest", "hale", "hawk", "horn", "keys", "lark", "lock",
        "lord", "major", "noble", "pace", "peel", "person", "pike", "pond", "porter", "potter", "ring", "rivers",
        "roach", "rock", "rook", "root", "row", "salt", "sands", "savage", "shore", "slater", "smart", "steel",
        "stern", "street", "sweet", "thorn", "tower", "vale", "vine", "wake", "walker", "walls", "weaver", "wells",
        "wild", "winter", "yard", "abbott", "bishop", "mann", "miller", "cooper", "parker", "taylor", "smith",
        "wright", "archer", "barber", "booth", "bowman", "brewer", "butcher", "carpenter", "chamberlain", "chapman",
        "clark", "draper", "farmer", "gardener", "glover", "hooper", "marshall", "painter", "palmer",
        "plumber", "sawyer", "singer", "spicer", "tailor", "thatcher", "tucker", "waller", "webber", "hamlet",
        "holmes", "tree", "gay", "lowe", "rowe", "hogg", "bacon", "lemon", "mustard", "pepper",
        "olive", "berry", "pitt", "well", "dyer", "gaunt", "proud", "meek", "bright", "blunt", "coward",
        "tough", "strange", "moody", "kind", "hardy", "bold", "quick", "swift", "light", "fine", "french",
    ]
}
