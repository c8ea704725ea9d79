import Confidant

/// Changing what is recorded about someone (`confidant edit`: an empty field clears it), and
/// removing them (`confidant remove`, after a tick that says so).
enum EditPersonPage {
    static func form(_ supporter: Supporter, formToken: String, problem: String? = nil) -> HTML {
        let id = supporter.id.uuidString.lowercased()
        let relationships = Relationship.allCases.map { relationship -> HTML in
            relationship == supporter.relationship
                ? "<option value=\"\(relationship.rawValue)\" selected>\(relationship.rawValue)</option>"
                : "<option value=\"\(relationship.rawValue)\">\(relationship.rawValue)</option>"
        }
        let spheres = AddPersonPage.choices("sphere", Sphere.allCases.map { ($0.rawValue, $0.meaning) }, checked: supporter.sphere.rawValue)
        let text = { (name: String, label: String, value: String?) -> HTML in
            "<p><label for=\"\(name)\">\(label)</label><br><input id=\"\(name)\" name=\"\(name)\" value=\"\(value ?? "")\" autocomplete=\"off\"></p>"
        }
        let questions = SupporterQuestion.asked(in: supporter.sphere).filter { $0 != .phone }.map { question -> HTML in
            let field = AddPersonPage.field(question)
            return """
                <p><label for="\(field)">\(question.text(about: supporter))</label><br>\
                <textarea id="\(field)" name="\(field)" rows="2">\(supporter[keyPath: question.field] ?? "")</textarea></p>
                """
        }
        return """
            \(problem.map { "<p class=\"warning\" role=\"alert\">\($0)</p>" as HTML } ?? "")
            <form method="post" action="people/\(id)/edit">
            \(Layout.tokenField(formToken))
            \(text("name", "Their name", supporter.name))
            <p><label for="relationship">Who are they to you?</label><br><select id="relationship" name="relationship">\(relationships)</select></p>
            <fieldset><legend>Where do they stand?</legend>\(spheres)</fieldset>
            \(text("phone", "Phone", supporter.phone))
            \(text("email", "Email", supporter.email))
            \(questions)
            <p><button type="submit">Save</button></p>
            </form>
            <h2>Remove</h2>
            <form method="post" action="people/\(id)/remove">
            \(Layout.tokenField(formToken))
            <p><input type="checkbox" id="sure" name="sure" value="yes" required> <label for="sure">Remove \(supporter.name) from your \
            network (their agreements go too; the history keeps that they were removed)</label></p>
            <p><button type="submit">Remove \(supporter.name)</button></p>
            </form>
            """
    }

    /// The edit a filled-in form makes: every field given, an empty one clearing it.
    static func edit(_ form: FormBody, sphere: Sphere) -> SupporterEdit {
        var edit = SupporterEdit()
        edit.name = form["name"]?.trimmingCharacters(in: .whitespaces)
        edit.relationship = form["relationship"].flatMap(Relationship.init(rawValue:))
        edit.sphere = form["sphere"].flatMap(Sphere.init(rawValue:))
        let value = { (name: String) in form[name]?.trimmingCharacters(in: .whitespacesAndNewlines) }
        (edit.phone, edit.email) = (value("phone"), value("email"))
        for question in SupporterQuestion.asked(in: sphere) where question != .phone {
            let given = value(AddPersonPage.field(question))
            switch question {
            case .offers: edit.offers = given
            case .availability: edit.availability = given
            case .access: edit.access = given
            case .impactOnThem: edit.impactOnThem = given
            case .impactOnRelationship: edit.impactOnRelationship = given
            case .notes: edit.notes = given
            case .phone: break
            }
        }
        return edit
    }
}
