import ArgumentParser
import Confidant
import Foundation

extension CLI {
    /// `confidant show NAME`: everything recorded about one supporter.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show everything recorded about a supporter.")

        @OptionGroup var options: VaultOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "Their name, or the start of it.") var name: String
        @Flag(help: "Also show earlier agreements and the log of changes.") var history = false

        /// The `show --json` shape (docs/CLI.md).
        struct Report: Encodable {
            let supporter: Supporter
            let sharing: [String: SharingLevel]
            let events: [Event]?
        }

        func run() throws {
            let document = try options.openForReading().document
            let supporter = try NameResolver.resolve(name, in: document.supporters)
            let sharing = Sharing(for: supporter, topics: document.topics)
            let events = history ? document.events.filter { $0.supporter == supporter.id } : nil
            if output.json {
                return try Console.json(
                    Report(
                        supporter: supporter, sharing: Dictionary(uniqueKeysWithValues: sharing.levels.map { ($0.topic.name, $0.level) }),
                        events: events))
            }
            Console.out(Style.bold(supporter.name) + "  \(supporter.relationship.rawValue), \(supporter.sphere.meaning)")
            let fields: [(String, String?)] = [
                ("Phone", supporter.phone), ("Email", supporter.email), ("Available", supporter.availability),
                ("Hearing about work could", supporter.impactOnThem), ("Leaning on them could", supporter.impactOnRelationship),
                ("Notes", supporter.notes),
            ]
            for (label, value) in fields { if let value { Console.out("  \(label): \(value)") } }
            Console.out("")
            AgreementText.lines(supporter).forEach { Console.out("  " + $0) }
            Console.out("")
            for level in SharingLevel.allCases {
                Console.out("  \(AgreementText.label(level)) \(sharing.topics(at: level).joined(separator: ", ").nonEmpty ?? "-")")
            }
            guard let events else { return }
            Console.out("")
            Console.out(Style.bold("History"))
            for old in supporter.agreements.dropLast().reversed() {
                Console.out(
                    "  agreement of \(old.on): \(old.status.rawValue)" + (old.limits.isEmpty ? "" : "; limits: " + old.limits.joined(separator: "; "))
                )
            }
            for event in events.reversed() {
                Console.out("  \(Timestamp.format(event.at))  \(event.summary)")
            }
        }
    }
}
