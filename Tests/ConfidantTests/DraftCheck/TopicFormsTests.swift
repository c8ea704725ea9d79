import Foundation
import Testing

@testable import Confidant

/// Word forms of topic words: a listed word finds its inflections through the Snowball
/// English stemmer, never the shorter words that happen to share its stem.
@Suite struct TopicFormsTests {
    /// The topic findings in `draft` for a partner, with `words` as the offence-details list.
    static func topics(_ draft: String, words: [String]? = nil, for person: Relationship? = .partner) -> [Finding] {
        var document = VaultDocument()
        if let words { document.topicWords["offence-details"] = words }
        return DraftScanner(document: document, supporter: person.map { Supporter(name: "Sam", relationship: $0) }).matchedFindings(in: draft)
            .filter { $0.kind == .topic }
    }

    @Test(arguments: [
        ("he raped her", "raped"), ("rapes", "rapes"), ("raping", "raping"), ("a rapist", "rapist"), ("rape", "rape"),
        ("abused", "abused"), ("abusing", "abusing"), ("an abuser", "abuser"), ("abusive", "abusive"), ("abuses", "abuses"),
        ("offender", "offender"), ("offenders", "offenders"), ("offending", "offending"), ("offences", "offences"),
        ("reoffended", "reoffended"), ("re-offending", "re-offending"), ("sentencing", "sentencing"), ("sentenced", "sentenced"),
        ("sentences of a book", "sentences"), ("recalled", "recalled"), ("hearings", "hearings"), ("courted", "courted"),
        ("stalked", "stalked"), ("stabbed", "stabbed"), ("sex offenders", "sex offenders"), ("on the registers", "on the registers"),
        ("IIOC", "IIOC"), ("MAPPA", "MAPPA"), ("his cases", "his cases"), ("burglaries", "burglaries"), ("murderer", "murderer"),
        ("home visits", "home visits"), ("pre-sentence reports", "pre-sentence reports"), ("victim's", "victim's"),
        ("two PSRs due", "PSRs"), ("three RSOs", "RSOs"), ("SHPOs", "SHPOs"), ("he ra\u{AD}ped her", "ra\u{AD}ped"),
    ])
    func inflectionsAreFound(draft: String, text: String) {
        let found = Self.topics(draft)
        #expect(found.contains { $0.text == text && $0.level == .never }, "\(draft): \(found)")
    }

    @Test(arguments: [
        "can't wait to hear from you", "I heard you", "she hears everything", "what date works", "two dates",
        "I can't recall", "raper", "cased the joint?", "just in case", "the date of the party", "courtesy",
    ])
    func falseFriendsAreNot(draft: String) {
        #expect(Self.topics(draft).filter { $0.level == .never }.isEmpty, "\(draft): \(Self.topics(draft))")
    }

    @Test func everydayWordsArePossibleOnly() {
        // As the matchers find them; `ContextRulesTests` holds what their context then makes of them.
        for draft in [
            "here are the photos", "I'm not offended", "his laptop died", "pictures of the dog", "a data breach",
            "the register at school",
        ] {
            let found = Self.topics(draft)
            #expect(!found.isEmpty && found.allSatisfy { $0.level == .possible }, "\(draft): \(found)")
        }
        #expect(Self.topics("I live for tea", for: nil).map(\.level) == [.possible])
        #expect(Self.topics("I live in Salford", for: nil).map(\.level) == [.never])
        #expect(Self.topics("a theft", words: ["~theft"]).map(\.level) == [.possible])
        #expect(Self.topics("two thefts", words: ["theft"]).map(\.level) == [.never])
    }

    @Test func straightIsSexualityOnlyInPhrasesAboutIt() {
        let clients = Self.topics("I go straight to the gym", for: nil)
        #expect(!clients.contains { $0.reason == "topic sexuality" }, "\(clients)")
        #expect(clients.contains { $0.text == "the gym" && $0.reason == "topic home-and-routines" })
        #expect(Self.topics("I'm straight, for what it's worth", for: nil).contains { $0.reason == "topic sexuality" })
        #expect(Self.topics("I’m straight", for: nil).contains { $0.reason == "topic sexuality" })
    }

    @Test(arguments: [
        ("rape", "rap"), ("offences", "offenc"), ("robberies", "robber"), ("address", "address"), ("sex", "sex"),
        ("hearing", "hearing"), ("case", "cas"), ("robbery", "robber"), ("kids", "kid"), ("client", "client"),
    ])
    func aListedWordNeedsItsBeginning(word: String, beginning: String) {
        let length = Array(word.utf8).withUnsafeBufferPointer { TopicForms.beginningLength(of: $0) }
        #expect(String(word.prefix(length)) == beginning)
    }

    @Test func everyBuiltInWordIsFoundAsListed() {
        // Each built-in word, written as listed, is found at its topic (so no list word is dead).
        var partner = Supporter(name: "Sam", relationship: .partner)
        for topic in Topic.builtIn { partner.sharing[topic.name] = .never }
        for (topic, entries) in TopicWords.builtIn {
            for entry in entries {
                let phrase = TopicWords.parse(entry).phrase
                let person: Supporter? = VaultDocument().boundaryTopics.contains { $0.name == topic } ? nil : partner
                let found = DraftScanner(document: VaultDocument(), supporter: person).matchedFindings(in: "x \(phrase) x")
                #expect(found.contains { $0.reason == "topic \(topic)" }, "\(topic): \(phrase) → \(found)")
            }
        }
    }
}
