import ArgumentParser
import Confidant
import Foundation

extension CLI {
    /// `confidant add NAME`: a new supporter, with the considerations asked on a terminal.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a supporter.",
            discussion: "On a terminal, asks the considerations that matter before you lean on someone; every question can be skipped.")

        @OptionGroup var options: VaultOptions
        @Argument(help: "Their name.") var name: String
        @OptionGroup var fields: SupporterFields

        func validate() throws {
            guard !name.trimmingCharacters(in: .whitespaces).isEmpty, name.count <= 200 else {
                throw ValidationError("the name must be 1 to 200 characters")
            }
        }

        func run() throws {
            let vault = try options.open()
            let name = self.name.trimmingCharacters(in: .whitespaces)
            if vault.document.supporters.contains(where: { $0.name.caseInsensitiveCompare(name) == .orderedSame }) {
                throw ConfidantError.duplicateSupporter(name)
            }
            let ask = Interview(options)
            let relationship = ask.choice("Who is \(name) to you?", current: fields.relationship) ?? .other
            var supporter = Supporter(name: name, relationship: relationship,
                                      sphere: ask.choice("Is \(name) outside work (personal), inside work (work) or a service?", current: fields.sphere))
            supporter.phone = fields.phone
            supporter.email = fields.email
            supporter.notes = fields.note
            let asked = ask.active ? ask.choice("Did you ask \(name) beforehand whether they are willing and able?", current: Answer?.none) : nil
            if asked == .yes {
                let willing = ask.choice("Are they willing?", current: Answer?.none)
                let able = ask.choice("Are they able?", current: Answer?.none)
                let agreed = willing == .yes && able == .yes
                let today = Day.today
                supporter.agreements.append(Agreement(
                    status: agreed ? .agreed : .asked, on: today, willing: willing, able: able,
                    reviewOn: agreed ? today.adding(Agreement.defaultReviewPeriod.component, Agreement.defaultReviewPeriod.count) : nil))
            }
            supporter.impactOnThem = ask.text("What could hearing about your work do to \(name)?", current: fields.impactOnThem)
            supporter.impactOnRelationship = ask.text("What could leaning on \(name) do to your relationship?", current: fields.impactOnRelationship)
            supporter.availability = ask.text("When is \(name) usually available?", current: fields.availability)
            let added = supporter
            try vault.update { document in
                if document.supporters.contains(where: { $0.name.caseInsensitiveCompare(name) == .orderedSame }) {
                    throw ConfidantError.duplicateSupporter(name)
                }
                document.supporters.append(added)
                document.log(.supporterAdded, supporter: added.id, "added \(name) (\(relationship.rawValue))")
            }
            report(added)
        }

        private func report(_ supporter: Supporter) {
            Console.out("Added \(supporter.name) (\(supporter.relationship.rawValue), \(supporter.sphere.meaning)).")
            let sharing = Sharing(for: supporter, topics: Topic.builtIn)
            let levels = [("share", SharingLevel.share), ("with care", .care), ("never", .never)].compactMap { label, level in
                sharing.topics(at: level).joined(separator: ", ").nonEmpty.map { "\(label) \($0)" }
            }
            Console.out("Defaults for \(supporter.sphere.meaning): \(levels.joined(separator: "; ")). Change with `confidant share`.")
            guard supporter.status == .notAsked else { return }
            Console.out("""

                You have not recorded asking \(supporter.name) beforehand. It matters: leaning on someone works best when
                they agreed in advance, know roughly what it involves, and have set their own limits.
                When you have asked, record it with:
                  confidant agree \(shellQuoted(supporter.name)) --status agreed --willing yes --able yes
                """)
        }
    }
}

extension String {
    /// nil for the empty string, for "x ?? default" in output.
    var nonEmpty: String? { isEmpty ? nil : self }
}
