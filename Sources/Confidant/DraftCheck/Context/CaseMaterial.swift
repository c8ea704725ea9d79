/// Case content written in everyday words, which no single topic word gives away: material that
/// had to be seen ("had to watch the cctv", "read the statement", "the snapchats he sent her"),
/// someone hurting someone ("him kicking her", "what he did to his niece", "the bruises on her
/// back"), and what happens to a person in a case ("he got released today with no address",
/// "failed his drugs test", "found with a knife"). Each pattern names the topic it belongs to;
/// a match is a finding at that topic's level for the reader (`ContextRules`).
enum CaseMaterial {
    /// Each match in `context`: its topic and word range.
    static func find(in context: DraftContext) -> [(topic: String, words: ClosedRange<Int>)] {
        var found: [(topic: String, words: ClosedRange<Int>)] = []
        index.forEachMatch(in: context) { number, first, last in
            found.append((topics[number], first...last))
        }
        return found
    }

    // MARK: Helpers

    private static let patterns: [(topic: String, pattern: String)] = [
        // Material that had to be seen, read or heard.
        ("case-material", "~exposure to|at|through? the|his|her|their|a? …2 ~material"),
        ("case-material", "~exposure to|at|through? the|his|her|their|a? …2 ~harm"),
        ("case-material", "~material of the|her|his? ~harm"),
        ("case-material", "through …3 his|her|their phone|phones|laptop|computer|devices|messages"),
        ("case-material", "~material of|from ~third|~child …2 ~harm"), ("case-material", "~material of her|his face|body|injuries"),
        ("case-material", "~material ~third been? sent|left|posted|shared|had|made|took|filmed|sharing|sending|found|kept"),
        ("case-material", "~material ~third? found|recovered|seized on|from his|her|their ~household|phone|laptop|computer|devices"),
        ("case-material", "~material were|was|are|is of ~child|~kin"),
        ("case-material", "~third sent|left|posted|shared her|him|them #? ~material"),
        ("case-material", "~material says|said|shows|showed|showing ~third"), ("case-material", "~material say|said that? ~third"),
        ("case-material", "sharing|shared|sent|sending|taking|took ~material of ~child"),
        ("case-material", "his|her|their search history"), ("case-material", "forensics|dna|tox came back"),
        ("case-material", "interview …4 ~third denying|admitted|denied|said|told|confessed|described|describes|explained"),
        ("case-details", "front|page of the …2 post|echo|news|chronicle|herald|paper|telegraph|express|argus|gazette|mirror|star|sun|mail"),
        ("case-material", "in the interview ~third"),
        ("case-material", "~material in|on|from the|his|her|their file|files|bundle|system|case|evidence"),
        ("case-material", "evidence ~material|bag|bags"), ("case-material", "drawing|drawings …4 in|from the file|interview|evidence"),
        ("case-material", "stuff|things|images|videos|pictures|photos|pics on|from his|her|their phone|laptop|computer|ipad"),
        ("case-material", "the|a 999|emergency call|calls"), ("case-material", "cctv|bodycam|footage was|is|showed|shows|of"),
        ("case-material", "played|heard|listened+to the|a 999|emergency|police call|recording|tape|interview"),
        ("case-material", "~child|boy's|girl's|victim's|victims statement|interview|account|disclosure|video"),
        // Someone hurting someone.
        ("offence-details", "~third …2 ~harm her|him|them|the|his|a ~child|~kin|~person|worker|partner|ex"),
        ("offence-details", "~third|~kin …2 been|was|is|keeps|kept ~harm her|him|them"),
        ("offence-details", "~third …3 ~harm her|him|them"), ("offence-details", "who ~harm"),
        ("offence-details", "~harm her|him|them|his|the …1 ~child|~kin|~person|partner|ex|worker|officer|nurse|staff|teacher|mum|dad"),
        ("offence-details", "him|her ~harm her|him|them"), ("offence-details", "~harm on|to her|his|their"),
        ("offence-details", "bruises|bruising|marks|cuts|burns|wounds on|all over ~third"),
        ("offence-details", "broken|cracked|fractured|busted jaw|ribs|rib|nose|arm|wrist|skull|cheekbone|eye+socket"),
        ("offence-details", "did|done|does|doing to ~third|~child|~kin"), ("offence-details", "did|done|does|doing to his|her|their ~child|~kin"),
        ("offence-details", "~kin|~third …2 did|done|does|doing to her|him|them"),
        ("offence-details", "been watching|following|filming ~third for"), ("offence-details", "knows where ~third sleeps|lives|works|goes"),
        ("offence-details", "get rid of a|the body"), ("offence-details", "about|what ~third did|done"), ("offence-details", "set fire to"),
        ("offence-details", "set|setting|sets fire"),
        ("offence-details", "burn|burned|burnt|torch the|her|his house|flat|car|door down?"),
        ("offence-details", "driving|drove|drive straight? at|into the|a lad|girl|kid|man|woman|her|him|them|boy"),
        ("offence-details", "interfered|interfering with ~child|~third"), ("offence-details", "touched|touching ~child|~kin|her|him up?"),
        ("offence-details", "a|with+a knife|blade|machete|weapon"), ("offence-details", "drink|drunk driving"),
        ("offence-details", "hands|hand round|around her|his|their throat|neck"), ("offence-details", "cleaned her|him|them out"),
        ("offence-details", "took|stole|nicked|used his|her|their ~kin? bank card|purse|pension|savings|benefits"),
        ("offence-details", "did|done that|this|it to a|the dog|cat|animal|baby|child|kid"),
        ("offence-details", "the woman|girl|lady|man|boy|kid|victim|child ~third hurt|attacked|raped|abused|stabbed|hit|battered|killed"),
        ("offence-details", "who|that did|done the|an|a|that old? lady|man|woman|girl|boy|kid|pensioner|shop|post+office|bank|job"),
        ("offence-details", "his|her|their first|second|third|fourth|1st|2nd|3rd|4th|5th domestic|dv|offence|conviction|assault"),
        // What happens to a person in a case.
        ("case-details", "~third|~role …3 ~caseverb"), ("case-details", "recall|recalled|recalling one of mine|him|her|them"),
        ("case-details", "failed|failing|passed ~third|a|the drug|drugs|piss|urine|mandatory+drug test|tests"),
        ("case-details", "drug|drugs|piss|urine test|tests|sample"),
        ("case-details", "from|in the cells|custody+suite"), ("case-details", "from the nick|police+station"),
        ("case-details", "back on the gear|brown|smack|spice|crack|heroin|game|drink|booze|sauce"),
        ("case-details", "found|caught with a knife|blade|weapon|drugs|gear|spice|mamba|weed|hooch|phone|sim"),
        ("case-details", "~third|~kin|is|was|been|s|'s|started|back using again|heroin|gear|crack|spice"),
        (
            "case-details",
            "got|given|gets|get|gave|give|giving ~third? #|~digit|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty|life|a …1 years|yrs|months|weeks|year|sentence"
        ),
        ("case-details", "had|have|having to recall|breach|arrest someone|one|him|her|a+lad|a+lass"), ("case-details", "caught out"),
        ("case-details", "banned from driving|contacting|seeing|entering|going|the+town|the+area|the+estate|town|his|her|their"),
        ("case-details", "got|given|gets|get # years|yrs|year|yr|months|weeks"),
        ("case-details", "got|given|gets|get four|five|six|seven|eight|nine|ten|two|three years|months"),
        ("case-details", "got|given|gets|getting …2 suspended"), ("case-details", "in the dock"),
        ("case-details", "went|gone|going|go to the police|cops"), ("case-details", "curfew …2 extended|breached|broke|broken|changed"),
        ("case-details", "as part of his|her|their order|licence|license"), ("case-details", "no contact with"),
        ("case-details", "on a? tag"), ("case-details", "~third|~role …2 tagged"), ("case-details", "electronic monitoring"),
        ("case-details", "sleeping rough"), ("case-details", "# months|weeks|days|years clean|sober"),
        ("case-details", "~third …2 admitted|denied|disclosed|confessed"),
        // Outcomes, and the risk work's own words: "sent back", "guilty on all counts", "managed disclosure".
        ("case-details", "got|been|was|get|getting|be sent back|down|away"),
        ("case-details", "gone|went|sent|going away|down for a long time|years|life"),
        ("case-details", "guilty on all? counts|count|charges"), ("case-details", "judge didnt|didn't|did+not|never even? look|looked"),
        ("case-details", "got|given|gets|get # and a half years|yrs"),
        ("case-details", "todays|today's|the|a strat|strategy discussion"), ("case-details", "no contact …2 with"),
        ("case-details", "licence|license variation|variations"), ("case-details", "~third …2 not allowed within|near|to+contact|to+see|to+go"),
        ("case-details", "not to escalate|escalating"), ("case-details", "leaving|left|leave her|him|them|the+kids in that|the house with him|her"),
        ("case-details", "managed disclosure|disclosures"), ("case-details", "disclosure to the|his|her new? girlfriend|partner|boyfriend"),
        ("case-details", "let|letting|lets him|her back in"), ("case-details", "secure unit|units"), ("case-details", "found ~third alive|safe|dead"),
        ("case-details", "mappa|mopa|mapa|mapper meeting|level|panel|meetings"),
        ("case-details", "put|puts|putting|moved ~third on|to level one|two|three|1|2|3"),
        ("case-details", "police|social|they took|removed|taking|take the|her|his|their kids|children|baby|bairns|weans"),
        ("case-details", "remove|removed|removing|took|taking # ~child|kids|children|babies from|into"),
        // Saying who is on the caseload: "hes one of mine", "on my list now", "allocated to me".
        ("case-details", "is|s|'s|hes|shes|he's|she's one of mine|ours"),
        ("case-details", "~third|~person|~role|who|family|one …3 on my caseload|list|books"), ("case-details", "on my caseload"),
        ("case-details", "allocated to me|us"), ("case-details", "ours now"),
        (
            "case-details",
            "one of mine|ours|my+lads|my+girls|my+clients|my+lot coaches|drives|works|lives|runs|owns|does|is|was|has|got|plays|teaches|sells"
        ),
    ]

    private static let topics = patterns.map(\.topic)
    private static let index = PatternIndex(patterns.map(\.pattern))
}
