import Confidant
import Foundation

/// The coping plan on one screen (`PlanLines`, as `plan` prints it), and its form: your own words
/// one a line, the people to turn to, and how often to check in.
enum PlanPage {
    static func render(_ document: VaultDocument, formToken: String, problem: String? = nil) -> HTML {
        let (lines, incomplete) = PlanLines.of(document)
        let shown = lines.dropFirst().map { line -> HTML in
            line.text.isEmpty ? "" : line.kind == .caution ? "<p class=\"caution\"><strong>\(line.text)</strong></p>" : "<p>\(line.text)</p>"
        }
        let plan = document.plan
        let people = document.supporters.sortedByName().filter { !$0.isService }.enumerated().map { number, supporter -> HTML in
            let id = supporter.id.uuidString.lowercased(), chosen = plan.people.contains(supporter.id)
            return chosen
                ? "<p><input type=\"checkbox\" id=\"person-\(number)\" name=\"person-\(number)\" value=\"\(id)\" checked> <label for=\"person-\(number)\">\(supporter.name)</label></p>"
                : "<p><input type=\"checkbox\" id=\"person-\(number)\" name=\"person-\(number)\" value=\"\(id)\"> <label for=\"person-\(number)\">\(supporter.name)</label></p>"
        }
        let list = { (name: String, label: String, items: [String]) -> HTML in
            "<p><label for=\"\(name)\">\(label)</label><br><textarea id=\"\(name)\" name=\"\(name)\" rows=\"3\">\(items.joined(separator: "\n"))</textarea></p>"
        }
        return """
            \(problem.map { "<p class=\"warning\" role=\"alert\">\($0)</p>" as HTML } ?? "")
            <section aria-labelledby="plan"><h2 id="plan">Your plan</h2>\(shown)
            \(incomplete ? "<p>Fill it in below; every part can be left empty.</p>" as HTML : "")</section>
            <section aria-labelledby="change"><h2 id="change">Change it</h2>
            <form method="post" action="plan">
            \(Layout.tokenField(formToken))
            \(list("sign", "Signs it is getting to you, one a line", plan.signs))
            \(list("response", "What you notice yourself doing, one a line", plan.responses))
            \(list("strategy", "What helps in the longer term, one a line", plan.strategies))
            <fieldset><legend>People to turn to</legend>\(people)</fieldset>
            <p><label for="every">Remind me to check in every (days, empty for never)</label><br>\
            <input id="every" name="every" inputmode="numeric" value="\(plan.checkInEvery.map(String.init) ?? "")"></p>
            <p><button type="submit">Save the plan</button></p>
            </form></section>
            """
    }

    /// Makes `document`'s plan what the form says, through the plan's own changes (each checked:
    /// your words must not name anyone from work; a person who declined is refused).
    static func apply(_ form: FormBody, to document: inout VaultDocument) throws {
        for list in PlanList.allCases {
            let wanted = (form[list.rawValue] ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            for item in document.plan[keyPath: list.keyPath] where !wanted.contains(item) { try document.removeFromPlan(list, item) }
            for item in wanted { try document.addToPlan(list, item) }
        }
        let chosen = Set(form.fields.filter { $0.key.hasPrefix("person-") }.compactMap { UUID(uuidString: $0.value) })
        for id in document.plan.people where !chosen.contains(id) { try document.removePlanPerson(id) }
        for id in chosen.sorted(by: { $0.uuidString < $1.uuidString }) where !document.plan.people.contains(id) { try document.addPlanPerson(id) }
        let every = (form["every"] ?? "").trimmingCharacters(in: .whitespaces)
        guard every.isEmpty || Int(every) != nil else { throw ConfidantError.invalidValue("the check-in reminder is a number of days") }
        if Int(every) != document.plan.checkInEvery { try document.setCheckInReminder(days: Int(every)) }
    }
}
