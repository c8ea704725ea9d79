import Foundation
import Testing

@testable import Confidant

/// Names as people write them: every form of a person's name the matchers find, at its
/// level, and what must not be taken for a name. What the words around a name then make of it is
/// `ContextRulesTests`'.
@Suite struct NameFormsTests {
    /// A vault with these terms (all clients unless given) and supporters, scanned for `person`.
    static func scan(
        _ text: String, terms: [(String, TermKind, Bool)] = [("Darren Whitfield", .client, false)],
        colleagues: [String] = [], for person: Relationship? = .partner
    ) throws -> [Finding] {
        var document = VaultDocument()
        for (term, kind, exact) in terms { _ = try document.addTerms([term], kind: kind, note: nil, exact: exact) }
        for colleague in colleagues { document.supporters.append(Supporter(name: colleague, relationship: .colleague)) }
        return DraftScanner(document: document, supporter: person.map { Supporter(name: "Sam", relationship: $0) }).matchedFindings(in: text)
    }

    static func only(
        _ text: String, terms: [(String, TermKind, Bool)] = [("Darren Whitfield", .client, false)],
        colleagues: [String] = [], for person: Relationship? = .partner
    ) throws -> Finding? {
        let findings = try scan(text, terms: terms, colleagues: colleagues, for: person)
        #expect(findings.count <= 1, "\(text): \(findings)")
        return findings.first
    }

    @Test(arguments: [
        // draft, text found, level, kind, reason begins
        ("Darren Whitfield kicked off", "Darren Whitfield", Finding.Level.never, Finding.Kind.term, "protected term"),
        ("DARREN WHITFIELD", "DARREN WHITFIELD", .never, .term, "protected term"),
        ("whitfield again", "whitfield", .never, .term, "surname of"),
        ("the whitfields", "whitfields", .never, .term, "surname of"),
        ("the Whitfields' house", "Whitfields", .never, .term, "surname of"),
        ("Whitfield's mum", "Whitfield's", .never, .term, "surname of"),
        ("Whitfield’s", "Whitfield’s", .never, .term, "surname of"),
        ("D. Whitfield", "D. Whitfield", .never, .term, "initial and surname of"),
        ("D Whitfield", "D Whitfield", .never, .term, "initial and surname of"),
        ("d.whitfield", "d.whitfield", .never, .term, "initial and surname of"),
        ("darren w", "darren w", .never, .term, "first name and initial of"),
        ("Darren W. called", "Darren W", .never, .term, "first name and initial of"),
        ("darren w's mum", "darren w's", .never, .term, "first name and initial of"),
        ("Darren", "Darren", .possible, .term, "first name of"),
        ("darren's mum", "darren's", .possible, .term, "first name of"),
        ("Darren Whitfeld", "Darren Whitfeld", .never, .nearTerm, "one letter off protected term"),
        ("Daren Whitfield", "Daren Whitfield", .never, .nearTerm, "one letter off protected term"),
        ("Darren Whitfiled's", "Darren Whitfiled's", .never, .nearTerm, "one letter off protected term"),
        ("Darren\nWhitfield", "Darren\nWhitfield", .never, .term, "protected term"),
        ("whitfeld", "whitfeld", .possible, .nearTerm, "one letter off the surname of"),
    ])
    func everyFormOfAName(draft: String, text: String, level: Finding.Level, kind: Finding.Kind, reason: String) throws {
        let finding = try #require(try Self.only(draft), "\(draft)")
        #expect(finding.text == text)
        #expect(finding.level == level)
        #expect(finding.kind == kind)
        #expect(finding.reason.hasPrefix(reason), "\(finding.reason)")
        #expect(finding.reason.hasSuffix("\"Darren Whitfield\" (client)"), "\(finding.reason)")
    }

    @Test(arguments: ["DW", "dw", "Whitfold Road", "darren was late", "wd", "Warren"])
    func whatIsNotTheName(draft: String) throws {
        #expect(try Self.scan(draft).filter { $0.level != .possible || !$0.text.lowercased().hasPrefix("darren") }.isEmpty, "\(draft)")
    }

    @Test func exactTermsMatchOnlyWhole() throws {
        let terms = [("Darren Whitfield", TermKind.client, true)]
        #expect(try Self.scan("Whitfield again, D. Whitfield, darren w, Darren, Darren Whitfeld", terms: terms).isEmpty)
        #expect(try Self.only("Darren Whitfield's mum", terms: terms)?.level == .never)
    }

    @Test(arguments: [TermKind.client, .victim, .colleague, .person])
    func personLikeKindsHaveEveryForm(kind: TermKind) throws {
        #expect(try Self.only("saw Whitfield", terms: [("Darren Whitfield", kind, false)])?.level == .never)
    }

    @Test(arguments: [TermKind.place, .caseRef, .other])
    func otherKindsMatchWhole(kind: TermKind) throws {
        let terms = [("Kestrel Court", kind, false)]
        #expect(try Self.scan("the court, a kestrel", terms: terms).filter { $0.kind != .topic }.isEmpty)
        #expect(try Self.scan("up at Kestrel Court", terms: terms).first { $0.kind == .term }?.text == "Kestrel Court")
        #expect(try Self.scan("up at Kestral Court", terms: terms).first { $0.kind == .nearTerm }?.level == .never)
    }

    @Test func titlesAreNotFirstNames() throws {
        let terms = [("Mr Darren Whitfield", TermKind.victim, false)]
        #expect(try Self.only("saw mr w", terms: terms) == nil)
        #expect(try Self.only("saw Darren W", terms: terms)?.level == .never)
        #expect(try Self.only("Mr Whitfield came in", terms: terms)?.text == "Whitfield")
    }

    @Test(arguments: [
        // Everyday words as names: only a capital in mid-sentence names the person.
        ("I hope you're ok", nil as Finding.Level?), ("Hope you're ok", .possible), ("saw Hope today", .never),
        ("I will call", nil), ("Will you call?", nil), ("met Will today", .possible), ("met Will Hope today", .never),
        ("a little tired", nil), ("with Little again", .never), ("A. Little rang", .never), ("Amy L. rang", .never),
        ("told amy a story", .possible), ("told Amy A. that", .possible), ("will hope the rain holds", .possible),
        ("Will Hope was in", .never), ("Hope's review is due", .never), ("will h rang", .never), ("told sam u were", .possible),
    ])
    func everydayWordsAsNames(draft: String, level: Finding.Level?) throws {
        let terms = [("Will Hope", TermKind.client, false), ("Amy Little", .client, false), ("Sam Adams", .client, false)]
        let findings = try Self.scan(draft, terms: terms).filter { $0.kind == .term || $0.kind == .nearTerm }
        #expect(findings.map(\.level).max() == level, "\(draft): \(findings)")
    }

    @Test func anInitialThatIsAWordCountsOnlyAsACapital() throws {
        let terms = [("Sam Adams", TermKind.client, false)]
        #expect(try Self.scan("told sam a story", terms: terms).map(\.text) == ["sam"])
        #expect(try Self.scan("told Sam A. everything", terms: terms).first?.text == "Sam A")
        #expect(try Self.scan("zoe said sam a. was late", terms: terms).contains { $0.text == "sam a" && $0.level == .never })
    }

    @Test(arguments: ["Sean O'Brien", "Sean O’Brien", "Sean OBrien", "O'Brien's", "obrien", "the O'Briens"])
    func apostrophesInNames(draft: String) throws {
        let finding = try #require(try Self.scan(draft, terms: [("Sean O'Brien", .client, false)]).first { $0.level == .never }, "\(draft)")
        #expect(finding.reason.contains("Sean O'Brien"))
    }

    @Test func accentsAndDecomposedLettersFold() throws {
        let terms = [("Zoë Adams", TermKind.client, false)]
        for draft in ["Zoe Adams", "ZOË ADAMS", "Zoe\u{308} Adams", "Zoe A.", "Z. Adams", "adams's"] {
            #expect(try Self.scan(draft, terms: terms).contains { $0.level == .never }, "\(draft)")
        }
    }

    @Test func sharedFirstNamesAreReportedOnce() throws {
        let terms = [("Darren Whitfield", TermKind.client, false), ("Darren Pike", .client, false), ("Darren Cole", .victim, false)]
        let finding = try #require(try Self.only("darren rang", terms: terms))
        #expect(finding.level == .possible)
        #expect(finding.reason == "first name of protected term \"Darren Whitfield\" (client) and 2 others")
    }

    @Test func colleaguesAreProtectedOutsideWork() throws {
        let colleagues = ["Nina Patel"]
        let partner = try #require(try Self.only("Nina Patel was crying in the loos", terms: [], colleagues: colleagues))
        #expect(partner.level == .never)
        #expect(partner.reason == "\"Nina Patel\", a supporter at work")
        #expect(try Self.only("patel's office", terms: [], colleagues: colleagues)?.level == .never)
        #expect(try Self.only("nina says hi", terms: [], colleagues: colleagues)?.level == .possible)
        // A counsellor is outside work too; their identities level is never by default.
        #expect(try Self.only("Nina Patel", terms: [], colleagues: colleagues, for: .counsellor)?.level == .never)
        // Inside work, and to the people you work with, a colleague's name is no finding.
        #expect(try Self.scan("Nina Patel was crying", terms: [], colleagues: colleagues, for: .supervisor).isEmpty)
        #expect(try Self.scan("Nina Patel will see you", terms: [], colleagues: colleagues, for: nil).isEmpty)
    }

    @Test func coverageCountsWhatWasChecked() throws {
        var document = VaultDocument()
        _ = try document.addTerms(["Darren Whitfield", "Kestrel Court"], kind: .client, note: nil)
        document.supporters.append(Supporter(name: "Nina Patel", relationship: .colleague))
        let coverage = DraftScanner(document: document, supporter: Supporter(name: "Sam", relationship: .partner)).coverage
        #expect(coverage.protectedTerms == 2)
        #expect(coverage.workNames == 1)
        // The patterns over digits, the word rules (street and operation names, house numbers,
        // schools, workplaces) and numbers read out.
        #expect(coverage.detailRules == Detector.all.count + WordDetectors.ruleCount + 1)
        #expect(
            coverage.topicWords
                == TopicWords.lists(for: Supporter(name: "Sam", relationship: .partner), in: document)
                .filter(\.checked).reduce(0) { $0 + $1.words.count + $1.everydayWords.count })
        #expect(coverage.summary.hasPrefix("2 protected terms, 1 name of someone at work, \(coverage.detailRules) identifying-detail rules and "))
    }

    @Test(arguments: [
        // term, kind, draft, text found at never
        ("WHITFIELD, Darren", TermKind.client, "Whitfield kicked off", "Whitfield"),
        ("WHITFIELD, Darren", .client, "saw D. Whitfield", "D. Whitfield"),
        ("WHITFIELD, Darren", .client, "darren w again", "darren w"), ("Kelly Moss (DOB 1/1/80)", .client, "Kelly Moss came", "Kelly Moss"),
        ("Marcus Thompson-Reid", .client, "Marcus T. again", "Marcus T"), ("Marcus Thompson-Reid", .client, "Marcus R. again", "Marcus R"),
        ("Marcus Thompson-Reid", .client, "saw Thompson", "Thompson"), ("Marcus Thompson-Reid", .client, "saw M. Thompson", "M. Thompson"),
        ("Marcus Thompson-Reid", .client, "the Thompson-Reids", "Thompson-Reids"), ("Anne-Marie Duffy", .victim, "Anne D. rang", "Anne D"),
        ("Anne-Marie Duffy", .victim, "Anne-Marie D rang", "Anne-Marie D"), ("Darren Whitfield", .client, "#DarrenWhitfield", "DarrenWhitfield"),
        ("Darren Whitfield", .client, "@darrenwhitfield", "darrenwhitfield"), ("Darren Whitfield", .client, "whitfield87", "whitfield87"),
        ("Kestrel Court", .place, "kestrelcourt!!", "kestrelcourt"), ("Sean O‘Brien", .client, "saw O'Brien", "O'Brien"),
        ("Sean O'Brien", .client, "saw O`Brien", "O`Brien"), ("Sean O'Brien", .client, "saw O´Brien", "O´Brien"),
        ("Sean O'Brien", .client, "saw O′Brien", "O′Brien"), ("Jürgen Strauß", .client, "STRAUSS again", "STRAUSS"),
        ("Søren Kierkegaard", .client, "Soren K. again", "Soren K"), ("İbrahim Yılmaz", .client, "saw Yilmaz", "Yilmaz"),
        ("Đorđe Novak", .client, "Dorde N. again", "Dorde N"), ("Νίκος Παπαδόπουλος", .client, "ΠΑΠΑΔΟΠΟΥΛΟΣ", "ΠΑΠΑΔΟΠΟΥΛΟΣ"),
        ("Darren Whitfield", .client, "Dar\u{AD}ren Whit\u{AD}field", "Dar\u{AD}ren Whit\u{AD}field"),
        ("Darren Whitfield", .client, "saw Wh\u{200B}itfield", "Wh\u{200B}itfield"),
    ])
    func namesAsCaseSystemsAndPeopleWriteThem(term: String, kind: TermKind, draft: String, text: String) throws {
        let findings = try Self.scan(draft, terms: [(term, kind, false)])
        #expect(findings.contains { $0.text == text && $0.level == .never }, "\(term): \(draft) → \(findings)")
    }

    @Test func aNoteInBracketsIsNotAName() throws {
        #expect(try Self.scan("I ran 80 miles, done", terms: [("Kelly Moss (DOB 1/1/80)", .client, false)]).isEmpty)
    }

    @Test func invisibleCharactersTakeNoColumn() throws {
        let finding = try #require(try Self.scan("\u{200B}Whitfield").first)
        #expect(finding.column == 1)
        #expect(finding.text == "Whitfield")
    }

    @Test func theSummarySaysWhichFormsAreCaught() {
        let person = ProtectedTerm(term: "Darren Whitfield", kind: .client).matchingSummary()
        #expect(person.contains("\"Whitfield\", \"D. Whitfield\" and \"Darren W.\""))
        #expect(person.contains("\"Darren\" alone is reported as possible"))
        #expect(ProtectedTerm(term: "Darren Whitfield", kind: .client, exact: true).matchingSummary().contains("only as entered"))
        #expect(ProtectedTerm(term: "Kestrel Court", kind: .place).matchingSummary().contains("whole words"))
        #expect(ProtectedTerm(term: "KHAN, Aisha", kind: .victim).matchingSummary().contains("\"KHAN\", \"A. KHAN\" and \"Aisha K.\""))
        #expect(ProtectedTerm(term: "Marcus Thompson-Reid", kind: .client).matchingSummary().contains("\"Thompson-Reid\", \"M. Thompson-Reid\""))
    }

    /// Names apart on a line are several terms; a comma between parts of two words could part two
    /// people or put a two-word surname first, so the line stays whole with the other reading
    /// beside it; a surname first with one given name is one name.
    @Test func aLineOfSeveralNamesIsReadWithoutGuessing() {
        #expect(ProtectedTerm.entries(inLine: " kayleigh moss ;  Aisha Khan ") == (["kayleigh moss", "Aisha Khan"], nil))
        #expect(ProtectedTerm.entries(inLine: "kayleigh moss, jordan price") == (["kayleigh moss, jordan price"], ["kayleigh moss", "jordan price"]))
        #expect(ProtectedTerm.entries(inLine: "Al Hassan, Omar Farouk") == (["Al Hassan, Omar Farouk"], ["Al Hassan", "Omar Farouk"]))
        #expect(ProtectedTerm.entries(inLine: "KHAN, Aisha") == (["KHAN, Aisha"], nil))
        #expect(ProtectedTerm.entries(inLine: "Khan, Aisha Marie") == (["Khan, Aisha Marie"], nil))
        #expect(ProtectedTerm.entries(inLine: "   ") == ([], nil))
    }
}

/// A short name the person goes by (`ProtectedTerm.goesBy`), kept in the document and found as
/// the first name is.
@Suite struct GoesByTests {
    @Test func aShortNameTheyGoByIsFoundAsTheirFirstNameIs() throws {
        var document = VaultDocument()
        _ = try document.addTerms(["Terence King"], kind: .client, note: nil)
        try document.setGoesBy(["Tel", " ", "tel"], forTerm: "terence king")
        #expect(document.terms[0].goesBy == ["Tel"])
        let partner = Supporter(name: "Sam", relationship: .partner)
        document.supporters = [partner]
        let scanner = DraftScanner(document: document, supporter: partner)
        let found = scanner.scan("tel's licence ends friday and he wants to pop in for a brew")
        #expect(found.map(\.text) == ["tel's"] && found.first?.level == .never, "\(found)")
        #expect(found.first?.reason.contains("protected term \"Terence King\" (client)") == true)
        #expect(scanner.scan("tel king was in again").first?.text == "tel king")
        // Written and read back unchanged.
        #expect(try DocumentCodec.decode(DocumentCodec.encode(document)).terms[0].goesBy == ["Tel"])
        #expect(throws: ConfidantError.self) { try document.setGoesBy(["Tel"], forTerm: "Nobody") }
    }

    @Test func theCommonShortFormsAreOffered() {
        #expect(ProtectedTerm(term: "Barry Cooper", kind: .client).commonShortForms.contains("bazza"))
        #expect(ProtectedTerm(term: "AB123456", kind: .caseRef).commonShortForms.isEmpty)
        #expect(ProtectedTerm(term: "Barry", kind: .client).commonShortForms.isEmpty)
    }
}

/// The name lists, looked up by binary search in their own sorted bytes (`MarkedWordList`).
@Suite struct NameListTests {
    @Test func namesAreFoundAndEverydayWordsMarked() {
        #expect(FirstNames.isGivenName("darren", capitalised: false) && FirstNames.isGivenName("sharon", capitalised: false))
        #expect(FirstNames.isEveryday("will") && !FirstNames.isEveryday("darren"))
        #expect(!FirstNames.isGivenName("will", capitalised: false) && FirstNames.isGivenName("will", capitalised: true))
        #expect(!FirstNames.isGivenName("zzzzz", capitalised: true) && !FirstNames.isGivenName("", capitalised: true))
        #expect(
            Surnames.contains("smith") && Surnames.contains("whitfield") && Surnames.isEveryday("baker") && Surnames.isEveryday("smith")
                && !Surnames.isEveryday("jones"))
        #expect(!Surnames.contains("qqqq") && !Surnames.contains("a"))
    }
}
