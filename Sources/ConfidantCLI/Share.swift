import ArgumentParser
import Confidant

extension CLI {
    /// `confidant share NAME` / `share --clients`: set what may be shared with a person, or your
    /// disclosure boundaries with the people you work with.
    struct Share: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set what may be shared with a supporter (or, with --clients, your own disclosure boundaries).")

        @OptionGroup var options: VaultOptions
        @Argument(help: "Their name, or the start of it (not with --clients).") var name: String?
        @Flag(help: "Set your boundaries for what you disclose to the people you work with.") var clients = false
        @Option(help: "A topic that may be shared (repeatable).") var allow: [String] = []
        @Option(help: "A topic to share only with care (repeatable).") var care: [String] = []
        @Option(help: "A topic never to share (repeatable).") var never: [String] = []
        @Flag(help: "Back to the defaults before applying the other flags.") var reset = false
        @Option(help: ArgumentHelp("Define a new topic (use with --meaning).", valueName: "name")) var addTopic: String?
        @Option(help: "What the new topic covers.") var meaning: String?

        func validate() throws {
            guard clients == (name == nil) else { throw ValidationError("give a supporter's name, or --clients, but not both") }
            guard reset || addTopic != nil || !(allow + care + never).isEmpty else {
                throw ValidationError("say what to change: --allow, --care, --never, --reset or --add-topic")
            }
            if let addTopic {
                guard Topic.isValidName(addTopic) else { throw ValidationError("topic names are lower-case words joined by hyphens, e.g. my-health") }
                guard meaning?.isEmpty == false else { throw ValidationError("--add-topic needs --meaning TEXT") }
            }
        }

        func run() throws {
            let changes = allow.map { ($0, SharingLevel.share) } + care.map { ($0, .care) } + never.map { ($0, .never) }
            let summary = try Session.update(options) { document -> String in
                if let addTopic, let meaning { try define(Topic(name: addTopic, meaning: meaning), in: &document) }
                let known = (clients ? document.boundaryTopics : document.topics).map(\.name)
                for (topic, _) in changes where !known.contains(topic) { throw ConfidantError.unknownTopic(topic, known: known) }
                if clients {
                    if reset { document.boundaries = VaultDocument().boundaries }
                    for (topic, level) in changes { document.boundaries[topic] = level }
                    document.log(.boundariesChanged, "disclosure boundaries changed")
                    return "your disclosure boundaries"
                }
                let id = try NameResolver.resolve(name!, in: document.supporters).id
                let index = document.supporters.firstIndex { $0.id == id }!
                if reset { document.supporters[index].sharing = [:] }
                for (topic, level) in changes { document.supporters[index].sharing[topic] = level }
                document.log(.sharingChanged, supporter: id, "sharing limits changed for \(document.supporters[index].name)")
                return "what you may share with \(document.supporters[index].name)"
            }
            Console.out("Updated \(summary).")
        }

        private func define(_ topic: Topic, in document: inout VaultDocument) throws {
            let existing = (clients ? document.boundaryTopics : document.topics).map(\.name)
            guard !existing.contains(topic.name) else { throw ConfidantError.invalidValue("the topic \(topic.name) exists already") }
            if clients { document.customBoundaryTopics.append(topic) } else { document.customTopics.append(topic) }
        }
    }
}
