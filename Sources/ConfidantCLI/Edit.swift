import ArgumentParser
import Confidant
import Foundation

extension CLI {
    /// `confidant edit NAME`: change a supporter's details. An empty value clears a field.
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change a supporter's details (an empty value clears a field).")

        @OptionGroup var options: VaultOptions
        @Argument(help: "Their name, or the start of it.") var name: String
        @Option(help: "A new name.") var rename: String?
        @Option(help: "Who they are to you.") var relationship: Relationship?
        @Option(help: "personal, work or service.") var sphere: Sphere?
        @Option(help: "Phone number.") var phone: String?
        @Option(help: "Email address.") var email: String?
        @Option(help: "When they are usually available.") var availability: String?
        @Option(help: "What hearing about your work could do to them.") var impactOnThem: String?
        @Option(help: "What leaning on them could do to your relationship.") var impactOnRelationship: String?
        @Option(help: "Anything else worth remembering.") var note: String?

        func validate() throws {
            let given: [Any?] = [rename, relationship, sphere, phone, email, availability, impactOnThem, impactOnRelationship, note]
            guard given.contains(where: { $0 != nil }) else { throw ValidationError("say what to change, e.g. --phone or --availability") }
            if let rename, rename.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--rename cannot be empty") }
        }

        func run() throws {
            let edited = try Session.update(options) { document -> String in
                let id = try NameResolver.resolve(name, in: document.supporters).id
                let index = document.supporters.firstIndex { $0.id == id }!
                var supporter = document.supporters[index]
                if let rename {
                    let clash = document.supporters.contains { $0.id != id && $0.name.caseInsensitiveCompare(rename) == .orderedSame }
                    if clash { throw ConfidantError.duplicateSupporter(rename) }
                    supporter.name = rename
                }
                if let relationship { supporter.relationship = relationship }
                if let sphere { supporter.sphere = sphere }
                Self.set(&supporter.phone, phone)
                Self.set(&supporter.email, email)
                Self.set(&supporter.availability, availability)
                Self.set(&supporter.impactOnThem, impactOnThem)
                Self.set(&supporter.impactOnRelationship, impactOnRelationship)
                Self.set(&supporter.notes, note)
                supporter.updatedAt = .currentSecond
                document.supporters[index] = supporter
                document.log(.supporterEdited, supporter: id, "edited \(supporter.name)")
                return supporter.name
            }
            Console.out("Updated \(edited).")
        }

        private static func set(_ field: inout String?, _ value: String?) {
            guard let value else { return }
            field = value.isEmpty ? nil : value
        }
    }
}
