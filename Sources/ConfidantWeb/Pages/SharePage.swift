import Confidant

/// What may be shared with someone, topic by topic, as `confidant share NAME` sets it: each topic
/// at its level (may share, with care, never), the sphere's defaults until changed.
enum SharePage {
    static func form(_ supporter: Supporter, in document: VaultDocument, formToken: String) -> HTML {
        let id = supporter.id.uuidString.lowercased()
        let labels: [SharingLevel: String] = [.share: "may share", .care: "with care", .never: "never"]
        let rows = Sharing(for: supporter, topics: document.topics).levels.map { topic, level, _ -> HTML in
            let choices = AddPersonPage.choices(
                "topic-" + topic.name, SharingLevel.allCases.map { ($0.rawValue, labels[$0]!) }, checked: level.rawValue)
            return "<fieldset class=\"scale\"><legend>\(topic.meaning) (\(topic.name))</legend>\(choices)</fieldset>"
        }
        return """
            <p>What you may talk about with \(supporter.name), topic by topic. Names and details that identify anyone from work are never shared, whatever is chosen here.</p>
            <form method="post" action="people/\(id)/share">
            \(Layout.tokenField(formToken))
            \(rows)
            <p><button type="submit">Save</button></p>
            </form>
            """
    }

    /// The topics whose level the form changes, with their new levels.
    static func changes(_ form: FormBody, for supporter: Supporter, in document: VaultDocument) -> [(topic: String, level: SharingLevel)] {
        Sharing(for: supporter, topics: document.topics).levels.compactMap { topic, level, _ in
            guard let chosen = form["topic-" + topic.name].flatMap(SharingLevel.init(rawValue:)), chosen != level else { return nil }
            return (topic.name, chosen)
        }
    }
}
