import Confidant
import Foundation
import Testing

@testable import ConfidantWeb

/// The pages' text: escaped always, and the same words as the command line's.
@Suite struct PageTests {
    @Test func interpolatedTextIsEscaped() {
        let name = "<script>alert('x')</script> & \"Bob\""
        let html: HTML = "<p title=\"\(name)\">\(name)</p>"
        #expect(
            html.text
                == "<p title=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Bob&quot;\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Bob&quot;</p>"
        )
        let nested: HTML = "<div>\(html)</div>"
        #expect(nested.text == "<div>" + html.text + "</div>")
    }

    @Test func formsAreRead() throws {
        let form = try #require(FormBody(Array("token=ab&draft=hi+there%21%0D%0Aok&to=clients&to=x".utf8)))
        #expect(form["token"] == "ab")
        #expect(form["draft"] == "hi there!\r\nok")
        #expect(form["to"] == "clients")
        #expect(FormBody(Array("draft=%ZZ".utf8)) == nil)
        #expect(FormBody(Array("draft=%".utf8)) == nil)
        #expect(FormBody(Array("draft=%FF".utf8)) == nil)
    }

    @Test func findingsAreMarkedWhereTheyStand() throws {
        var document = VaultDocument()
        _ = try document.addTerms(["Darren Pike"], kind: .client, note: nil)
        let sam = Supporter(name: "Sam", relationship: .partner)
        document.supporters = [sam]
        let draft = "long day.\r\nsaw <b>Darren Pike</b> again, and Pike\u{200B}'s mum"
        let verdict = DraftScanner(document: document, supporter: sam).check(draft)
        let marked = CheckPage.marked(draft, verdict.findings).text
        #expect(marked.contains("&lt;b&gt;<mark class=\"never\">Darren Pike</mark>&lt;/b&gt;"))
        #expect(marked.contains("<mark class=\"never\">Pike"))
        #expect(!marked.contains("<b>"))
        // Nothing of the draft is lost or doubled around the marks.
        let text = marked.replacingOccurrences(of: "<mark class=\"never\">", with: "").replacingOccurrences(of: "</mark>", with: "")
        #expect(text == HTML.escape(draft))
    }

    @Test func aPersonsPageSaysWhatCheckSays() {
        var document = VaultDocument()
        var sam = Supporter(name: "Sam", relationship: .partner)
        sam.phone = "07700 900123"
        document.supporters = [sam]
        let page = PersonPage.render(Briefing(for: sam, in: document), sam).text
        #expect(page.contains("Reach: 07700 900123"))
        for line in AgreementLines.of(sam) { #expect(page.contains(HTML.escape(line.text))) }
        #expect(page.contains("Protected terms: 0 names and references never to say outside work."))
    }

    /// `checkin --history` on the page: eight weeks, each headed by its first day, oldest first.
    @Test func theWeeksAreHeadedByTheirFirstDay() throws {
        var document = VaultDocument()
        let today = try #require(Day("2026-12-05"))
        try document.recordCheckIn(CheckIn(on: today, ratings: [.impactOnMe: 2, .restAndSleep: 4]), today: today)
        let page = CheckInPage.history(document, today: today).text
        #expect(page.contains("<th scope=\"col\">Rating</th><th scope=\"col\">11 Oct</th>"))
        #expect(page.contains("<th scope=\"col\">29 Nov</th></tr>"))
        #expect(page.contains("<th scope=\"row\">Rest and sleep</th>" + String(repeating: "<td>–</td>", count: 7) + "<td>4</td></tr>"))
        #expect(page.contains("1 check-in in these weeks."))
        #expect(CheckInPage.history(VaultDocument(), today: today).text.contains("No check-ins in these weeks yet."))
    }

    /// A plan form sent back for a problem shows what was typed, not what the vault holds; a
    /// part of the plan the form does not hold is left as it is.
    @Test func thePlanFormKeepsWhatWasTyped() throws {
        var document = VaultDocument()
        try document.addToPlan(.sign, "short with the kids")
        let typed = try #require(FormBody(Array("sign=not+sleeping%0D%0Ashort+with+the+kids&helpline-0-name=Lifeline".utf8)))
        let page = PlanPage.render(document, formToken: "t", said: "<p>no</p>", entered: typed).text
        #expect(page.contains(">not sleeping\r\nshort with the kids</textarea>"))
        #expect(page.contains("name=\"helpline-0-name\" value=\"Lifeline\""))
        #expect(throws: ConfidantError.self) { try PlanPage.apply(typed, to: &document) }
        // A service in the plan (`plan add person`) is not on the form, and stays.
        let service = Supporter(name: "Employee Assistance Line", relationship: .helpline)
        try document.addSupporter(service)
        try document.addPlanPerson(service.id)
        let signsOnly = try #require(FormBody(Array("sign=not+sleeping".utf8)))
        try PlanPage.apply(signsOnly, to: &document)
        #expect(document.plan.signs == ["not sleeping"])
        #expect(document.plan.helplines == Helpline.starting)
        #expect(document.plan.people == [service.id])
    }
}
