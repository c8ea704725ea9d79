import Confidant

/// Adding someone, in the two steps `confidant add` asks in: who they are (name, relationship,
/// inside or outside work), then, by name, whether you asked them beforehand and the questions
/// for a person or a service (`SupporterQuestion`).
enum AddPersonPage {
    /// Step one: the name, who they are to you, and where they stand.
    static func who(formToken: String, problem: String? = nil, name: String = "") -> HTML {
        let relationships = Relationship.allCases.map { relationship -> HTML in
            "<option value=\"\(relationship.rawValue)\">\(relationship.rawValue)</option>"
        }
        return """
            \(problem.map { "<p class=\"warning\" role=\"alert\">\($0)</p>" as HTML } ?? "")
            <form method="post" action="people/new">
            \(Layout.tokenField(formToken))
            <p><label for="name">Their name</label><br><input id="name" name="name" required value="\(name)" autocomplete="off"></p>
            <p><label for="relationship">Who are they to you?</label><br><select id="relationship" name="relationship">\(relationships)</select></p>
            <fieldset><legend>Where do they stand?</legend>
            <p><input type="radio" id="sphere-usual" name="sphere" value="" checked> <label for="sphere-usual">as usual for that relationship</label></p>
            \(Sphere.allCases.map { sphere -> HTML in
                "<p><input type=\"radio\" id=\"sphere-\(sphere.rawValue)\" name=\"sphere\" value=\"\(sphere.rawValue)\"> <label for=\"sphere-\(sphere.rawValue)\">\(sphere.meaning)</label></p>"
            })
            </fieldset>
            <p><button type="submit" name="step" value="who">Next</button></p>
            </form>
            """
    }

    /// Step two, about `supporter` (named, with a relationship and sphere): asked beforehand, and
    /// the free-text questions; every answer can be left empty.
    static func questions(_ supporter: Supporter, formToken: String) -> HTML {
        let asked: HTML =
            supporter.isService
            ? ""
            : """
            <fieldset class="scale"><legend>Did you ask \(supporter.name) beforehand whether they are willing and able to support you?</legend>
            \(choices("asked", [("no", "not yet"), ("yes", "yes")], checked: "no"))
            </fieldset>
            <fieldset class="scale"><legend>If you asked: are they willing?</legend>\(answers("willing"))</fieldset>
            <fieldset class="scale"><legend>If you asked: are they able?</legend>\(answers("able"))</fieldset>
            """
        let questions = SupporterQuestion.asked(in: supporter.sphere).map { question -> HTML in
            let id = field(question)
            return
                "<p><label for=\"\(id)\">\(question.text(about: supporter))</label><br><textarea id=\"\(id)\" name=\"\(id)\" rows=\"2\"></textarea></p>"
        }
        return """
            <p>\(supporter.name): \(supporter.relationship.rawValue), \(supporter.sphere.meaning). Every question can be left empty.</p>
            <form method="post" action="people/new">
            \(Layout.tokenField(formToken))
            <input type="hidden" name="name" value="\(supporter.name)">
            <input type="hidden" name="relationship" value="\(supporter.relationship.rawValue)">
            <input type="hidden" name="sphere" value="\(supporter.sphere.rawValue)">
            \(asked)
            \(questions)
            <p><button type="submit" name="step" value="add">Add \(supporter.name)</button></p>
            </form>
            """
    }

    /// The form field of a question.
    static func field(_ question: SupporterQuestion) -> String {
        switch question {
        case .offers: "offers"
        case .availability: "availability"
        case .access: "access"
        case .phone: "phone"
        case .impactOnThem: "impact-on-them"
        case .impactOnRelationship: "impact-on-relationship"
        case .notes: "notes"
        }
    }

    /// Radio buttons for an answer (yes, no, unsure), none chosen.
    static func answers(_ name: String, checked: Answer? = nil) -> HTML {
        choices(name, Answer.allCases.map { ($0.rawValue, $0.rawValue) } + [("", "not asked")], checked: checked?.rawValue ?? "")
    }

    /// Radio buttons `name` with `options` (value, label), `checked` chosen.
    static func choices(_ name: String, _ options: [(value: String, label: String)], checked: String) -> HTML {
        HTML(
            joining: options.map { option in
                let id = "\(name)-\(option.value.isEmpty ? "none" : option.value)"
                return option.value == checked
                    ? "<p><input type=\"radio\" id=\"\(id)\" name=\"\(name)\" value=\"\(option.value)\" checked> <label for=\"\(id)\">\(option.label)</label></p>"
                    : "<p><input type=\"radio\" id=\"\(id)\" name=\"\(name)\" value=\"\(option.value)\"> <label for=\"\(id)\">\(option.label)</label></p>"
            })
    }
}
