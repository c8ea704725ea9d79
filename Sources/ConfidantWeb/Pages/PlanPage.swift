import Confidant
import Foundation

/// The coping plan on one screen (`PlanLines`, as `plan` prints it), and its one form: your own
/// words one a line, the people to turn to, whom to ask at work (`plan organisation`), the
/// helplines (`plan helpline`) and how often to check in. A form sent back for a problem keeps
/// what was typed.
enum PlanPage {
    /// The page, after `said` (a problem with the form sent, or that it was saved), with the form
    /// as it was `entered` when it comes back with a problem.
    static func render(_ document: VaultDocument, formToken: String, said: HTML? = nil, entered: FormBody? = nil) -> HTML {
        let (lines, incomplete) = PlanLines.of(document)
        let shown = lines.dropFirst().map { line -> HTML in
            line.text.isEmpty ? "" : line.kind == .caution ? "<p class=\"caution\"><strong>\(line.text)</strong></p>" : "<p>\(line.text)</p>"
        }
        let plan = document.plan
        let value = { (name: String, current: String?) in entered?[name] ?? current ?? "" }
        let people = document.supporters.sortedByName().filter { !$0.isService }.enumerated().map { number, supporter -> HTML in
            let id = supporter.id.uuidString.lowercased()
            let chosen = entered.map { $0["person-\(number)"] == id } ?? plan.people.contains(supporter.id)
            // Someone who declined, paused or ended is not offered (the library would refuse them).
            let standing = [.declined, .paused, .ended].contains(supporter.status) ? supporter.status.rawValue : nil
            let state: HTML = chosen ? " checked" : standing != nil && !plan.people.contains(supporter.id) ? " disabled" : ""
            return """
                <p><input type="checkbox" id="person-\(number)" name="person-\(number)" value="\(id)"\(state)> \
                <label for="person-\(number)">\(supporter.name)\(standing.map { " (\($0))" } ?? "")</label></p>
                """
        }
        let list = { (list: PlanList, label: String, suggestions: [String]) -> HTML in
            let name = list.rawValue
            let hint: HTML =
                suggestions.isEmpty ? "" : "<br><span class=\"hint\" id=\"\(name)-hint\">For example: \(suggestions.joined(separator: "; ")).</span>"
            return """
                <p><label for="\(name)">\(label)</label>\(hint)<br>\
                <textarea id="\(name)" name="\(name)" rows="3"\(suggestions.isEmpty ? "" : " aria-describedby=\"\(name)-hint\"" as HTML)>\
                \(value(name, plan[keyPath: list.keyPath].joined(separator: "\n")))</textarea></p>
                """
        }
        let field = { (name: String, label: String, current: String?) -> HTML in
            "<p><label for=\"\(name)\">\(label)</label><br><input id=\"\(name)\" name=\"\(name)\" value=\"\(value(name, current))\"></p>"
        }
        let organisation = OrganisationSupport.allCases.map { kind -> HTML in
            let (contact, name) = (plan.organisation.first { $0.kind == kind }, "org-\(kind.rawValue)-")
            return """
                <fieldset class="fields"><legend>For \(kind.meaning)</legend>\(field(name + "who", "Whom to ask", contact?.who))\
                \(field(name + "phone", "Phone", contact?.phone))\(field(name + "email", "Email", contact?.email))</fieldset>
                """
        }
        let helplines = (0...plan.helplines.count).map { row -> HTML in
            let (helpline, name) = (row < plan.helplines.count ? plan.helplines[row] : nil, "helpline-\(row)-")
            let ticked: HTML = entered?["helpline-\(row)-remove"] == "yes" ? " checked" : ""
            let remove: HTML =
                helpline == nil
                ? ""
                : "<p><input type=\"checkbox\" id=\"helpline-\(row)-remove\" name=\"helpline-\(row)-remove\" value=\"yes\"\(ticked)> <label for=\"helpline-\(row)-remove\">remove it</label></p>"
            return """
                <fieldset class="fields"><legend>\(helpline.map { $0.name as String } ?? "Another helpline")</legend>\
                \(field(name + "name", "Name", helpline?.name))\(field(name + "phone", "Number", helpline?.phone))\
                \(field(name + "country", "Where the number works (UK, IE, AU…)", helpline?.country))\
                \(field(name + "note", "What it is for, or when it is open", helpline?.note))\(remove)</fieldset>
                """
        }
        return """
            \(said ?? "")
            <section aria-labelledby="plan"><h2 id="plan">Your plan</h2>\(shown)
            \(incomplete ? "<p>Fill it in below; every part can be left empty.</p>" as HTML : "")</section>
            <section aria-labelledby="change"><h2 id="change">Change it</h2>
            <form method="post" action="plan" id="plan-form">
            \(Layout.tokenField(formToken))
            \(list(.sign, "Signs it is getting to you, one a line", []))
            \(list(.response, "What you notice yourself doing, one a line", CopingPlan.commonResponses))
            \(list(.strategy, "What helps in the longer term, one a line", CopingPlan.suggestedStrategies))
            <fieldset><legend>People to turn to</legend>\(people)</fieldset>
            <h3>Whom to ask at work</h3>\(organisation)
            <h3>Helplines</h3>\(helplines)
            <p><label for="every">Remind me to check in every (days, empty for never)</label><br>\
            <input id="every" name="every" inputmode="numeric" value="\(value("every", plan.checkInEvery.map(String.init)))"></p>
            <p><button type="submit">Save the plan</button></p>
            </form></section>
            """
    }

    /// The words the form would newly keep, each checked as `plan add` and `plan organisation`
    /// check them: the entries in full, whom to ask and a helpline's name and note for protected
    /// terms only (a contact's number is a detail by design).
    static func checks(_ form: FormBody, against document: VaultDocument) -> [CheckIn.NoteCheck] {
        let plan = document.plan
        var texts: [(text: String, details: Bool)] = []
        for list in PlanList.allCases {
            texts += form.lines(list.rawValue).filter { !plan[keyPath: list.keyPath].contains($0) }.map { ($0, true) }
        }
        for contact in contacts(form) where contact.who != plan.organisation.first(where: { $0.kind == contact.kind })?.who {
            texts += [contact.who].compactMap { $0 }.map { ($0, false) }
        }
        for helpline in (try? helplines(form)) ?? [] where !plan.helplines.contains(helpline) {
            texts += [helpline.name, helpline.note].compactMap { $0 }.map { ($0, false) }
        }
        return texts.map { CheckIn.check($0.text, document: document, details: $0.details) }
    }

    /// Makes `document`'s plan what the form says, through the plan's own changes (each checked:
    /// your words must not name anyone from work; a person who declined is refused). A part of
    /// the plan the form does not hold is left as it is.
    static func apply(_ form: FormBody, to document: inout VaultDocument) throws {
        for list in PlanList.allCases where form[list.rawValue] != nil {
            let wanted = form.lines(list.rawValue)
            for item in document.plan[keyPath: list.keyPath] where !wanted.contains(item) { try document.removeFromPlan(list, item) }
            for item in wanted { try document.addToPlan(list, item) }
        }
        let chosen = Set(form.fields.filter { $0.key.hasPrefix("person-") }.compactMap { UUID(uuidString: $0.value) })
        // Services are not offered on the form (`plan add person` puts one in): a form leaves them be.
        let offered = Set(document.supporters.filter { !$0.isService }.map(\.id))
        for id in document.plan.people where offered.contains(id) && !chosen.contains(id) { try document.removePlanPerson(id) }
        for id in chosen.sorted(by: { $0.uuidString < $1.uuidString }) where !document.plan.people.contains(id) { try document.addPlanPerson(id) }
        for contact in contacts(form) {
            let current = document.plan.organisation.first { $0.kind == contact.kind }
            if contact == OrganisationContact(kind: contact.kind) {
                if current != nil { try document.removeOrganisationContact(contact.kind) }
            } else if contact != current {
                try document.setOrganisationContact(contact)
            }
        }
        if form["helpline-0-name"] != nil {
            let wanted = try helplines(form)
            for helpline in document.plan.helplines where !wanted.contains(where: { NameKey.of($0.name) == NameKey.of(helpline.name) }) {
                try document.removeHelpline(helpline.name)
            }
            for helpline in wanted where !document.plan.helplines.contains(helpline) { try document.setHelpline(helpline) }
        }
        if let every = form["every"]?.trimmingCharacters(in: .whitespaces) {
            guard every.isEmpty || Int(every) != nil else { throw ConfidantError.invalidValue("the check-in reminder is a number of days") }
            if Int(every) != document.plan.checkInEvery { try document.setCheckInReminder(days: Int(every)) }
        }
    }

    /// Whom to ask at work, a contact for every kind the form holds (all empty: none).
    private static func contacts(_ form: FormBody) -> [OrganisationContact] {
        OrganisationSupport.allCases.filter { form["org-\($0.rawValue)-who"] != nil }.map { kind in
            let part = { (name: String) in filled(form["org-\(kind.rawValue)-\(name)"]) }
            return OrganisationContact(kind: kind, who: part("who"), phone: part("phone"), email: part("email"))
        }
    }

    /// The helplines the form keeps: every row with a name, not ticked for removal (a row
    /// emptied is removed too).
    /// - Throws: `ConfidantError.invalidValue` for a row with a name but no number or country,
    ///   or with a number but no name.
    private static func helplines(_ form: FormBody) throws -> [Helpline] {
        var helplines: [Helpline] = []
        var row = 0
        while form["helpline-\(row)-name"] != nil {
            let part = { (name: String) in filled(form["helpline-\(row)-\(name)"]) }
            defer { row += 1 }
            guard part("remove") != "yes" else { continue }
            guard let name = part("name") else {
                guard let phone = part("phone") else { continue }
                throw ConfidantError.invalidValue("the helpline with the number \(phone) needs its name; nothing was changed")
            }
            guard let phone = part("phone"), let country = part("country") else {
                throw ConfidantError.invalidValue(
                    "the helpline \(name) needs its number and where the number works (UK, IE, AU…); nothing was changed")
            }
            helplines.append(Helpline(name: name, phone: phone, country: country, note: part("note")))
        }
        return helplines
    }

    /// A field's words without the spaces around them; nil when there are none.
    private static func filled(_ field: String?) -> String? {
        guard let text = field?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        return text
    }
}
