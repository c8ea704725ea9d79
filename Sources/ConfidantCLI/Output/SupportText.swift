import Confidant

/// How the support for a writer in distress is shown at the terminal (docs/WELLBEING.md): the
/// library's words, the people who agreed to be there with how to reach them, the helplines.
enum SupportText {
    /// The lines, in order.
    static func lines(_ support: Support) -> [String] {
        var lines = support.message.map { Style.bold($0) }
        if !support.people.isEmpty {
            lines.append("People who said they would be there for you:")
            for person in support.people {
                let reach = [person.phone, person.availability].compactMap { $0 }
                lines.append(
                    "  "
                        + ([DraftReport.printable(person.name) + " (\(person.relationship.rawValue))"] + reach.map(DraftReport.printable))
                        .joined(separator: " · ") + (person.unsettled.map { " — " + DraftReport.printable($0) } ?? ""))
            }
        }
        for helpline in support.helplines {
            lines.append(
                "\(DraftReport.printable(helpline.name)): \(helpline.phone)" + (helpline.note.map { " (\(DraftReport.printable($0)))" } ?? ""))
        }
        lines.append(support.closing)
        return lines
    }
}
