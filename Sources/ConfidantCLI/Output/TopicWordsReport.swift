import Confidant

/// `share NAME --words` / `share --clients --words`: the topic words a draft is checked for, by
/// topic and level.
enum TopicWordsReport {
    /// Prints the lists for the named supporter, or (nil) for your disclosure boundaries.
    static func show(options: VaultOptions, name: String?, json: Bool) throws {
        let document = try options.openForReading().document
        let supporter = try name.map { try NameResolver.resolve($0, in: document.supporters) }
        let lists = TopicWords.lists(for: supporter, in: document)
        if json { return try Console.json(lists) }
        let whom =
            supporter.map { "a draft for \($0.name) (\($0.relationship.rawValue), \($0.sphere.meaning))" }
            ?? "a draft for the people you work with (check --clients)"
        Console.out(Style.bold("Topic words checked in \(whom)"))
        for list in lists where list.checked {
            Console.out(AgreementText.label(list.level) + list.topic + " (\(list.meaning))")
            if list.words.isEmpty { Console.out("  (no words: add some with --add-word \(list.topic)=PHRASE)") }
            Style.wrapped(list.words).forEach { Console.out($0) }
            if !list.everydayWords.isEmpty {
                Console.out("  reported as possible:")
                Style.wrapped(list.everydayWords, indent: "    ").forEach { Console.out($0) }
            }
        }
        let unchecked = lists.filter { !$0.checked }.map(\.topic)
        if !unchecked.isEmpty { Console.out("Not looked for (may be shared): " + unchecked.joined(separator: ", ")) }
        Console.out("Each word also finds its other forms (\"rape\": raped, rapes, raping); a form such as \"hearing\" finds only itself.")
        Console.out("Protected names and identifying details are checked too: see `confidant terms list` and docs/DRAFT-CHECK.md.")
    }
}
