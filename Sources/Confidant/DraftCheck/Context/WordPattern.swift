/// A short pattern over the words of a draft, for the context rules (senses, distress, the frames
/// around names and details). Written as words separated by spaces:
///
/// - `kill|killing`: any of these folded words; `in+front+of` is several words in a row, as one
///   of the choices (`out|in+front+of`);
/// - `~food`: any word of a class (`WordClass`, by the names in `classNames`), alone or among
///   words (`~personverb|~caseverb|again`);
/// - `_`: any one word;
/// - `#`: a number written in digits ("2", "18"), alone or among words (`#|a|an`);
/// - `*`: the match being judged (a topic word, a name) — in a pattern with an anchor, the words
///   before `*` must stand right before the match and those after it right after;
/// - `…2`: up to two words of any kind;
/// - `$`: the end of a clause ("to just stop" at the end of what was said, not "to stop at the shop");
/// - a final `?` makes a token optional (`the?`).
///
/// A word matches as written or in its standard spelling (`Spelling`: "masel" is "myself"), and
/// up to two words that only soften or stress ("just", "really", "proper", "like") may stand
/// between the words of a pattern: "if i just didnt wake up". No pattern reaches over punctuation
/// (a full stop, a comma, a line break, an emoji): "could kill for. a coffee" is two thoughts.
struct WordPattern: Sendable {
    enum Token: Sendable {
        /// Few choices a token: an array is quicker to make and to search than a set.
        case words([String], phrases: [[String]], classes: WordClass, number: Bool, optional: Bool)
        case anchor
        case skip(Int)
        case end
    }

    let tokens: [Token]

    /// Parses `source`; a class name that does not exist is a programming error. Read byte by
    /// byte: a draft check parses many patterns, and splitting strings cost more than checking a
    /// one-line draft.
    init(_ source: String) {
        let bytes = Array(source.utf8)
        tokens = Self.pieces(bytes[...], UInt8(ascii: " ")).map(Self.token)
    }

    /// The first token of `source`, read alone: what `PatternIndex` files a pattern under, without
    /// parsing the rest until a draft holds a word it can start with.
    static func firstToken(of source: String) -> Token {
        let bytes = Array(source.utf8)
        return token(bytes[..<(bytes.firstIndex(of: UInt8(ascii: " ")) ?? bytes.count)])
    }

    /// One token: `*`, `$`, `…N`, or choices of words, phrases, classes and `#`, with a final `?`.
    private static func token(_ part: ArraySlice<UInt8>) -> Token {
        var text = part
        let optional = text.count > 1 && text.last == UInt8(ascii: "?")
        if optional { text = text.dropLast() }
        if text.elementsEqual([UInt8(ascii: "*")]) { return .anchor }
        if text.elementsEqual([UInt8(ascii: "$")]) { return .end }
        if text.starts(with: "…".utf8) { return .skip(Int(String(decoding: text.dropFirst(3), as: UTF8.self)) ?? 1) }
        var words: [String] = [], phrases: [[String]] = [], classes: WordClass = [], number = false
        for option in pieces(text, UInt8(ascii: "|")) {
            if option.elementsEqual([UInt8(ascii: "#")]) {
                number = true
            } else if option.contains(UInt8(ascii: "+")) {
                phrases.append(pieces(option, UInt8(ascii: "+")).map { String(decoding: $0, as: UTF8.self) })
            } else if option.first == UInt8(ascii: "~") {
                let name = String(decoding: option.dropFirst(), as: UTF8.self)
                guard let wordClass = classNames[name] else { preconditionFailure("no word class ~\(name)") }
                classes.formUnion(wordClass)
            } else {
                words.append(String(decoding: option, as: UTF8.self))
            }
        }
        return .words(words, phrases: phrases, classes: classes, number: number, optional: optional)
    }

    /// The non-empty pieces of `bytes` between `separator`s.
    private static func pieces(_ bytes: ArraySlice<UInt8>, _ separator: UInt8) -> [ArraySlice<UInt8>] {
        bytes.split(separator: separator)
    }

    /// Whether the pattern has an anchor (`*`).
    var isAnchored: Bool { tokens.contains { if case .anchor = $0 { true } else { false } } }

    /// The last word of a match starting at word `position`, or nil (for a pattern without anchor).
    func match(in context: DraftContext, at position: Int) -> Int? {
        Self.forward(tokens[...], context, position, first: position)
    }

    /// Whether the pattern matches around the words `first...last` (its anchor standing for them).
    func matches(in context: DraftContext, around first: Int, _ last: Int) -> Bool {
        guard let anchor = tokens.firstIndex(where: { if case .anchor = $0 { true } else { false } }) else { return false }
        let before = tokens[..<anchor], after = tokens[(anchor + 1)...]
        guard after.isEmpty || Self.forward(after, context, last + 1, first: last) != nil else { return false }
        return before.isEmpty || Self.backward(before, context, first - 1, last: first)
    }

    // MARK: Helpers

    /// `~name` for each class.
    static let classNames: [String: WordClass] = [
        "self": .selfSubject, "my": .selfPossessive, "third": .thirdPerson, "role": .caseRole, "person": .personNoun,
        "kin": .kin, "personverb": .personVerb, "caseverb": .caseVerb, "work": .work, "sport": .sport, "food": .food,
        "media": .media, "household": .household, "training": .training, "commerce": .commerce, "trade": .trade,
        "occasion": .occasion, "medical": .medical, "language": .language, "title": .title, "the": .determiner,
        "at": .placePreposition, "digit": .digitWord, "street": .streetWord, "school": .schoolWord,
        "residence": .residence, "social": .social, "exposure": .exposure, "child": .child, "time": .time,
        "reflexive": .reflexive, "material": .material, "harm": .harm, "hedge": .hedge,
    ]

    /// How many words `token` can take starting at word `position` (forwards) or ending there
    /// (backwards): 1 for a word, a class or a number, the length of each phrase that fits.
    private static func lengths(_ token: Token, _ context: DraftContext, _ position: Int, backwards: Bool) -> [Int] {
        guard case .words(let words, let phrases, let classes, let number, _) = token, position >= 0, position < context.count else { return [] }
        var found: [Int] = []
        if !classes.isEmpty && !context.classes(position).isDisjoint(with: classes)
            || !words.isEmpty && (words.contains(context.folded(position)) || context.standard(position).map(words.contains) == true)
            || words.contains("_") || number && context.words.written(position).allSatisfy({ $0 &- UInt8(ascii: "0") < 10 })
        {
            found.append(1)
        }
        for phrase in phrases {
            let start = backwards ? position - phrase.count + 1 : position
            guard start >= 0, start + phrase.count <= context.count,
                phrase.indices.allSatisfy({ context.reads(start + $0, as: phrase[$0]) && ($0 == 0 || !context.isPunctuated(start + $0)) })
            else { continue }
            found.append(phrase.count)
        }
        return found
    }

    private static func isOptional(_ token: Token) -> Bool {
        switch token {
        case .words(_, _, _, _, let optional): optional
        case .anchor, .skip, .end: false
        }
    }

    /// Matches `tokens` from word `position` onwards; `first` is the word the match began at
    /// (nothing may be punctuated after it). Returns the last word matched.
    private static func forward(_ tokens: ArraySlice<Token>, _ context: DraftContext, _ position: Int, first: Int) -> Int? {
        guard let token = tokens.first else { return position - 1 }
        let rest = tokens.dropFirst()
        if case .skip(let most) = token {
            var at = position
            for _ in 0...most {
                if let end = forward(rest, context, at, first: first) { return end }
                guard at < context.count, at == first || !context.isPunctuated(at) else { return nil }
                at += 1
            }
            return nil
        }
        if case .end = token {
            return context.isPunctuated(position) ? forward(rest, context, position, first: first) : nil
        }
        if position < context.count, position == first || !context.isPunctuated(position) {
            let found = lengths(token, context, position, backwards: false)
            for length in found {
                if let end = forward(rest, context, position + length, first: first) { return end }
            }
            // "if i just didnt wake up": a softening word between two of the pattern's.
            if found.isEmpty, position > first, context.classes(position).contains(.hedge), position + 1 < context.count,
                !context.isPunctuated(position + 1), let end = forward(tokens, context, position + 1, first: first)
            {
                return end
            }
        }
        return isOptional(token) ? forward(rest, context, position, first: first) : nil
    }

    /// Matches `tokens` backwards, their last standing at word `position`; `last` is the word
    /// after the match (no punctuation may come before it).
    private static func backward(_ tokens: ArraySlice<Token>, _ context: DraftContext, _ position: Int, last: Int) -> Bool {
        guard let token = tokens.last else { return true }
        let rest = tokens.dropLast()
        if case .skip(let most) = token {
            var at = position
            for _ in 0...most {
                if backward(rest, context, at, last: last) { return true }
                guard at >= 0, !context.isPunctuated(at + 1) else { return false }
                at -= 1
            }
            return false
        }
        if case .end = token {
            return context.isPunctuated(position + 1) && backward(rest, context, position, last: last)
        }
        if position >= 0, !context.isPunctuated(position + 1) {
            let found = lengths(token, context, position, backwards: true)
            for length in found where backward(rest, context, position - length, last: last) {
                return true
            }
            if found.isEmpty, context.classes(position).contains(.hedge), backward(tokens, context, position - 1, last: last) {
                return true
            }
        }
        return isOptional(token) && backward(rest, context, position, last: last)
    }
}

/// Patterns indexed by their first token, to find every match of many patterns in one pass over a
/// draft: a word is tried only against the patterns that can start with it (by its folded text,
/// looked up once per distinct word, or by its classes). Only the first token is read when the
/// index is made; a pattern is parsed whole the first time a draft holds a word it can start with
/// (a one-line draft tries a few of several hundred).
struct PatternIndex: Sendable {
    private let sources: [String]
    private var byWord: [String: [Int]] = [:]
    private var byClass: [(classes: WordClass, pattern: Int)] = []
    private var byNumber: [Int] = []

    init(_ sources: [String]) {
        self.sources = sources
        for (number, source) in sources.enumerated() {
            guard case .words(let words, let phrases, let classes, let numeric, optional: false) = WordPattern.firstToken(of: source) else {
                preconditionFailure("pattern \(sources[number]) must start with a word, a class or a number")
            }
            for word in Set(words + phrases.map { $0[0] }) { byWord[word, default: []].append(number) }
            if !classes.isEmpty { byClass.append((classes, number)) }
            if numeric { byNumber.append(number) }
        }
    }

    /// Calls `body(pattern, first, last)` for each match in `context`, in reading order.
    func forEachMatch(in context: DraftContext, _ body: (Int, Int, Int) -> Void) {
        var cache: [Int32: [Int]] = [:], parsed: [Int: WordPattern] = [:]
        for position in 0..<context.count {
            let id = context.words.ids[position]
            let byText =
                cache[id]
                ?? {
                    var found = byWord[context.folded(position)] ?? []
                    if let standard = context.standard(position), let more = byWord[standard] { found = Array(Set(found + more)).sorted() }
                    cache[id] = found
                    return found
                }()
            let classes = context.classes(position)
            let numeric = !byNumber.isEmpty && context.words.written(position).allSatisfy { $0 &- UInt8(ascii: "0") < 10 }
            for number in byText + byClass.filter({ !$0.classes.isDisjoint(with: classes) }).map(\.pattern) + (numeric ? byNumber : []) {
                let pattern = parsed[number] ?? WordPattern(sources[number])
                parsed[number] = pattern
                if let end = pattern.match(in: context, at: position) { body(number, position, end) }
            }
        }
    }
}
