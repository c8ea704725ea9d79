import ArgumentParser
import Confidant
import Foundation

extension CLI {
    /// `confidant checkin`: a short, skippable check-in, then any guidance it calls for.
    struct CheckInCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "checkin", abstract: "How is the work affecting you? A few 0–4 ratings, each skippable (--history: the last weeks).",
            discussion: """
                Ratings run from 0 (not at all) to 4 (very much). The note is checked like a draft before it is \
                kept: it must not name anyone or anything protected, or hold identifying details. The answer to \
                whether material affected you is never saved. docs/WELLBEING.md explains what is shown and why.
                """)

        @OptionGroup var options: VaultOptions
        @OptionGroup var output: OutputOptions
        @Option(help: "How much the work is affecting you (0–4).") var impactOnMe: Int?
        @Option(help: "How much it is affecting your relationships (0–4).") var impactOnRelationships: Int?
        @Option(help: "How much it is disturbing your rest and sleep (0–4).") var restAndSleep: Int?
        @Option(help: "How hard it is to switch off after work (0–4).") var switchingOff: Int?
        @Option(help: "How responsible you feel for what the people you work with do (0–4).") var responsibility: Int?
        @Option(help: "A one-line note about how you are (- to read it from standard input).") var note: String?
        @Option(help: "Did something particular happen?") var happened: HardDay?
        @Flag(help: "Keep the date and kind of what happened (reoffended, boundary) in the vault; never done for material.")
        var keepEvent = false
        @Option(help: ArgumentHelp("The day it is about (default today).", valueName: "YYYY-MM-DD")) var on: Day?
        @Flag(help: "Show the last weeks of check-ins instead.") var history = false
        @Flag(help: "List every check-in with its note and what was kept.") var list = false
        @Option(help: ArgumentHelp("Remove the check-ins of this day (a note you regret, say).", valueName: "YYYY-MM-DD")) var remove: Day?
        @Option(help: "With --history: how many weeks.") var weeks = 8

        func validate() throws {
            for (rating, value) in given where !(0...CheckIn.maximum).contains(value) {
                throw ValidationError("--\(rating.rawValue) is 0 (not at all) to \(CheckIn.maximum) (very much), not \(value)")
            }
            let modes = [history, list, remove != nil].filter { $0 }.count
            if modes > 1 { throw ValidationError("give one of --history, --list and --remove") }
            if modes == 1, !given.isEmpty || note != nil || happened != nil || on != nil || keepEvent {
                throw ValidationError("--history, --list and --remove look at check-ins made; record one without them")
            }
            if !(1...104).contains(weeks) { throw ValidationError("--weeks is 1 to 104") }
            if keepEvent, happened?.happening == nil { throw ValidationError("--keep-event goes with --happened reoffended or boundary") }
        }

        /// The ratings given as flags.
        private var given: [CheckIn.Rating: Int] {
            let flags: [(CheckIn.Rating, Int?)] = [
                (.impactOnMe, impactOnMe), (.impactOnRelationships, impactOnRelationships),
                (.restAndSleep, restAndSleep), (.switchingOff, switchingOff), (.responsibility, responsibility),
            ]
            return Dictionary(uniqueKeysWithValues: flags.compactMap { rating, value in value.map { (rating, $0) } })
        }

        func run() throws {
            if happened == .material {
                Console.warn(
                    "--happened material is on the command line, where other local users can see it while confidant runs and "
                        + "your shell history keeps it; leave it out to answer at the terminal, where it is never kept anywhere")
            }
            let vault = try history ? options.openForReading() : options.openForChange()
            let noteText = try ConfidentialValue.resolve(note, flag: "--note")
            if history { return try CheckInHistory(weeks: weeks).show(vault.document, json: output.json) }
            if list { return try CheckInHistory(weeks: weeks).list(vault.document, json: output.json) }
            if let remove {
                let count = try vault.update { try $0.removeCheckIns(on: remove) }
                return Console.out("Removed \(count) check-in\(count == 1 ? "" : "s") for \(remove).")
            }
            let ask = Interview(options)
            var ratings = given
            if ratings.isEmpty, ask.active {
                Console.note(CheckIn.scale.enumerated().map { "\($0) \($1)" }.joined(separator: " · ") + ". Enter skips.")
                for rating in CheckIn.Rating.allCases { ratings[rating] = askRating(rating) }
            }
            let kept = try checkedNote(noteText, ask: ask, document: vault.document)
            var answer = happened ?? .none
            if ask.active, happened == nil {
                Console.note(HardDay.question)
                answer = ask.choice("Which?", current: nil as HardDay?, skipped: HardDay.none, everyday: HardDay.init(everyday:)) ?? .none
            }
            show(answer, document: vault.document)
            var happenings: [CheckIn.Happening] = []
            if let happening = answer.happening,
                keepEvent
                    || (ask.active
                        && ask.confirm(
                            "Keep a record that this happened (the date and what, nothing more) in your vault?"))
            {
                happenings.append(happening)
            }
            let checkIn = try CheckIn(on: on ?? .today, ratings: ratings, note: kept, happened: happenings)
            guard !checkIn.isEmpty else { return Console.out("Nothing to record; nothing was saved.") }
            let document = try vault.update { document in
                try document.recordCheckIn(checkIn)
                return document
            }
            Console.out("Check-in saved for \(checkIn.on)" + (answer == .material ? " (your ratings and note only)." : "."))
            // Said after a hard check-in; `review`, `plan` and `checkin --history` say it any time.
            if ImpactPersistence.holds(document.checkIns), ImpactPersistence.isHard(checkIn) {
                Console.out("")
                PlanScreen.persistence(document).forEach { Console.out($0) }
            }
        }

        private func askRating(_ rating: CheckIn.Rating) -> Int? {
            while true {
                guard let answer = TerminalPrompt.ask("\(rating.question) [0-4] "), !answer.trimmingCharacters(in: .whitespaces).isEmpty else {
                    return nil
                }
                if let value = Self.rating(answer) { return value }
                Console.note("  a number from 0 (not at all) to 4 (very much), or Enter to skip")
            }
        }

        /// A rating typed as a number ("3", "3.") or in the scale's words ("a lot", "three").
        static func rating(_ answer: String) -> Int? {
            let words = CheckIn.scale, numbers = ["zero", "one", "two", "three", "four"]
            let text = answer.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters)).lowercased()
            if let digit = text.first?.wholeNumberValue, text.count == 1, (0...CheckIn.maximum).contains(digit) { return digit }
            return words.firstIndex(of: text) ?? numbers.firstIndex(of: text)
        }

        /// The note, once it may be kept (`NoteGate`); at a terminal a note that may not is
        /// asked for again.
        private func checkedNote(_ given: String?, ask: Interview, document: VaultDocument) throws -> String? {
            var note = given ?? ask.text("A line about how you are? (Enter skips)", current: nil)
            while let text = note?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty {
                if try NoteGate.mayKeep(text, ask: ask, document: document) { return text }
                note = ask.text("Write it again without names or details from work (Enter leaves the note out):", current: nil)
            }
            return nil
        }

        /// The guidance for what happened, with the people and helplines from the plan.
        private func show(_ answer: HardDay, document: VaultDocument) {
            guard answer != .none else { return }
            Console.out("")
            answer.guidanceLines(document).forEach { Console.out($0) }
            let people = PlanLines.people(document, sharing: false)
            if !people.isEmpty { Console.out("People in your plan:"); people.forEach { Console.out($0) } }
            let helplines = PlanLines.helplines(document.plan)
            if !helplines.isEmpty { Console.out("Helplines:"); helplines.forEach { Console.out($0) } }
            Console.out("")
        }
    }
}
