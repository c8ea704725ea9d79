/// Identifying details that are words rather than digits, about someone else: the street someone
/// lives on, named without a house number ("he's moved to a flat on Pendle Street"); a house
/// number said as "no 32"; the school or the workplace that identifies someone ("year 4 at st
/// mary's", "he works at the big asda on the ring road", "he's the barman at the red lion").
/// Each is reported only when the sentence is about someone else (a third person, a client) or
/// where someone lives; "stuck on byron road" is nobody's address. An operation's name is a case
/// reference ("operation bramblewood"), unless it is somebody's surgery ("mum's operation").
enum WordDetectors {
    /// Each detail in `context`: its detector's name and word range.
    static func find(in context: DraftContext) -> [(detector: String, words: ClosedRange<Int>)] {
        var found: [(detector: String, words: ClosedRange<Int>)] = []
        for position in 0..<context.count {
            let classes = context.classes(position)
            if classes.contains(.streetWord), !ordinaryWords.contains(context.folded(position)) || context.isCapitalised(position),
                let start = streetName(endingAt: position, context), isAboutSomeone(start, context)
            {
                found.append(("street address", start...position))
            }
            if let end = operation(at: position, context) { found.append(("operation name", position...end)) }
        }
        index.forEachMatch(in: context) { number, first, last in
            guard isAboutSomeone(first, context) else { return }
            found.append((detectors[number], first...last))
        }
        return found
    }

    /// How many rules these are, for `DraftCoverage`: street names and operation names, and the patterns.
    static var ruleCount: Int { 2 + patterns.count }

    // MARK: Helpers

    /// The first word of a street's name ending at the street word at `position`: one or two
    /// words before it that are not "the", "my", "a" or a word like "ring" or "main" that makes
    /// it any road.
    private static func streetName(endingAt position: Int, _ context: DraftContext) -> Int? {
        var start = position
        while start > 0, position - start < 2, !context.isPunctuated(start) {
            let before = start - 1
            let classes = context.classes(before)
            guard classes.isDisjoint(with: [.determiner, .selfPossessive, .thirdPerson, .placePreposition, .residence, .digitWord]),
                !genericRoads.contains(context.folded(before)),
                !context.words.written(before).contains(where: { $0 &- UInt8(ascii: "0") < 10 })
            else { break }
            start = before
        }
        return start < position ? start : nil
    }

    /// Street words that are ordinary words too: they name a street only with a capital ("Kelso Close").
    private static let ordinaryWords: Set<String> = ["close", "drive", "walk", "rise", "way", "view", "square", "parade", "grove", "terrace", "st"]

    /// Words that make a road any road.
    private static let genericRoads: Set<String> = [
        "ring", "main", "high", "back", "slip", "side", "dual", "same", "one", "way", "long", "busy", "wrong", "right", "left", "next",
        "private", "country", "quiet", "new", "old", "open", "whole", "every", "that", "this", "his", "her", "our", "your", "their",
        "down", "up", "across", "along", "off", "on", "in", "at", "round", "near", "by", "end", "top", "bottom", "far", "other",
    ]

    /// Whether the sentence around `position` is about someone else, or where someone lives.
    private static func isAboutSomeone(_ position: Int, _ context: DraftContext) -> Bool {
        var start = position
        while start > 0, !context.endsSentence(start - 1) { start -= 1 }
        var end = position
        while end + 1 < context.count, !context.endsSentence(end) { end += 1 }
        return (start...end).contains { !context.classes($0).isDisjoint(with: [.thirdPerson, .caseRole, .residence, .child]) }
    }

    /// The last word of an operation's name at `position` ("operation bramblewood", "op
    /// kestrel"): not after "the", "a", "my", "mum's"; not followed by a word like "went" or "on".
    private static func operation(at position: Int, _ context: DraftContext) -> Int? {
        guard context.isWord(position, ["operation", "op"]), position + 1 < context.count, !context.isPunctuated(position + 1),
            position == 0 || !context.words.gap(before: position).contains(UInt8(ascii: "-")) // "co-op"
        else { return nil }
        guard context.classes(position - 1).isDisjoint(with: [.determiner, .selfPossessive, .thirdPerson, .kin]),
            position == 0 || !context.folded(position - 1).hasSuffix("'s")
        else { return nil }
        let next = context.classes(position + 1)
        guard next.isDisjoint(with: [.determiner, .placePreposition, .personVerb, .time, .clauseStart, .medical, .selfSubject, .thirdPerson]),
            !notNames.contains(context.folded(position + 1)), context.folded(position + 1).count >= 4
        else { return nil }
        return position + 1
    }

    /// Words after "operation" that are not a name.
    private static let notNames: Set<String> = [
        "went", "was", "were", "is", "has", "had", "will", "went", "went", "theatre", "room", "date", "scar", "done", "went", "team",
        "manager", "mode", "centre", "center", "overlord", "desert", "market", "system", "costs", "fine", "well", "okay", "today",
    ]

    private static let patterns: [(detector: String, pattern: String)] = [
        ("house number", "lives|living|lived|moved|staying|stays|stopping at|to|in no|number|num #"),
        ("house number", "at|to no|number #"),
        ("school", "year # at|in st|saint _"), ("school", "at|to|attends|goes st|saint _ ~school?"),
        ("school", "~child|~kin|~third …4 ~school"),
        ("workplace", "works|working|worked|work|job|employed|shifts|nights|labouring at|for the|a? _ _?"),
        ("workplace", "~third is|'s|s|was? a|an|the _ at|for the|a? _ _?"),
    ]

    private static let detectors = patterns.map(\.detector)
    private static let index = PatternIndex(patterns.map(\.pattern))
}
