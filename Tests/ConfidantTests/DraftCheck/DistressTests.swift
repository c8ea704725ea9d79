import Testing

@testable import Confidant

/// The writer's own distress is never a finding and is answered with support; someone else's
/// crisis is case material. Written fresh for this table, in the voices of the
/// corpus: lower case, dialect, half-said.
@Suite struct DistressTests {
    static var scanner: DraftScanner {
        var document = VaultDocument()
        _ = try? document.addTerms(["Darren Whitfield"], kind: .client, note: nil)
        return DraftScanner(document: document, supporter: Supporter(name: "Alex", relationship: .partner))
    }

    @Test(arguments: [
        "i feel suicidal tonight", "been feeling suicidal again, can u come home", "honestly i want to die",
        "i keep thinking about killing myself", "im not safe tonight", "i dont feel safe on my own tonight",
        "i've been self harming again", "cut myself last night, first time in ages", "i want it all to end",
        "i cant cope anymore, i need u", "everyone would be better off without me", "i want to go to sleep and not wake up",
        "i've got the pills out in front of me", "im scared of what i might do", "the dark thoughts are back and i cant stop them",
        "am no coping, want tae just no wake up", "cannae cope, im falling apart", "i'm sat on the bridge, please ring",
        "i wish i was dead", "theres no point anymore, i cant see a way out", "i keep having thoughts about ending it",
        "i dont want to be here anymore", "i'm so tired of being alive", "i've written a note. i havent done anything",
        "ive been hitting my head off the wall again, i need help", "i hid the razors so i wouldnt", "feeling like a burden, im drowning",
        "i dont trust myself tonight", "i want to disappear and never come back", "i think about dying every day now",
    ])
    func yourOwnDistressIsAnsweredNotBlocked(draft: String) {
        let verdict = Self.scanner.check(draft)
        #expect(verdict.findings.isEmpty, "\(draft): \(verdict.findings)")
        #expect(verdict.support != nil, "\(draft)")
        #expect(verdict.support?.helplines.first == Helpline.samaritans)
    }

    @Test(arguments: [
        "my client tried to kill himself last night", "he threatened suicide in the interview", "she's been self harming again, her mum found out",
        "one of mine took an overdose at the weekend", "he said he feels suicidal and i had to ring the crisis team",
        "the lad tried to hang himself in his cell", "she showed me fresh cuts on her arms", "darren said he wants to die",
        "he was stood on the bridge for an hour till the police talked him down", "she took a load of her mums tablets",
        "i think he's suicidal", "got the call that he'd been found, self harm, he's in hospital",
    ])
    func someoneElsesCrisisIsCaseMaterial(draft: String) {
        let verdict = Self.scanner.check(draft)
        #expect(verdict.blocks(strict: false), "\(draft): \(verdict.findings)")
        #expect(verdict.support == nil, "\(draft)")
    }

    @Test(arguments: [
        "this heat is killing me lol", "cant cope with this traffic lol", "i could murder a curry", "dead tired, early night",
        "traffic on the bridge was awful", "did u pick up my tablets from the chemist", "my son is self harming and i dont know what to do",
    ])
    func everydayWordsAreNotACrisis(draft: String) {
        let verdict = Self.scanner.check(draft)
        #expect(verdict.support == nil || draft.contains("son"), "\(draft)")
        #expect(!verdict.blocks(strict: false), "\(draft): \(verdict.findings)")
    }
}
