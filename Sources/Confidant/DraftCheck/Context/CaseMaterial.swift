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
        ("offence-details", "get rid of a|the body"), ("offence-details", "about|what ~third did|done"), ("offence-details", "set fire to"), ("offence-details", "set|setting|sets fire"),
        ("offence-details", "burn|burned|burnt|torch the|her|his house|flat|car|door down?"),
        ("offence-details", "driving|drove|drive straight? at|into the|a lad|girl|kid|man|woman|her|him|them|boy"),
        ("offence-details", "interfered|interfering with ~child|~third"), ("offence-details", "touched|touching ~child|~kin|her|him up?"),
        ("offence-details", "a|with+a knife|blade|machete|weapon"), ("offence-details", "drink|drunk driving"),
        // What happens to a person in a case.
        ("case-details", "~third|~role …3 ~caseverb"), ("case-details", "recall|recalled|recalling one of mine|him|her|them"),
        ("case-details", "failed|failing|passed ~third|a|the drug|drugs test|tests"), ("case-details", "drug|drugs test|tests"),
        ("case-details", "found|caught with a knife|blade|weapon|drugs|gear"), ("case-details", "caught out"),
        ("case-details", "banned from"), ("case-details", "got|given|gets|get # years|yrs|year|yr|months|weeks"),
        ("case-details", "got|given|gets|get four|five|six|seven|eight|nine|ten|two|three years|months"), ("case-details", "got|given|gets|getting …2 suspended"), ("case-details", "in the dock"),
        ("case-details", "went|gone|going|go to the police|cops"), ("case-details", "curfew …2 extended|breached|broke|broken|changed"),
        ("case-details", "as part of his|her|their order|licence|license"), ("case-details", "no contact with"),
        ("case-details", "on a? tag"), ("case-details", "~third|~role …2 tagged"), ("case-details", "electronic monitoring"), ("case-details", "sleeping rough"), ("case-details", "# months|weeks|days|years clean|sober"),
        ("case-details", "~third …2 admitted|denied|disclosed|confessed"),
    ]

    private static let topics = patterns.map(\.topic)
    private static let index = PatternIndex(patterns.map(\.pattern))
}
