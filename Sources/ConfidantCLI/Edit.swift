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
        @OptionGroup var fields: SupporterFields

        func validate() throws {
            guard rename != nil || !fields.isEmpty else { throw ValidationError("say what to change, e.g. --phone or --availability") }
            if let rename, rename.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--rename cannot be empty") }
        }

        func run() throws {
            let edited = try options.open().update { document -> String in
                let id = try NameResolver.resolve(name, in: document.supporters).id
                let index = document.supporters.firstIndex { $0.id == id }!
                var supporter = document.supporters[index]
                if let rename {
                    let clash = document.supporters.contains { $0.id != id && $0.name.caseInsensitiveCompare(rename) == .orderedSame }
                    if clash { throw ConfidantError.duplicateSupporter(rename) }
                    supporter.name = rename
                }
                if let relationship = fields.relationship { supporter.relationship = relationship }
                if let sphere = fields.sphere { supporter.sphere = sphere }
                Self.set(&supporter.phone, fields.phone)
                Self.set(&supporter.email, fields.email)
                Self.set(&supporter.availability, fields.availability)
                Self.set(&supporter.impactOnThem, fields.impactOnThem)
                Self.set(&supporter.impactOnRelationship, fields.impactOnRelationship)
                Self.set(&supporter.notes, fields.note)
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
