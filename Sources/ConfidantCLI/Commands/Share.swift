import ArgumentParser
import Confidant
import Foundation

extension CLI {
    /// `confidant share NAME` / `share --clients`: set what may be shared with a person, or your
    /// disclosure boundaries with the people you work with.
    struct Share: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "share",
            abstract: "Set what may be shared with a supporter (or, with --clients, your own disclosure boundaries).")

        @OptionGroup var options: VaultOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "Their name, or the start of it (not with --clients).") var name: String?
        @Flag(help: "Set your boundaries for what you disclose to the people you work with.") var clients = false
        @Option(help: "A topic that may be shared (repeatable).") var allow: [String] = []
        @Option(help: "A topic to share only with care (repeatable).") var care: [String] = []
        @Option(help: "A topic never to share (repeatable).") var never: [String] = []
        @Flag(help: "Back to the defaults before applying the other flags.") var reset = false
        @Option(help: ArgumentHelp("Define a new topic (use with --meaning).", valueName: "name")) var addTopic: String?
        @Option(help: "What the new topic covers.") var meaning: String?
        @Option(help: ArgumentHelp("Add a word or phrase that signals a topic in a draft (repeatable).", valueName: "topic=phrase"))
        var addWord: [String] = []
        @Option(help: ArgumentHelp("Stop looking for a topic word (repeatable).", valueName: "topic=phrase")) var removeWord: [String] = []
        @Flag(
            help: "List the topic words a draft for this person (or, with --clients, for the people you work with) is checked for; changes nothing.")
        var words = false

        func validate() throws {
            if words {
                guard clients != (name != nil) else { throw ValidationError(Check.whose(name: name)) }
                guard !reset, addTopic == nil, (allow + care + never + addWord + removeWord).isEmpty else {
                    throw ValidationError("--words only lists; change words with --add-word and --remove-word in a separate command")
                }
                return
            }
            if output.json { throw ValidationError("--json goes with --words") }
            if clients, name != nil { throw ValidationError(Check.whose(name: name)) }
            if !clients, name == nil, reset || !(allow + care + never).isEmpty {
                throw ValidationError("say whose limits to change: a supporter's name, or --clients")
            }
            guard reset || addTopic != nil || !(allow + care + never + addWord + removeWord).isEmpty else {
                throw ValidationError("say what to change: --allow, --care, --never, --reset, --add-topic, --add-word or --remove-word")
            }
            for word in addWord + removeWord where Self.split(word).map({ !TopicWords.isUsable($0.1) }) ?? true {
                throw ValidationError(
                    "topic words are given as TOPIC=PHRASE with a word in the phrase, e.g. offence-details=theft "
                        + "(TOPIC=~PHRASE for an everyday word reported as possible)")
            }
            if let addTopic {
                guard Topic.isValidName(addTopic) else { throw ValidationError(Topic.nameRule) }
                guard meaning?.isEmpty == false else { throw ValidationError("--add-topic needs --meaning TEXT") }
            }
        }

        func run() throws {
            if words { return try TopicWordsReport.show(options: options, name: name, json: output.json) }
            let changes = allow.map { ($0, SharingLevel.share) } + care.map { ($0, .care) } + never.map { ($0, .never) }
            let summary = try options.openForChange().update { document -> String in
                if let addTopic, let meaning { try document.defineTopic(Topic(name: addTopic, meaning: meaning), boundary: clients) }
                for (topic, phrase) in addWord.compactMap(Self.split) { try document.addTopicWord(phrase, to: topic) }
                for (topic, phrase) in removeWord.compactMap(Self.split) { try document.removeTopicWord(phrase, from: topic) }
                if clients {
                    if reset || !changes.isEmpty { try document.setBoundaries(changes, reset: reset) }
                    return "your disclosure boundaries"
                }
                guard let name else { return "the topics" }
                let supporter = try NameResolver.resolve(name, in: document.supporters)
                if reset || !changes.isEmpty { try document.setSharing(for: supporter.id, changes, reset: reset) }
                return "what you may share with \(supporter.name)"
            }
            Console.out("Updated \(summary).")
        }

        /// `topic=phrase` split at the first `=`; nil when either side is empty.
        static func split(_ text: String) -> (String, String)? {
            guard let equals = text.firstIndex(of: "=") else { return nil }
            let topic = String(text[..<equals]), phrase = text[text.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            return topic.isEmpty || phrase.isEmpty ? nil : (topic, phrase)
        }
    }
}
