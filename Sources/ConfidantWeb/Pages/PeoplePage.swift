import Confidant
import Foundation

/// The network as `list` shows it: each person with their relationship, inside or outside work,
/// where the agreement stands and when it is due for review.
enum PeoplePage {
    static func render(_ supporters: [Supporter], today: Day = .today) -> HTML {
        let add: HTML = "<p><a href=\"people/new\">Add someone</a></p>"
        guard !supporters.isEmpty else { return "<p>No supporters yet.</p>\(add)" }
        let rows = supporters.sortedByName().map { supporter -> HTML in
            let review = supporter.agreement?.reviewOn.map { on -> HTML in
                today.days(until: on) < 0 ? "<strong class=\"warning\">\(on.description) overdue</strong>" : "\(on.description)"
            }
            return """
                <tr><th scope="row"><a href="people/\(supporter.id.uuidString.lowercased())">\(supporter.name)</a></th>\
                <td>\(supporter.relationship.rawValue)</td><td>\(supporter.sphere.meaning)</td>\
                <td>\(supporter.status.rawValue)</td><td>\(review ?? "-")</td></tr>
                """
        }
        return """
            <table>
            <caption>Your supporters</caption>
            <thead><tr><th scope="col">Name</th><th scope="col">Relationship</th><th scope="col">Where</th>\
            <th scope="col">Agreement</th><th scope="col">Review</th></tr></thead>
            <tbody>\(rows)</tbody>
            </table>
            \(add)
            """
    }
}
