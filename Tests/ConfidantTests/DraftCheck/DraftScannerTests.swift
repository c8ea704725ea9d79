import Foundation
import Testing

@testable import Confidant

/// Every folding rule and detector, with what must fire and the near misses that must not.
@Suite struct DraftScannerTests {
    static func scanner(terms: [String], relationship: Relationship = .partner) throws -> DraftScanner {
        var document = VaultDocument()
        _ = try document.addTerms(terms, kind: .client, note: nil)
        return DraftScanner(document: document, supporter: Supporter(name: "Sam", relationship: relationship))
    }

    static func found(_ text: String, terms: [String] = ["Darren Pike", "Zoë Adams", "Smith", "Hollowbrook"]) throws -> [Finding] {
        try scanner(terms: terms).matchedFindings(in: text)
    }

    @Test(arguments: [
        ("Darren Pike", "Darren Pike"), ("darren PIKE", "darren PIKE"), ("Darren Pike's mum", "Darren Pike's"),
        ("Darren Pike’s mum", "Darren Pike’s"), ("Zoë Adams", "Zoë Adams"), ("Zoe Adams", "Zoe Adams"),
        ("Zoe\u{0308} Adams", "Zoe\u{0308} Adams"), ("ZOË ADAMS", "ZOË ADAMS"), ("Darren\nPike", "Darren\nPike"),
        ("Darren    Pike", "Darren    Pike"), ("the Smiths", "Smiths"), ("Smith's car", "Smith's"), ("Smithes", "Smithes"),
        ("(Smith)", "Smith"), ("Smith.", "Smith"),
    ])
    func termsFold(text: String, match: String) throws {
        let findings = try Self.found(text)
        #expect(findings.contains { $0.kind == .term && $0.text == match }, "\(text): \(findings)")
    }

    @Test(arguments: ["Smithson", "Blacksmith", "smithy", "Hollywood", "Adamson", "Pikelet", "Zoetrope"])
    func wordsThatOnlyContainATermAreNotIt(text: String) throws {
        #expect(try Self.found(text).isEmpty, "\(text)")
    }

    @Test func oneEditFromALongTermIsPossible() throws {
        for typo in ["Hollowbrok", "Hollowbrooke", "Hollowbrook", "Holowbrook", "Hollowbrooks"] {
            let findings = try Self.found(typo)
            #expect(!findings.isEmpty, "\(typo)")
        }
        #expect(try Self.found("Hollowbrok").first?.level == .possible)
        #expect(try Self.found("Hollywood").isEmpty)
        // Terms shorter than six letters get no near misses.
        #expect(try Self.found("Smyth").isEmpty)
    }

    @Test(arguments: [
        ("sam@example.org", "email address"), ("a.b+c@mail.example.co.uk", "email address"),
        ("07700 900123", "phone number"), ("07700900123", "phone number"), ("+44 7700 900123", "phone number"),
        ("0161 496 0000", "phone number"), ("(020) 7946 0958", "phone number"), ("+1 415 555 2671", "phone number"),
        ("12/03/1985", "date of birth"), ("07-11-1990", "date of birth"), ("3rd March 1979", "date of birth"), ("1 Jan 1960", "date of birth"),
        ("M1 1AE", "UK postcode"), ("SW1A 2AA", "UK postcode"), ("ec1a1bb", "UK postcode"),
        ("AB 12 34 56 C", "National Insurance number"), ("JG103759A", "National Insurance number"),
        ("X123456", "case reference"), ("AB1234567", "case reference"), ("12/345678A", "police or court reference"),
        ("07700.900.123", "phone number"), ("07 700 900 123", "phone number"), ("(415) 555-2671", "phone number"),
        ("+33 6 12 34 56 78", "phone number"), ("1985-03-12", "date of birth"), ("March 12th 1985", "date of birth"),
        ("12th of March, 1985", "date of birth"), ("12-Mar-1985", "date of birth"), ("12th March '85", "date of birth"),
        ("m11ae", "UK postcode"),
        ("M1  1AE", "UK postcode"), ("AB-12-34-56-C", "National Insurance number"), ("QQ123456C", "National Insurance number"),
        ("2012/0123456A", "police or court reference"), ("943 476 5919", "NHS number"), ("A1234BC", "prison number"),
        ("22 Acacia Road", "street address"), ("22 acacia road", "street address"), ("4 Kestrel Court", "street address"),
        ("17b Mill Lane", "street address"), ("Flat 4", "flat number"), ("Apartment 12B", "flat number"),
    ])
    func detectorsFire(text: String, detector: String) throws {
        let findings = try Self.found("see " + text + " today")
        #expect(findings.contains { $0.kind == .detail && $0.reason.hasSuffix(detector) && $0.text == text }, "\(text): \(findings)")
    }

    @Test(arguments: [("born 3 march 2017", "3 march 2017"), ("DOB: 01/02/2019", "01/02/2019"), ("born on 2nd Feb 2021", "2nd Feb 2021")])
    func aDateAfterBornIsADateOfBirthWhateverTheYear(text: String, date: String) throws {
        let findings = try Self.found("see " + text + " today")
        #expect(findings.contains { $0.kind == .detail && $0.reason.hasSuffix("date of birth") && $0.text == date }, "\(text): \(findings)")
    }

    @Test(arguments: [
        "at 8", "08:15", "£12.50", "in 2024", "since 2019", "3 visits", "14/12/2026", "2 December 2026", "room 12",
        "the M62", "version 2.0", "1234", "0800", "12/03", "flat 4B", "abc@", "2 pints", "GPT4",
        "room B12 3rd floor", "the A1 2ND junction", "AB 12 34 56 E", "3 Jan 25",
        "3 hours on the road", "2 streets from us", "10 mins down the road", "2 miles up the lane", "5 more days", "flat 4 hours",
    ])
    func lookAlikesDoNotFire(text: String) throws {
        #expect(try Self.found("see " + text + " today").filter { $0.kind == .detail }.isEmpty, "\(text)")
    }

    @Test func findingsCarryLineAndColumn() throws {
        let findings = try Self.found("first line\n  and Darren Pike here")
        #expect(findings.first?.line == 2)
        #expect(findings.first?.column == 7)
    }

    @Test func levelsFollowThePerson() throws {
        let text = "Darren Pike and an assault, 07700 900123"
        let partner = try Self.scanner(terms: ["Darren Pike"]).scan(text)
        #expect(Set(partner.map(\.level)) == [.never])
        let supervisor = try Self.scanner(terms: ["Darren Pike"], relationship: .supervisor).scan(text)
        #expect(Set(supervisor.map(\.level)) == [.care])
    }

    @Test func topicWordsAreLookedForOnlyWhereTheyMatter() throws {
        var document = VaultDocument()
        var sam = Supporter(name: "Sam", relationship: .partner)
        #expect(
            DraftScanner(document: document, supporter: sam).scan("the risk assessment and a pickpocket").map(\.reason) == ["topic risk-decisions"])
        document.topicWords["offence-details"] = TopicWords.builtIn["offence-details"]! + ["pickpocket"]
        #expect(DraftScanner(document: document, supporter: sam).scan("a pickpocket").map(\.reason) == ["topic offence-details"])
        sam.sharing["risk-decisions"] = .share
        #expect(DraftScanner(document: document, supporter: sam).scan("the risk assessment").isEmpty)
    }

    @Test func clientBoundariesUseTheirOwnTopics() {
        let scanner = DraftScanner(document: VaultDocument(), supporter: nil)
        #expect(scanner.scan("My husband and I went hiking").map(\.reason) == ["topic family-situation"])
        #expect(scanner.scan("call me on 07700 900123").first?.level == .never)
        #expect(scanner.scan("I enjoy hiking and football").isEmpty)
    }
}

/// Which names the unlisted-name rule leaves alone: the words of a protected name (found as that
/// name) and of a supporter's name; the words of a note in brackets are no part of a name.
@Suite struct KnownNameWordsTests {
    static func unlisted(_ draft: String) throws -> [String] {
        var document = VaultDocument()
        _ = try document.addTerms(["Darren Pike"], kind: .client, note: nil)
        _ = try document.addTerms(["Oak Lodge (Mrs Henderson's house)"], kind: .place, note: nil)
        document.supporters = [Supporter(name: "Sam", relationship: .partner), Supporter(name: "Priya Okafor", relationship: .friend)]
        let scanner = DraftScanner(document: document, supporter: document.supporters[0])
        return scanner.scan(draft).filter { $0.reason == UnlistedNames.reason }.map(\.text)
    }

    @Test func wordsOfKnownNamesAreNotUnlisted() throws {
        #expect(try Self.unlisted("my client Mrs Pike missed her appointment again") == [])
        #expect(try Self.unlisted("my client Mr Okafor missed his appointment again") == [])
        #expect(try Self.unlisted("my client Mr Adeyemi missed his appointment again") == ["Adeyemi"])
    }

    @Test func aNoteInBracketsIsNoName() throws {
        #expect(try Self.unlisted("my client Mrs Henderson missed her appointment again") == ["Henderson"])
    }
}
