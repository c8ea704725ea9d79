import ArgumentParser
import Confidant
import Foundation

extension CLI {
    /// `confidant agree NAME`: record the agreement you negotiated (the earlier ones are kept).
    struct Agree: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record what a supporter agreed to.",
            discussion: """
                Adds a new agreement record; earlier ones stay in the history (`show NAME --history`). What you \
                do not give is carried over from the previous record. An agreement falls due for review six \
                months after it was made unless --review-on or --review-in says otherwise.
                """)

        @OptionGroup var options: VaultOptions
        @Argument(help: "Their name, or the start of it.") var name: String
        @Option(help: "Where the agreement stands.") var status: AgreementStatus?
        @Option(help: "Are they willing?") var willing: Answer?
        @Option(help: "Are they able?") var able: Answer?
        @Option(help: "A kind of support they agreed to (repeatable).") var support: [SupportKind] = []
        @Option(help: "A limit they set, in their words (repeatable).") var limit: [String] = []
        @Option(help: ArgumentHelp("When it was agreed (default today).", valueName: "YYYY-MM-DD")) var on: Day?
        @Option(help: ArgumentHelp("When to review it.", valueName: "YYYY-MM-DD")) var reviewOn: Day?
        @Option(help: ArgumentHelp("Review after this long, e.g. 6m, 8w, 1y.", valueName: "period")) var reviewIn: Period?

        func validate() throws {
            if reviewOn != nil, reviewIn != nil { throw ValidationError("give --review-on or --review-in, not both") }
        }

        func run() throws {
            let vault = try options.open()
            let supporter = try NameResolver.resolve(name, in: vault.document.supporters)
            let record = try interview(supporter)
            try vault.update { document in
                guard let index = document.supporters.firstIndex(where: { $0.id == supporter.id }) else {
                    throw ConfidantError.unknownSupporter(name, candidates: document.supporters.map(\.name))
                }
                document.supporters[index].agreements.append(record)
                document.supporters[index].updatedAt = .currentSecond
                document.log(.agreementRecorded, supporter: supporter.id, "agreement with \(supporter.name): \(record.status.rawValue)")
            }
            Console.out("Recorded: \(supporter.name), \(record.status.rawValue) on \(record.on)"
                + (record.reviewOn.map { "; review on \($0)" } ?? "") + ".")
        }

        /// The new record: flags first, then the terminal's answers, then the previous record.
        private func interview(_ supporter: Supporter) throws -> Agreement {
            let ask = Interview(options)
            let previous = supporter.agreement
            let status = ask.choice("Where does your agreement with \(supporter.name) stand?", current: status) ?? previous?.status ?? .agreed
            let willing = ask.choice("Are they willing?", current: willing) ?? previous?.willing
            let able = ask.choice("Are they able?", current: able) ?? previous?.able
            let kinds = support.isEmpty && ask.active
                ? ask.list("What did they agree to? (\(SupportKind.allCases.map(\.rawValue).joined(separator: ", ")))", current: [])
                    .compactMap { SupportKind(rawValue: $0.lowercased()) }
                : support
            let limits = ask.list("Did they set limits? (e.g. \"not after 10pm\")", current: limit)
            let day = on ?? .today
            var review = reviewOn ?? reviewIn.map { day.adding($0.component, $0.count) }
            if review == nil, status == .agreed {
                review = day.adding(Agreement.defaultReviewPeriod.component, Agreement.defaultReviewPeriod.count)
            }
            if let review, review < day { throw ConfidantError.invalidValue("the review date \(review) is before the agreement date \(day)") }
            return Agreement(
                status: status, on: day, willing: willing, able: able,
                support: kinds.isEmpty ? previous?.support ?? [] : kinds,
                limits: limits.isEmpty ? previous?.limits ?? [] : limits, reviewOn: review)
        }
    }
}
