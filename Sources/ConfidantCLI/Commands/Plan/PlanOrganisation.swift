import ArgumentParser
import Confidant

extension OrganisationSupport: ExpressibleByArgument {}

extension CLI {
    /// `confidant plan organisation KIND --who … --phone … --email …`.
    struct PlanOrganisation: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "organisation", abstract: "Note whom to ask at work for supervision, counselling, training or a workload review.",
            discussion: "plan organisation employee-assistance --phone \"0800 000 0000\" --who \"via HR, no referral needed\"")

        @OptionGroup var options: VaultOptions
        @Argument(help: "The kind of support.") var kind: OrganisationSupport
        @Option(help: "Whom to ask (- for standard input).") var who: String?
        @Option(help: "Their phone number.") var phone: String?
        @Option(help: "Their email address.") var email: String?
        @Flag(help: "Remove this kind from your plan.") var remove = false

        func validate() throws {
            if remove, who != nil || phone != nil || email != nil { throw ValidationError("--remove takes no --who, --phone or --email") }
        }

        func run() throws {
            let vault = try options.openForChange()
            if remove {
                try vault.update { try $0.removeOrganisationContact(kind) }
                return Console.out("Removed \(kind.meaning) from your plan.")
            }
            let ask = Interview(options)
            var contact = OrganisationContact(kind: kind, who: try ConfidentialValue.resolve(who, flag: "--who"), phone: phone, email: email)
            if who == nil, phone == nil, email == nil {
                contact.who = ask.text("Whom do you ask for \(kind.meaning)? (Enter skips)", current: nil)
                contact.phone = ask.text("Their phone? (Enter skips)", current: nil)
                contact.email = ask.text("Their email? (Enter skips)", current: nil)
            }
            if let who = contact.who, try !NoteGate.mayKeep(who, ask: ask, document: vault.document, details: false) {
                return Console.out("Nothing was changed.")
            }
            try vault.update { try $0.setOrganisationContact(contact) }
            Console.out("Your plan notes \(kind.meaning).")
        }
    }
}
