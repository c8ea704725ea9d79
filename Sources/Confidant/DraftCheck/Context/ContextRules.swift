/// Reads each match in the light of the words around it and of the whole draft, and sets its
/// level (docs/DRAFT-CHECK.md, "Context"): the writer's own distress is never a finding; a topic
/// word in an everyday sense is no finding; a number or date that is the writer's own or a
/// shop's is no detail; everyday case-material words count only in a draft about a case; names
/// are judged by what surrounds them. The order matters: what is left after the first steps
/// decides whether the draft is about a case, and that decides the last.
enum ContextRules {
    /// Who the draft is for, as far as the rules go.
    enum Reader {
        /// Someone outside work (a partner, a friend, a service).
        case outsideWork
        /// A supporter at work.
        case atWork
        /// The people you work with (`check --clients`).
        case clients
    }

    /// Sets the level of each of `candidates` (nil: not reported) in `context`, and adds the case
    /// content that only its context shows (`CaseMaterial`, someone else's crisis); `names` are
    /// the scanner's name sources, `topicLevels` the level of each topic checked for the reader.
    /// Returns whether the draft speaks of the writer's own distress.
    static func apply(
        _ candidates: inout [Candidate], in context: DraftContext, names: [NameSource], reader: Reader,
        topicLevels: [String: Finding.Level], isKnown: (String) -> Bool
    ) -> Bool {
        // People named for sure (not a first name alone, which may be a word or a namesake).
        let people = Set(
            candidates.flatMap { candidate -> [Int] in
                guard candidate.level != nil, case .name(let form, _, _, let first, let last) = candidate.evidence, !form.isFirstName else {
                    return []
                }
                return Array(first...last)
            })
        let distress = Distress.find(in: context, people: people)
        let quiet = distress.isWriters ? distress.writer + distress.family : distress.family
        func add(_ topic: String, _ words: ClosedRange<Int>, _ why: String) {
            guard let level = topicLevels[topic], !quiet.contains(where: { $0.overlaps(words) }) else { return }
            candidates.append(
                Candidate(
                    range: context.words.range(words.lowerBound, words.upperBound), kind: .topic, level: level,
                    reason: "topic \(topic): \(why)",
                    evidence: .topic(
                        phrase: "", everyday: false, first: words.lowerBound,
                        last: words.upperBound)))
        }
        for words in distress.others { add("case-details", words, "someone's crisis") }
        for (topic, words) in CaseMaterial.find(in: context) { add(topic, words, "in everyday words") }
        var senses: [String: TopicSenses.Sense] = [:], everyday: [ClosedRange<Int>] = []
        for index in candidates.indices {
            switch candidates[index].evidence {
            case .topic(let phrase, _, let first, let last):
                if quiet.contains(where: { $0.overlaps(first...last) })
                    || TopicSenses.isEveryday(phrase, at: first, last, in: context, parsed: &senses)
                {
                    candidates[index].level = nil
                    everyday.append(first...last)
                }
            case .detail(let detector):
                let first = context.words.position(containing: candidates[index].range.lowerBound)
                let last = max(first, context.words.position(containing: candidates[index].range.upperBound - 1))
                if DetailContext.isNobodysFromWork(first, last, detector: detector, allowOwn: reader != .clients, in: context) {
                    candidates[index].level = nil
                }
            case .name, .none:
                break
            }
        }
        // The words inside a phrase read in its everyday sense go with it: "stuck at the sheriff
        // court" leaves neither "the sheriff" nor "court".
        for index in candidates.indices {
            guard case .topic(let phrase, _, let first, let last) = candidates[index].evidence, !phrase.isEmpty, candidates[index].level != nil
            else { continue }
            // A word said again is in the sense it had: "ootside the jail. the JAIL."
            let again = candidates.contains { other in
                guard other.level == nil, case .topic(phrase, _, let start, let end) = other.evidence else { return false }
                return everyday.contains(start...end)
            }
            if again || everyday.contains(where: { $0.overlaps(first...last) && $0 != first...last }) { candidates[index].level = nil }
        }
        // Names first as if the draft were about nothing: what survives (not a namesake, not a
        // word) is what can make it about a case.
        var owns: [Int: OwnName] = [:]
        let firstLook = candidates.map { candidate -> Candidate in
            // First names never make a draft about a case, so they need no first look.
            guard case .name(let form, let near, let source, let first, let last) = candidate.evidence, !form.isFirstName, !near,
                names[source].kind != nil
            else { return candidate }
            var looked = candidate
            looked.level = nameLevel(
                candidate, form: form, near: near, source: source, names: names, first: first, last: last,
                aboutACase: false, aboutTheWork: false, context: context, reader: reader, owns: &owns)
            return looked
        }
        let aboutACase = isAboutACase(firstLook, context: context, names: names)
        // Words of the work anywhere, or a topic word left standing: enough to read a person
        // named by first name alone as someone from work ("tracey rang again… her son got sent back").
        let aboutTheWork =
            aboutACase || candidates.contains { if case .topic = $0.evidence { $0.level != nil } else { false } }
            || (0..<context.count).contains { !context.classes($0).isDisjoint(with: [.work, .caseRole, .caseVerb]) }
        for index in candidates.indices {
            switch candidates[index].evidence {
            case .topic(_, let everyday, let first, let last) where everyday && candidates[index].level != nil && reader != .clients:
                // Everyday words ("photos", "his phone") count only in a draft about a case, and
                // there as case material when someone had to look at them.
                let topic = candidates[index].reason.dropFirst("topic ".count)
                if !aboutACase {
                    candidates[index].level = nil
                } else if topic != "case-material" || exposures.contains(where: { $0.matches(in: context, around: first, last) }) {
                    // In a draft about a case, "a recall" and "bail" are the case's; photos are
                    // when someone had to look at them.
                    candidates[index].level = topicLevels[String(topic)] ?? candidates[index].level
                    candidates[index].reason += topic == "case-material" ? ", seen in a case" : ", in a draft about a case"
                }
            case .name(let form, let near, let source, let first, let last):
                candidates[index].level = nameLevel(
                    candidates[index], form: form, near: near, source: source, names: names, first: first, last: last,
                    aboutACase: aboutACase, aboutTheWork: aboutTheWork, context: context, reader: reader, owns: &owns)
            default:
                break
            }
        }
        if reader == .outsideWork {
            let taken = Set(
                candidates.flatMap { candidate -> [Int] in
                    guard case .name(_, _, _, let first, let last) = candidate.evidence else { return [] }
                    return Array(first...last)
                })
            for words in UnlistedNames.find(in: context, isKnown: isKnown, taken: taken, aboutTheWork: aboutTheWork, aboutACase: aboutACase) {
                candidates.append(
                    Candidate(
                        range: context.words.range(words.lowerBound, words.upperBound), kind: .unlistedName,
                        level: .possible, reason: UnlistedNames.reason))
            }
        }
        return distress.isWriters
    }

    // MARK: Helpers

    /// Whether the draft is about a case: a topic word at never, a protected name written in
    /// full or by surname, an identifying detail, or a word of the work's own ("client",
    /// "breached", "probation").
    private static func isAboutACase(_ candidates: [Candidate], context: DraftContext, names: [NameSource]) -> Bool {
        // Two everyday words of the work make a case: "never showed for unpaid work, breach letter".
        let everyday = Set(
            candidates.compactMap { candidate -> String? in
                guard candidate.level != nil, case .topic(let phrase, true, _, _) = candidate.evidence,
                    !candidate.reason.hasPrefix("topic case-material")
                else { return nil }
                return phrase
            })
        if everyday.count >= 2 { return true }
        for candidate in candidates where candidate.level != nil {
            switch candidate.evidence {
            case .topic(_, let everyday, _, _) where !everyday && candidate.level == .never: return true
            case .name(let form, let near, let source, _, _)
            where !near && !form.isFirstName && candidate.level == .never
                && names[source].kind != nil:
                return true
            case .detail: return true
            default: continue
            }
        }
        return (0..<context.count).contains { !context.classes($0).isDisjoint(with: [.caseRole, .caseVerb]) }
    }

    /// Seeing material: "had to watch the videos", "the photos on his phone", "can't unsee".
    private static let exposures = [
        "~exposure …3 *", "* on|from his|her|their ~household|phone|laptop|computer|devices", "* of ~child|~kin",
        "~third …2 *", "* …4 unsee|sick|vile|horrific|horrible|disgusting|awful|haunting|graphic",
    ].map(WordPattern.init)

    /// A name's own first name and surname, read once per draft.
    private struct OwnName {
        let first: String?, surname: String?

        init(_ text: String) {
            var words = NameWords()
            words.read(text, personLike: true)
            let folded = (0..<words.words.count).map { index in words.words.withWord(index) { String(decoding: $0, as: UTF8.self) } }
                .filter { !NameForms.titles.contains($0) }
            (first, surname) = folded.count > 1 ? (folded.first, folded.last) : (nil, nil)
        }
    }

    /// The level of a name match in its context; `owns` keeps each source's own name for the draft.
    private static func nameLevel(
        _ candidate: Candidate, form: NameForm, near: Bool, source number: Int, names: [NameSource], first: Int,
        last: Int, aboutACase: Bool, aboutTheWork: Bool, context: DraftContext, reader: Reader,
        owns: inout [Int: OwnName]
    ) -> Finding.Level? {
        let source = names[number]
        let own = owns[number] ?? OwnName(source.text)
        owns[number] = own
        if first == last, NameContext.isNamesake(at: first, form: form, ownFirst: own.first, ownSurname: own.surname, in: context) {
            return nil
        }
        if form == .firstAndInitial, NameContext.isTextSpeak(at: last, in: context) { return nil }
        // Whether what follows marks it as a person: worked out only where it matters.
        var framed: Bool?
        func personFrame() -> Bool {
            if let framed { return framed }
            let found = NameContext.isPersonFrame(first, last, in: context)
            framed = found
            return found
        }
        if NameContext.isAdjective(first, last, form: form, in: context), !personFrame() { return nil }
        var level = candidate.level
        if level == nil {
            // An everyday word in lower case ("baker"): the person only when something marks it as one.
            guard
                personFrame() || NameContext.isMarkedAsPerson(first, last, form: form, in: context)
                    || form == .whole && NameContext.isWorkFrame(first, last, in: context)
            else { return nil }
            // A first name alone is possible at most, until the rest of the draft says otherwise.
            level = form.isFirstName ? .possible : source.level
        } else if candidate.level == .possible || first == last, NameContext.isPlainEverydayWord(first, last, form: form, in: context),
            !personFrame(),
            !(form == .whole && NameContext.isWorkFrame(first, last, in: context))
        {
            // "Hope ur ok", "LITTLE MIX", "will hope the rain holds": words before they are names.
            return nil
        }
        if level == .possible, !form.isFirstName, !near, personFrame() { level = source.level }
        if source.kind == nil {
            // Your own supporters at work, named outside it: nothing, unless the draft is about a case.
            return aboutACase ? .never : nil
        }
        if reader == .clients, source.kind == .colleague {
            // Telling a client which colleague will cover is ordinary practice.
            return .care
        }
        guard form.isFirstName, !near else {
            if first == last, form == .surname,
                NameContext.isThing(at: first, in: context) || NameContext.isPlaceOrBrand(last, in: context)
                    || context.classes(first).contains(.commerce), !personFrame()
            {
                return nil
            }
            // A whole name among sport or television, in a draft about nothing from work: perhaps
            // the namesake ("watching old leinster highlights, sean o'brien in his prime").
            if level == .never, reader == .outsideWork, !aboutTheWork, form == .whole, source.personLike, !source.exact,
                NameContext.isAmongSportOrMedia(first, last, in: context),
                !NameContext.isWorkFrame(first, last, in: context)
            {
                return .possible
            }
            // "the ward sister": an everyday word after an article is the word.
            if first == last, form == .surname, NameContext.isArticle(first - 1, in: context),
                NameContext.isPlainEverydayWord(first, last, form: form, in: context)
            {
                return nil
            }
            return level
        }
        if form == .guessedName {
            // A guessed short form alone counts only in a draft about the work.
            guard reader == .outsideWork else { return nil }
            if aboutTheWork || NameContext.isWorkFrame(first, last, in: context) { return source.level }
            // A place's own first word where a place stands ("meeting at oakfield"): shown, not blocked.
            return source.kind == .place && context.classes(first - 1).contains(.placePreposition) ? .possible : nil
        }
        if NameContext.isPlaceOrBrand(last, in: context) || NameContext.isArticle(first - 1, in: context) { return nil }
        switch reader {
        case .clients:
            // Greeting the person the message is for: "hi darren".
            return NameContext.isGreeted(at: first, in: context) ? nil : level
        case .atWork:
            return level
        case .outsideWork:
            if aboutACase { return source.level }
            if NameContext.isPersonalFrame(first, last, in: context) { return nil }
            if NameContext.isWorkFrame(first, last, in: context) || aboutTheWork && personFrame() { return source.level }
            return level
        }
    }
}
