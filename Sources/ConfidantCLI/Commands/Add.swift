import ArgumentParser
import Confidant
import Foundation

extension CLI {
    /// `confidant add NAME`: a new supporter, with the considerations asked on a terminal.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a supporter.",
            discussion: "On a terminal, asks the considerations that matter before you lean on someone; every question can be skipped.")

        @OptionGroup var options: VaultOptions
        @Argument(help: "Their name.") var name: String
        @OptionGroup var fields: SupporterFields

        func run() throws {
            let vault = try options.openForChange()
            let name = self.name.trimmingCharacters(in: .whitespaces)
            // Refuse a name in use before asking anything (and again under the lock, which is not
            // held while the questions are answered).
            try vault.document.checkName(name)
            let supporter = try interview(name, fields: fields.resolved())
            try vault.update { try $0.addSupporter(supporter) }
            report(supporter)
        }

        /// The supporter from the flags and, on a terminal, the answers.
        private func interview(_ name: String, fields: SupporterFields) -> Supporter {
            let ask = Interview(options)
            let relationship =
                ask.choice(
                    "Who is \(name) to you?", current: fields.relationship, skipped: .other,
                    everyday: Relationship.init(everydayWord:)) ?? .other
            var supporter = Supporter(
                name: name, relationship: relationship,
                sphere: ask.choice(
                    "Is \(name) outside work (personal), inside work (work) or a service?", current: fields.sphere,
                    skipped: relationship.defaultSphere))
            // Every detail given as a flag is kept, whatever the sphere; the questions differ.
            (supporter.phone, supporter.email, supporter.availability) = (fields.phone, fields.email, fields.availability)
            (supporter.impactOnThem, supporter.impactOnRelationship) = (fields.impactOnThem, fields.impactOnRelationship)
            (supporter.offers, supporter.access, supporter.notes) = (fields.offers, fields.access, fields.note)
            // A service is used, not asked.
            if !supporter.isService, ask.active,
                ask.choice("Did you ask \(name) beforehand whether they are willing and able?", current: Answer?.none) == .yes
            {
                supporter.agreements.append(
                    Agreement.first(
                        willing: ask.choice("Are they willing?", current: Answer?.none),
                        able: ask.choice("Are they able?", current: Answer?.none)))
            }
            for question in SupporterQuestion.asked(in: supporter.sphere) {
                supporter[keyPath: question.field] = ask.text(question.text(about: supporter), current: supporter[keyPath: question.field])
            }
            return supporter
        }

        private func report(_ supporter: Supporter) {
            Console.out("Added \(supporter.name) (\(supporter.relationship.rawValue), \(supporter.sphere.meaning)).")
            let sharing = Sharing(for: supporter, topics: Topic.builtIn)
            let levels = [("share", SharingLevel.share), ("with care", .care), ("never", .never)].compactMap { label, level in
                sharing.topics(at: level).joined(separator: ", ").nonEmpty.map { "\(label) \($0)" }
            }
            Console.out("Defaults for \(supporter.sphere.meaning): \(levels.joined(separator: "; ")). Change with `confidant share`.")
            guard supporter.status == .notAsked, !supporter.isService else { return }
            let agree = Suggestion.recordAgreement(for: supporter.name)
            Console.out(
                """

                You have not recorded asking \(supporter.name) beforehand. It matters: leaning on someone works best when
                they agreed in advance, know roughly what it involves, and have set their own limits.
                When you have asked, record it with:
                  \(ShellWords.commandLine(agree))
                """)
        }
    }
}
