import Confidant

/// A person's page is `check NAME`: how to reach them, when, where the agreement stands (a
/// decline or an unsure answer said plainly), what you may share, and what the work could do to
/// them and to the relationship.
enum PersonPage {
    static func render(_ briefing: Briefing, _ supporter: Supporter) -> HTML {
        var facts: [HTML] = ["<p>\(briefing.relationship.rawValue), \(briefing.sphere.meaning)</p>"]
        let reach = [briefing.phone, briefing.email].compactMap { $0 }
        if !reach.isEmpty { facts.append("<p>Reach: \(reach.joined(separator: " · "))</p>") }
        if let availability = briefing.availability { facts.append("<p>\(briefing.isService ? "Hours" : "Available"): \(availability)</p>") }
        if let offers = briefing.offers { facts.append("<p>Offers: \(offers)</p>") }
        if let access = briefing.access { facts.append("<p>Through work: \(access)</p>") }
        if !briefing.isService {
            for line in AgreementLines.of(supporter) {
                facts.append(line.isCaution ? "<p class=\"caution\"><strong>\(line.text)</strong></p>" : "<p>\(line.text)</p>")
            }
            facts.append("<p><a href=\"people/\(supporter.id.uuidString.lowercased())/agree\">Record what \(supporter.name) agreed</a></p>")
            facts.append(
                "<p><a href=\"people/\(supporter.id.uuidString.lowercased())/agreement\">The agreement as a page to show \(supporter.name) or print</a></p>"
            )
        }
        if let review = briefing.review {
            facts.append(
                review.overdue
                    ? "<p class=\"caution\"><strong>Review: overdue since \(review.on.description) (\(-review.daysLeft) days). Talk about it again.</strong></p>"
                    : "<p>Review: \(review.on.description) (in \(review.daysLeft) days)</p>")
        }
        let levels: [HTML] = [("May share", briefing.share), ("With care", briefing.care), ("Never", briefing.never)].map { label, topics in
            "<dt>\(label)</dt><dd>\(topics.isEmpty ? "-" : topics.joined(separator: ", "))</dd>"
        }
        var impact: [HTML] = []
        if let text = briefing.impactOnThem { impact.append("<p>Remember, hearing about the work could: \(text)</p>") }
        if let text = briefing.impactOnRelationship { impact.append("<p>Remember, leaning on them could: \(text)</p>") }
        let terms = briefing.protectedTerms
        return """
            <section aria-labelledby="about"><h2 id="about">About them</h2>\(facts)</section>
            <section aria-labelledby="sharing"><h2 id="sharing">What you may share</h2>
            <dl class="levels">\(levels)</dl>
            <p>Protected terms: \(terms) name\(terms == 1 ? "" : "s") and references never to say outside work.</p>
            <p><a href="people/\(supporter.id.uuidString.lowercased())/share">Change what you share with \(supporter.name)</a></p>
            \(impact)
            <p><a href="check?to=\(supporter.id.uuidString.lowercased())">Check a message to \(supporter.name)</a></p>
            <p><a href="people/\(supporter.id.uuidString.lowercased())/edit">Change or remove \(supporter.name)</a></p>
            </section>
            """
    }

    /// `export --supporter NAME`: the agreement and what you may share, and nothing else from the
    /// vault, for the two of you to read together.
    static func agreement(_ summary: AgreementSummary, of supporter: Supporter) -> HTML {
        """
        <div class="agreement">\(summary.text)</div>
        <p class="back"><a href="people/\(supporter.id.uuidString.lowercased())">Back to \(supporter.name)</a></p>
        """
    }
}
