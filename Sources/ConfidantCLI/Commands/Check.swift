import ArgumentParser
import Confidant
import Foundation

extension CLI {
    /// `confidant check NAME` / `check --clients`: one screen to read before a conversation.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Before you talk: what was agreed and what you may share (or, with --clients, your disclosure boundaries).")

        @OptionGroup var options: VaultOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "Their name, or the start of it (not with --clients).") var name: String?
        @Flag(help: "Your boundaries for what you disclose to the people you work with.") var clients = false
        @Option(help: ArgumentHelp("Scan a draft message (a file, or - for standard input) for what must not be shared.", valueName: "file"))
        var draft: String?
        @Flag(help: "With --draft: exit 1 for findings to share with care, and possible ones, too.") var strict = false
        /// Words after the name: most likely a message typed where a file belongs. Caught here so
        /// that the error never repeats them.
        @Argument(help: .hidden) var extra: [String] = []

        func validate() throws {
            guard extra.isEmpty else {
                throw ValidationError(
                    "check takes one name; to check a message, save it to a file and use --draft FILE, or use --draft - and paste it")
            }
            guard clients == (name == nil) else { throw ValidationError(Self.whose(name: name)) }
            if strict, draft == nil { throw ValidationError("--strict goes with --draft") }
        }

        /// What to say when a command needs one of a supporter's name and `--clients`.
        static func whose(name: String?) -> String {
            name == nil
                ? "say who this is for: a supporter's name, or --clients for the people you work with"
                : "give a supporter's name or --clients, not both"
        }

        func run() throws {
            // The vault first: its passphrase is asked before the draft is (issue 20).
            let document = try options.openForReading().document
            let text = try draft.map(DraftReport.read)
            let supporter = try name.map { try NameResolver.resolve($0, in: document.supporters) }
            if let text {
                let scanner = DraftScanner(document: document, supporter: supporter)
                let verdict = scanner.check(text)
                try DraftReport.show(verdict, coverage: scanner.coverage, for: supporter?.name ?? "the people you work with", json: output.json)
                if verdict.blocks(strict: strict) { throw ExitCode(1) }
                return
            }
            guard let supporter else { return try showBoundaries(document) }
            let briefing = Briefing(for: supporter, in: document)
            if output.json { return try Console.json(briefing) }
            show(briefing, supporter)
        }

        private func show(_ briefing: Briefing, _ supporter: Supporter) {
            Console.out(Style.bold(briefing.name) + "  \(briefing.relationship.rawValue), \(briefing.sphere.meaning)")
            let reach = [briefing.phone, briefing.email].compactMap { $0 }
            if !reach.isEmpty { Console.out("Reach: " + reach.joined(separator: " · ")) }
            if let availability = briefing.availability { Console.out((briefing.isService ? "Hours: " : "Available: ") + availability) }
            if let offers = briefing.offers { Console.out("Offers: " + offers) }
            if let access = briefing.access { Console.out("Through work: " + access) }
            // A service is used, not asked: no agreement nudge.
            if !briefing.isService { AgreementText.lines(supporter).forEach { Console.out($0) } }
            if let review = briefing.review {
                Console.out(
                    review.overdue
                        ? Style.warning("Review: overdue since \(review.on) (\(-review.daysLeft) days). Talk about it again, then `confidant agree`.")
                        : "Review: \(review.on) (in \(review.daysLeft) days)")
            }
            Console.out("")
            Console.out(AgreementText.label(.share) + (briefing.share.joined(separator: ", ").nonEmpty ?? "-"))
            Console.out(AgreementText.label(.care) + (briefing.care.joined(separator: ", ").nonEmpty ?? "-"))
            Console.out(AgreementText.label(.never) + (briefing.never.joined(separator: ", ").nonEmpty ?? "-"))
            Console.out(
                "Protected terms: \(briefing.protectedTerms) name\(briefing.protectedTerms == 1 ? "" : "s") and references never to say outside work."
            )
            if briefing.impactOnThem != nil || briefing.impactOnRelationship != nil { Console.out("") }
            if let impact = briefing.impactOnThem { Console.out("Remember, hearing about the work could: \(impact)") }
            if let impact = briefing.impactOnRelationship { Console.out("Remember, leaning on them could: \(impact)") }
        }

        /// The `check --clients --json` shape (docs/CLI.md).
        struct Boundary: Encodable {
            let topic: String
            let meaning: String
            let level: SharingLevel
        }

        private func showBoundaries(_ document: VaultDocument) throws {
            let sharing = Sharing(boundariesOf: document)
            let rows = sharing.levels.map { Boundary(topic: $0.topic.name, meaning: $0.topic.meaning, level: $0.level) }
            if output.json { return try Console.json(rows) }
            Console.out(Style.bold("What you disclose about yourself to the people you work with"))
            Self.boundaryLines(document).forEach { Console.out($0) }
        }

        /// Your disclosure boundaries, a level and then its topics a line each.
        static func boundaryLines(_ document: VaultDocument) -> [String] {
            let sharing = Sharing(boundariesOf: document)
            return SharingLevel.allCases.flatMap { level in
                let topics = sharing.levels.filter { $0.level == level }
                guard !topics.isEmpty else { return [] as [String] }
                return [AgreementText.label(level).trimmingCharacters(in: .whitespaces)] + topics.map { "  \($0.topic.meaning) (\($0.topic.name))" }
            }
        }
    }
}
