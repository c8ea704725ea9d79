/// Distress and crisis: feeling suicidal, wanting to hurt oneself, not coping, not feeling safe.
/// The writer's own is what a supporter agreed to hear: never a finding, answered with support
/// (`DraftVerdict.support`, docs/WELLBEING.md). Someone else's — "one of mine tried to hang
/// himself", "she showed me fresh cuts" — is case material, and becomes a finding.
///
/// Each phrase has a weight: 2 for words of suicide, self-harm and their means ("kill myself",
/// "not wake up", "the pills in front of me"), 1 for words of not coping ("can't cope", "I'm not
/// ok", "drowning"). The writer is in distress when their own phrases weigh 2 or more. A phrase
/// is the writer's when it says so itself ("myself", "my life", "without me"), or when the
/// nearest person before it in its sentence is the writer ("i", "i'm", "ive", "we"), or when its
/// sentence names nobody and the draft names nobody else; it is someone else's when a reflexive
/// says so ("himself", "herself") or the nearest person is someone else ("he's", "my client",
/// "the lad", a name). The writer's family ("my son is self harming") is neither: not the
/// writer's distress, and not a case.
enum Distress {
    /// Where distress is spoken of, and whose it is.
    struct Found {
        /// The writer's own phrases, and whether together they weigh enough for support.
        var writer: [ClosedRange<Int>] = []
        var writerWeight = 0
        /// The writer's family's: not a finding.
        var family: [ClosedRange<Int>] = []
        /// Someone else's, with weight 2: case material.
        var others: [ClosedRange<Int>] = []

        /// Whether the draft speaks of the writer's own distress.
        var isWriters: Bool { writerWeight >= 2 }

        /// Whether a phrase of the writer's is grave (suicide, self-harm, their means), and whether
        /// they asked for someone or said a joke was not one.
        var grave = false
        var pleaded = false
    }

    /// The phrases of distress in `context`; `people` are the positions of names found in the
    /// draft.
    static func find(in context: DraftContext, people: Set<Int>) -> Found {
        var found = Found()
        var writers: [(words: ClosedRange<Int>, weight: Int, grave: Bool)] = []
        index.forEachMatch(in: context) { number, first, last in
            let weight = number < grave.count + notCoping.count ? 2 : 1
            switch whose(first...last, context, people) {
            case .writer:
                writers.append((first...last, weight, number < grave.count))
                if number >= grave.count + notCoping.count + heavy.count { found.pleaded = true }
            case .family: found.family.append(first...last)
            case .someoneElse: if weight >= 2 { found.others.append(first...last) }
            }
        }
        // Words found by two phrases weigh once, as the heavier.
        for match in writers.sorted(by: { $0.weight > $1.weight }) where !found.writer.contains(where: { $0.overlaps(match.words) }) {
            found.writer.append(match.words)
            found.writerWeight += match.weight
            found.grave = found.grave || match.grave
        }
        // Heavy words alone in a joking draft ("can't cope with this heat lol") are not distress.
        if !found.grave, !found.pleaded, context.holds(anyOf: ["lol", "lmao", "haha", "hahaha", "lolol", "rofl"]) {
            found.writerWeight = 0
        }
        return found
    }

    // MARK: Helpers

    /// Words of suicide, self-harm and their means. `~reflexive` is "myself", "himself"… (whose
    /// it is decides whose distress). Written for how people say it: in text-speak, in dialect
    /// ("cannae", "no wake up", "tae"), half-said ("the thoughts are back").
    private static let grave = [
        "suicidal", "suicide", "kill|killing|killed|top|topping|topped|hang|hanging|hanged|hung|end|ending ~reflexive",
        "end|ending|ended|take|taking|took my|his|her|their own? life", "end|ending it|everything|things all?", "it all to end|stop",
        "tired|sick of being|living|life|existing", "tired|sick of being alive",
        "dont|don't|doesnt|doesn't|didnt|didn't|no|not want|wanna tae|to? be|being alive|here|around|living",
        "stop|stopped existing|living|breathing", "want|wanna|wanted|wanting tae|to? die|dying|be dead", "to just? die",
        "think|thinking|thought|thoughts about|of dying|death|suicide|ending|killing|not+being+here|being+dead|driving|jumping",
        "wish ~self|~third was|were|wasnt|wasn't dead|gone|never+born|not+here|here|alive|around", "better off dead|gone|without",
        "better|easier off? without me|him|her|them", "better|easier off? w o me|him|her|them",
        "easier if ~self|~third wasnt|wasn't|werent|weren't|was|were not? here|around|gone|in+it",
        "easier to just? go|disappear|end|not+be+here", "sleep and|n|an not|no|never wake", "not|no|never wake|waking up",
        "if ~self didnt|didn't|dont|don't|never|did+not wake|woke",
        "wish|wishing|hope|hoping ~self just? didnt|didn't|dont|don't|wouldnt|wouldn't wake up", "dont|don't|doesnt|doesn't want to wake up",
        "self harm|harming|harmed|harms", "self-harm|self-harming|selfharm|selfharming",
        "hurt|hurting|hurts|harm|harming|harms|cut|cutting|cuts|burn|burning|burns|burnt ~reflexive",
        "urge|urges to cut|hurt|harm", "cut|cutting|cuts again|last+night|tonight", "relapsed|relapse cut|cutting|self", "fresh|new cuts",
        "scratched|scratching ~my|~third arms|legs|skin", "hitting|banging|punching|hit|banged|punched ~my|~third head|~reflexive",
        "looking|staring|stared|looked at the|my pills|tablets|razor|razors|blades|rope",
        "pills|tablets out|in+front+of|saved|saving|stockpiled|stashed",
        "the|my pills|tablets on+the+table|out", "take|took|taking|swallowed|swallow all the|my|his|her? pills|tablets",
        "took|taken|swallowed|swallowing|taking a load|lot|packet|bottle|box|handful of", "overdose|overdosed|overdosing|od|od'd",
        "with a|the|my razor|blade|knife", "hid|hidden|hide|hiding the|my razors|razor|blades|pills|tablets",
        "stood|standing|stand|sat|sitting|im|i'm on|at the|a bridge|edge|ledge|roof|tracks",
        "jump|jumping|jumped off a|the bridge|roof|building|cliff",
        "walk|walking|walked|jump|jumping|jumped|step|stepped|stepping in front of a|the train|bus|lorry|car",
        "drive|driving|drove|drives ~my|~third|the|a? car|van? into a|the wall|tree|lorry|river", "not stopping at the|a roundabout|lights|junction",
        "rope in|under his|her|their|my", "ligature", "written|wrote|writing a? note|notes|letters|goodbye", "goodbye letters|note|notes|letter",
        "this is goodbye", "dont|don't|doesnt|doesn't|not feel|feeling safe", "i'm|im not safe", "i am not safe", "not safe with|around ~reflexive",
        "head is|isnt|isn't not? a safe place", "dont|don't|doesnt|doesn't|dinna|dinnae|cant|can't trust ~reflexive",
        "scared|terrified|afraid|frightened of ~reflexive",
        "scared|terrified|afraid|frightened of what ~self|~third might|could do", "bad|dark|intrusive thoughts", "the thoughts are back",
        "nothing to live for", "no reason to live", "alone with my head|thoughts", "tried to kill|end|hang ~reflexive?", "attempt on ~my|~third life",
        "suicide attempt", "ways to do+it|die|end",
        // Means and plans, said sideways: "walking into the sea", "not stopping at the roundabout",
        // "giving my things away", "doing the maths", "keep myself safe".
        "walk|walking|walkin|walked into|off the|a sea|river|lagan|clyde|thames|mersey|taff|tyne|canal|cliff|cliffs|bridge|loch|lake",
        "step|stepped|stepping forward|off|in", "swallowed|swallowing|swallow batteries|blades|glass|bleach",
        "cut|cutting|cuts|burnt|burned|burn|hit|hitting|punched|punching|banged|scratched ~my|~third|myself|himself|herself arm|arms|leg|legs|wrist|wrists|skin|head|hand|knuckles|face|wall|walls? on+purpose|till|until",
        "on+purpose", "wanted it to hurt", "giving|gave stuff|things|my+things|my+stuff|my+good away", "planning it|not+to+be|to+not+be",
        "keep|keeping myself|meself safe", "stay|staying safe tonight|2nt|tonite", "own funeral", "picturing|imagine|imagining my funeral",
        "not existing", "existing anymore", "not+to|not be|being around", "could|would|might just stop", "had|having that|the thought again",
        "at least i|id get", "ended|end it months|weeks|years ago", "reasons to get up", "one reason to", "looking up ways|how",
        "want|wanna|wanted tae|to? disappear", "just disappear", "never come|coming back", "if i disappear", "not an accident",
        // Not being, said sideways: "to not exist", "jist no bein", "not be around much longer".
        "not|no exist|being $", "to not exist", "be|being around|here much|for longer|long", "want|wanna out for+good",
        "want|wanna|like|wanted everything|it|things|all to just? end|stop|be+over", "like|want|wanna to just stop $",
        // Passive wishes: "if a bus hit me", "getting hit by a bus would be a nice day off".
        "bus|car|lorry|train|truck hit|hits|hitting|took|ran+over|runs+over me",
        "getting|get hit|run+over|knocked+down by a|the bus|car|lorry|train|truck would|wouldnt|wouldn't|might|could|d",
        "if ~self died|dropped+dead|got+hit", "if anything happens to me", "if ~self not|wasnt|wasn't|isnt|am+not here in+the+morning|tomorrow|tmrw",
        // Means, looked up or looking back: "how many paracetamol", "the knife keeps looking at me".
        "how many paracetamol|pills|tablets|co-codamol|codeine|sleeping+pills|painkillers", "too many paracetamol|pills|tablets",
        "knife|knives|razor|blade|blades|pills|tablets|rope|belt keeps|keep|was|were|is looking|calling|staring at me",
        "think|thinking|thought|thoughts about|of the|a train+line|tracks|railway|bridge|viaduct|reservoir|river|sea|motorway|pills|tablets|edge",
        "going|go|went under and staying|stay|not+coming", "thought|thinking about going|just+going under",
        "driving|drive|drove into something|anything|traffic|oncoming|a+wall|a+tree", "just keep|kept driving",
        "planning|plan|planned how ~self|id|i'd would|could? do+it|end+it|go",
        // Hurting to feel: "keep wanting to hurt them so i feel something".
        "so|to ~self? feel|can+feel something|anything", "wanting|want|urge to hurt|cut|burn ~my|them|it",
        "a+e|a+and+e|hospital for|about my head|mind",
        "river|canal|sea|clyde|thames|mersey|tyne|taff|lagan|loch|lake|bridge|tracks|reservoir|water|viaduct|edge looking|looks|look|looked|is|was …2 inviting|tempting|appealing|peaceful|calling",
        "dont|don't trust ~reflexive? to drive|with",
        // Everyone better without: "everyone would be better off", "save u all the bother".
        "everyone|everybody|you|u|yous|you'd|youd|they|kids|family would|will|'d be better|easier off $",
        "better|easier off honestly|tbh|really|without",
        "a burden on|to everyone|everybody|you|u|all|them|yous", "save you|u|yous|everyone all? the bother|trouble|hassle",
        "dont|don't|didnt|didn't|wouldnt|wouldn't|cant|can't|never|not …3 trust ~reflexive",
        "not|dont|don't …3 safe on+my+own|alone|by+myself|tonight|2nite|home+alone", "not safe on+my+own|alone",
        "how much longer i|~self can keep going|go+on|do+this", "dont|don't think i can do+this|it|go+on|keep+going anymore|any+more|much+longer",
        "dont|don't want to swim|come up|back+up|surface",
    ]

    /// Asking for someone, and saying a joke is not one: each a little weight, and together with
    /// anything above enough ("the bridge was lookin inviting. jokes. mostly. can u ring me").
    private static let pleas = [
        "can|cn|could you|u come|call|ring|phone|hold|stay|get+me|get+us", "ring|call|phone me", "come home|round|over|get me", "stay on the phone",
        "hold me", "need you|u", "help me", "i need help", "please come", "not even jokin|joking", "not joking|jokin", "jokes mostly",
        "not fully a joke", "not lol", "not laughing", "only half joking|jokin", "mostly joking|jokin", "not a joke", "im scared|frightened",
        "dont|don't know what to do", "dont|don't know whats happening", "not totally|completely|entirely joking|jokin", "i mean it $",
        "just come|ring|call", "are you nearly|coming home|back", "dont|don't be late", "its|it's bad $",
        "dont|don't ask why", "is that bad", "dont|don't know if i $", "dont|don't know why i came|came+here", "the kind where you $",
    ]

    /// Not coping, said outright: as much as the grave words, though a joke can carry it ("can't
    /// cope with this traffic lol").
    private static let notCoping = [
        "cant|can't|cannot|cannae|canny|no|not|barely|struggling to? cope|coping",
        "feel|feeling|felt|like ~self|i'm|im? a|an empty? ghost|shell|husk",
        "point in waking|living|going+on|carrying+on|being+here|being+alive",
    ]

    /// Words of not coping, and the means alone: each weighs one.
    private static let heavy = [
        "pills|tablets|razor|razors|blade|blades|rope|ligature|bridge|cliff|cliffs|ledge|platform|tracks|railway",
        "numb", "empty", "relief", "behind glass", "no reason", "cant|can't|cnt get up", "tired of being", "sick of being",
        "cant|can't|cannot|cannae go on", "cant|can't|cannot|cannae do this|it anymore|any",
        "cant|can't|cannot|cannae keep going", "keep going like this", "dont|don't think i can keep going", "not ok|okay",
        "i'm|im|i am breaking|broken",
        "breaking down|point", "burnt|burned out", "drowning", "falling apart", "too much", "no way out|through",
        "cant|can't|cannot see a+way|the+point",
        "whats|what's the point", "what is the point", "no point", "nothing left", "a burden", "waste of space", "deserve better",
        "scared it's|its me",
        "something has to give", "tired of pretending|everything|it+all", "pointless", "hopeless", "worthless", "panic attack",
        "cant|can't|cannae eat|sleep",
        "cant|can't|cannae face tomorrow|it|anything|work|going", "get through tomorrow|tonight", "i'm|im a mess", "cant|can't stop crying",
        "keep crying", "crying at|in my", "cant|can't breathe", "i need someone|help|you|u", "need help", "dont|don't see how",
        "dont|don't want to be alone",
        "dont|don't leave me", "please ring|call|come", "ring|call me pls|please", "come home please|pls", "really need you|u", "in a dark place",
        "so alone|lonely", "no fight", "not going home", "the razors|razor|blades", "a|the rope", "ending it|things",
        "want|wanted|wanna it to end|stop",
        "the note", "frightened|terrified|scared", "numb", "cant|can't feel anything", "talk me down", "not eaten|eating", "drink until",
        // Feeling nothing, and not being there: "i feel nothing", "like a ghost walkin aboot".
        "feel|feeling|felt nothing|anything $", "no|not feel|feeling anything|nothing", "like a|an zombie|robot", "a|an ghost|shell|husk $",
        "havent|haven't cried in", "underwater", "hollow", "heads|head's|head gone", "not right $", "not sleep tired", "the other kind of? tired",
        // Goodbyes: "sorry for everything", "tell the kids i love them", "whatever happens".
        "sorry for|fur|about everything", "thanks|thank|ta for everything", "whatever happens", "been good to me",
        "tell …3 i love|loved them|you|u|her|him",
        "its|it's not your fault $", "if anything happens", "passwords are", "write|writing|wrote a will",
        "everything's|everythings|everything is sorted now",
        "gave|given|giving|give the dog|cat|kids|plants|things away|to", "giving|gave|give away her|his|my plants|things|stuff|clothes|books",
        "wrote|written|writing you|u a letter|note", "dont|don't read it unless|until", "i need someone", "the world would|will keep spinning|go+on",
        "shouldnt|shouldn't be driving|alone|on+my+own", "need to go to a+e|a+and+e|hospital", "for my head|mind", "not going|coming home|back",
        "not|no coming|going home|hame",
        "point in getting|anything", "reservoir|viaduct|quarry|train+line|level+crossing", "wouldnt|wouldn't mind $",
        "dont|don't want to be|go home|on+my+own|alone", "on my own tonight|2nite|the+night",
    ]

    /// The grave phrases first, then not coping, then the heavy ones.
    private static let index = PatternIndex(grave + notCoping + heavy + pleas)

    private enum Subject { case writer, family, someoneElse }

    private static let someone: [String] = ["he", "she", "him", "her", "his", "hers", "he's", "she's", "hes", "shes", "himself", "herself"]

    /// Whether someone else stands before `position` in its clause.
    private static func someoneBefore(_ position: Int, _ context: DraftContext, _ people: Set<Int>) -> Bool {
        (context.clauseStart(position)..<position).contains {
            !context.classes($0).isDisjoint(with: [.thirdPerson, .caseRole, .personNoun]) || people.contains($0)
        }
    }

    /// Whether "they" at `position` stands for anyone: "people", "someone", "everyone" before it
    /// in its sentence.
    private static func isAnyone(_ position: Int, _ context: DraftContext) -> Bool {
        guard context.isWord(position, ["they", "they're", "theyre", "them", "their"]) else { return false }
        var at = position - 1
        while at >= 0, !context.endsSentence(at) {
            if context.isWord(at, ["people", "someone", "anyone", "everyone", "somebody", "anybody", "folk", "folks"]) { return true }
            at -= 1
        }
        return false
    }

    /// Whose the phrase at `words` is: a reflexive or possessive in it says so; otherwise the
    /// nearest person before it in its sentence; otherwise, nobody named in the sentence, the
    /// writer unless the draft names someone else.
    private static func whose(_ words: ClosedRange<Int>, _ context: DraftContext, _ people: Set<Int>) -> Subject {
        for position in words {
            let classes = context.classes(position)
            if classes.contains(.reflexive) || classes.contains(.selfPossessive) || classes.contains(.selfSubject) && position > words.lowerBound {
                return classes.contains(.selfSubject) || classes.contains(.selfPossessive) ? .writer : .someoneElse
            }
            // "them" and "it" in a phrase may be the writer's hands or the thoughts: "hurt them so i feel something".
            if classes.contains(.thirdPerson), position > words.lowerBound, context.isWord(position, someone) { return .someoneElse }
        }
        var at = words.lowerBound - 1
        let clause = context.clauseStart(words.lowerBound)
        while at >= 0, !context.endsSentence(at) {
            let classes = context.classes(at)
            // "me" after someone is their object: "she texted me 'this is goodbye'".
            if classes.contains(.selfSubject), !(context.isWord(at, ["me", "us"]) && someoneBefore(at, context, people)) { return .writer }
            // Family is the subject only in the same clause: "my son is self harming", but
            // "im falling apart our kid, cant sleep" speaks to someone.
            // "our kid", "our lad", "my mum": the writer's own people.
            if !classes.isDisjoint(with: [.kin, .personNoun]), context.classes(at - 1).contains(.selfPossessive) {
                if at >= clause { return .family }
                at -= 2
                continue
            }
            // "people write them when they're planning…": "they" after "people" is anyone.
            if classes.contains(.thirdPerson), isAnyone(at, context) {
                at -= 1
                continue
            }
            // "numb man just numb": a word said to the reader, not someone spoken of.
            if context.isWord(at, ["man", "mate", "pal", "pet", "hun", "babe", "la", "bro", "lad", "love", "hen", "bab"]),
                context.classes(at - 1).isDisjoint(with: [.determiner, .selfPossessive, .thirdPerson]),
                context.isPunctuated(at + 1) || context.classes(at + 1).contains(.hedge)
            {
                at -= 1
                continue
            }
            if !classes.isDisjoint(with: [.thirdPerson, .caseRole, .personNoun, .kin]) || people.contains(at) { return .someoneElse }
            at -= 1
        }
        // "them" and "they" may be the thoughts or the pills; "he", "she", "his", "her" are someone.
        let someoneNamed =
            !people.isEmpty || context.holds(anyOf: someone) || (0..<context.count).contains { context.classes($0).contains(.caseRole) }
        return someoneNamed ? .someoneElse : .writer
    }
}
