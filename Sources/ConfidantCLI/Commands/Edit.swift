import ArgumentParser
import Confidant
import Foundation

extension CLI {
    /// `confidant edit NAME`: change a supporter's details. An empty value clears a field.
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit", abstract: "Change a supporter's details (an empty value clears a field).")

        @OptionGroup var options: VaultOptions
        @Argument(help: "Their name, or the start of it.") var name: String
        @Option(help: "A new name.") var rename: String?
        @OptionGroup var fields: SupporterFields

        func validate() throws {
            guard rename != nil || !fields.isEmpty else { throw ValidationError("say what to change, e.g. --phone or --availability") }
        }

        func run() throws {
            let vault = try options.openForChange()
            let fields = try self.fields.resolved()
            var edit = SupporterEdit()
            edit.name = rename
            edit.relationship = fields.relationship
            edit.sphere = fields.sphere
            edit.phone = fields.phone
            edit.email = fields.email
            edit.availability = fields.availability
            edit.impactOnThem = fields.impactOnThem
            edit.impactOnRelationship = fields.impactOnRelationship
            edit.notes = fields.note
            edit.offers = fields.offers
            edit.access = fields.access
            let edited = try vault.update { document in
                try document.editSupporter(NameResolver.resolve(name, in: document.supporters).id, edit)
            }
            Console.out("Updated \(edited.name).")
        }
    }
}
