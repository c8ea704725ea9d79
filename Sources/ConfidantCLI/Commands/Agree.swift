import ArgumentParser
import Confidant
import Foundation

extension CLI {
    /// `confidant agree NAME`: record the agreement you negotiated (the earlier ones are kept).
    struct Agree: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "agree",
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
        @Option(help: "A limit they set, in their words (repeatable; - to read them from standard input, one a line).") var limit: [String] = []
        @Option(help: ArgumentHelp("When it was agreed (default today).", valueName: "YYYY-MM-DD")) var on: Day?
        @Option(help: ArgumentHelp("When to review it.", valueName: "YYYY-MM-DD")) var reviewOn: Day?
        @Option(help: ArgumentHelp("Review after this long, e.g. 6m, 8w, 1y.", valueName: "period")) var reviewIn: Period?

        func validate() throws {
            if reviewOn != nil, reviewIn != nil { throw ValidationError("give --review-on or --review-in, not both") }
        }

        func run() throws {
            let vault = try options.openForChange()
            let supporter = try NameResolver.resolve(name, in: vault.document.supporters)
            let draft = try interview(supporter)
            let record = try vault.update { try $0.recordAgreement(for: supporter.id, draft) }
            Console.out(
                "Recorded: \(supporter.name), \(record.status.rawValue) on \(record.on)"
                    + (record.reviewOn.map { "; review on \($0)" } ?? "") + ".")
        }

        /// The flags, then on a terminal the answers to what they left out; the rest is carried
        /// over from the previous record (`Agreement.next`).
        private func interview(_ supporter: Supporter) throws -> AgreementDraft {
            let ask = Interview(options)
            var draft = AgreementDraft()
            (draft.on, draft.reviewOn, draft.reviewIn) = (on, reviewOn, reviewIn)
            draft.status = ask.choice("Where does your agreement with \(supporter.name) stand?", current: status)
            draft.willing = ask.choice("Are they willing?", current: willing)
            draft.able = ask.choice("Are they able?", current: able)
            // A contradiction or an impossible date stops here, before more questions are asked.
            _ = try Agreement.next(after: supporter.agreement, draft)
            // What they agreed to only when they agreed: someone who said no is asked nothing of the
            // kind, only what they cannot take on.
            let agreeing = [AgreementStatus.agreed, .paused].contains(draft.status ?? supporter.status)
            if support.isEmpty, ask.active, agreeing {
                askSupport(ask, into: &draft)
            } else {
                draft.support = support
            }
            draft.limits = ask.list(
                agreeing ? "Did they set limits? (e.g. \"not after 10pm\")" : "Did they say what they cannot take on? (e.g. \"nothing about work\")",
                current: try ConfidentialValue.resolveList(limit, flag: "--limit"))
            return draft
        }

        /// "What did they agree to?": a kind, or the start of one, a line; anything else is kept
        /// in the user's words as other support, never dropped.
        private func askSupport(_ ask: Interview, into draft: inout AgreementDraft) {
            var kinds: [SupportKind] = [], words: [String] = []
            let kindNames = SupportKind.allCases.map(\.rawValue).joined(separator: ", ")
            for answer in ask.list("What did they agree to? (\(kindNames), or in your own words)", current: []) {
                let matches = Interview.matches(answer, in: SupportKind.self)
                if matches.count == 1 {
                    if !kinds.contains(matches[0]) { kinds.append(matches[0]) }
                } else {
                    words.append(answer.trimmingCharacters(in: .whitespaces))
                }
            }
            if !words.isEmpty {
                if !kinds.contains(.other) { kinds.append(.other) }
                draft.otherSupport = words.joined(separator: "; ")
                Console.note("  kept in your words as other support: \(draft.otherSupport!)")
            }
            draft.support = kinds
        }
    }
}
