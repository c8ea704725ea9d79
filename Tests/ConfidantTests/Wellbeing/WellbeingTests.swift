import Foundation
import Sodium
import Testing

@testable import Confidant

/// The persistence rule at its edges, check-in notes checked before they are kept,
/// the plan's changes, review's items, schema 1 upgraded, and plans and check-ins merged.
@Suite struct WellbeingTests {
    static let today = Day("2026-11-27")!

    /// A check-in `daysAgo` before `today` rating the impact on you `me` (and on relationships `them`).
    static func checkIn(_ daysAgo: Int, me: Int? = 3, them: Int? = nil) throws -> CheckIn {
        var ratings: [CheckIn.Rating: Int] = [:]
        ratings[.impactOnMe] = me
        ratings[.impactOnRelationships] = them
        return try CheckIn(on: today.adding(Period(.day, -daysAgo)), ratings: ratings)
    }

    static func holds(_ checkIns: [CheckIn]) -> Bool { ImpactPersistence.holds(checkIns, today: today) }

    @Test func threeHardDaysOverFourteenDaysHold() throws {
        #expect(Self.holds([try Self.checkIn(14), try Self.checkIn(7), try Self.checkIn(0)]))
    }

    @Test func twoHardDaysDoNot() throws {
        #expect(!Self.holds([try Self.checkIn(20), try Self.checkIn(0)]))
        #expect(!Self.holds([try Self.checkIn(20), try Self.checkIn(10, me: 2), try Self.checkIn(0)]))
    }

    @Test func thirteenDaysApartDoNot() throws {
        #expect(!Self.holds([try Self.checkIn(13), try Self.checkIn(6), try Self.checkIn(0)]))
        #expect(Self.holds([try Self.checkIn(14), try Self.checkIn(6), try Self.checkIn(0)]))
    }

    /// The window is 42 days, today included: 41 days ago is in it, 42 is not.
    @Test func theWindowIsSixWeeks() throws {
        #expect(Self.holds([try Self.checkIn(41), try Self.checkIn(30), try Self.checkIn(27)]))
        #expect(!Self.holds([try Self.checkIn(42), try Self.checkIn(30), try Self.checkIn(27)]))
    }

    @Test func aRatingOfTwoIsNotHardButThreeIsEitherWay() throws {
        #expect(!Self.holds([try Self.checkIn(14, me: 2), try Self.checkIn(7, me: 2), try Self.checkIn(0, me: 2)]))
        #expect(Self.holds([try Self.checkIn(14, me: nil, them: 3), try Self.checkIn(7, me: 0, them: 4), try Self.checkIn(0, me: 3)]))
        #expect(!Self.holds([try Self.checkIn(14, me: nil, them: 2), try Self.checkIn(7, me: 0, them: 2), try Self.checkIn(0, me: 2)]))
    }

    /// Three check-ins on one day are one hard day; a check-in dated after today does not count.
    @Test func daysAreCountedNotCheckIns() throws {
        #expect(!Self.holds([try Self.checkIn(14), try Self.checkIn(0), try Self.checkIn(0), try Self.checkIn(0)]))
        #expect(!Self.holds([try Self.checkIn(14), try Self.checkIn(7), try Self.checkIn(-1)]))
    }

    @Test func ratingsOutsideZeroToFourAreRefused() {
        #expect(throws: ConfidantError.self) { try CheckIn(on: Self.today, ratings: [.restAndSleep: 5]) }
        #expect(throws: ConfidantError.self) { try CheckIn(on: Self.today, ratings: [.restAndSleep: -1]) }
    }

    @Test func aNoteThatNamesAClientIsRefusedAndNothingChanges() throws {
        var document = VaultDocument()
        _ = try document.addTerms(["Darren Whitfield"], kind: .client, note: nil)
        let before = document
        for note in ["rough day with whitfield", "D. Whitfield again", "his DOB is 03/04/1987", "NI AB 12 34 56 C"] {
            #expect(throws: ConfidantError.noteRefused) {
                try document.recordCheckIn(CheckIn(on: Self.today, ratings: [.impactOnMe: 2], note: note), today: Self.today)
            }
            #expect(document == before)
        }
        try document.recordCheckIn(CheckIn(on: Self.today, ratings: [.impactOnMe: 2], note: "tired, a long day of reports"), today: Self.today)
        #expect(document.checkIns.count == 1)
    }

    /// Plan entries are checked as notes are: a protected name never enters the plan.
    @Test func planEntriesNamingAClientAreRefused() throws {
        var document = VaultDocument()
        _ = try document.addTerms(["Kayleigh O'Neill"], kind: .client, note: nil)
        let before = document
        #expect(throws: ConfidantError.noteRefused) { try document.addToPlan(.sign, "can't stop thinking about o'neill") }
        #expect(throws: ConfidantError.noteRefused) {
            try document.setOrganisationContact(OrganisationContact(kind: .workload, who: "Kayleigh O'Neill"))
        }
        #expect(throws: ConfidantError.noteRefused) { try document.setHelpline(Helpline(name: "x", phone: "123", country: "UK", note: "O'Neill's")) }
        #expect(throws: ConfidantError.self) { try document.setHelpline(Helpline(name: "x", phone: "abc", country: "UK")) }
        #expect(document == before)
    }

    /// Counselling or employee assistance in the plan fills the "no service" gap.
    @Test func aPlannedServiceFillsTheServiceGap() throws {
        var document = VaultDocument()
        #expect(Review.items(for: document, today: Self.today).contains { $0.kind == .gapNoService })
        try document.setOrganisationContact(OrganisationContact(kind: .training, who: "HR"))
        #expect(Review.items(for: document, today: Self.today).contains { $0.kind == .gapNoService })
        try document.setOrganisationContact(OrganisationContact(kind: .employeeAssistance, phone: "0800 000 0000"))
        #expect(!Review.items(for: document, today: Self.today).contains { $0.kind == .gapNoService })
    }

    @Test func emptyAndFutureCheckInsAreRefused() throws {
        var document = VaultDocument()
        #expect(throws: ConfidantError.self) { try document.recordCheckIn(CheckIn(on: Self.today, ratings: [:]), today: Self.today) }
        #expect(throws: ConfidantError.self) {
            try document.recordCheckIn(CheckIn(on: Self.today.adding(Period(.day, 1)), ratings: [.impactOnMe: 1]), today: Self.today)
        }
        #expect(document.checkIns.isEmpty)
    }

    @Test func checkInsAreKeptInDateOrder() throws {
        var document = VaultDocument()
        for daysAgo in [3, 10, 0, 7] { try document.recordCheckIn(try Self.checkIn(daysAgo), today: Self.today) }
        #expect(document.checkIns.map(\.on) == [10, 7, 3, 0].map { Self.today.adding(Period(.day, -$0)) })
    }

    @Test func planEntriesAreAddedOnceAndRemovedByTheirWords() throws {
        var document = VaultDocument()
        #expect(document.plan.helplines == Helpline.starting)
        try document.addToPlan(.strategy, "A short walk before going home")
        try document.addToPlan(.strategy, "  a short  walk before going home ")
        #expect(document.plan.strategies == ["A short walk before going home"])
        #expect(throws: ConfidantError.self) { try document.addToPlan(.sign, "   ") }
        #expect(throws: ConfidantError.self) { try document.removeFromPlan(.sign, "not there") }
        try document.removeFromPlan(.strategy, "a short walk before going home")
        #expect(document.plan.strategies.isEmpty)
        try document.setHelpline(Helpline(name: "Lifeline", phone: "13 11 14", country: "AU"))
        try document.removeHelpline("samaritans")
        #expect(document.plan.helplines.map(\.name) == ["Stop It Now", "Lifeline"])
    }

    /// A person in the plan is kept by id: a rename follows, a removal drops them.
    @Test func peopleFollowRenamesAndRemovals() throws {
        var document = VaultDocument()
        let sam = Supporter(name: "Sam", relationship: .partner)
        try document.addSupporter(sam)
        try document.addPlanPerson(sam.id)
        var rename = SupporterEdit()
        rename.name = "Samantha"
        _ = try document.editSupporter(sam.id, rename)
        #expect(document.plan.people == [sam.id])
        _ = try document.removeSupporter(sam.id)
        #expect(document.plan.people.isEmpty)
    }

    @Test func reviewRaisesPersistenceAndMissedCheckIns() throws {
        var document = VaultDocument()
        #expect(!Review.items(for: document, today: Self.today).contains { $0.kind == .checkInDue })
        try document.setCheckInReminder(days: 14)
        #expect(Review.items(for: document, today: Self.today).contains { $0.kind == .checkInDue })
        try document.recordCheckIn(try Self.checkIn(13, me: 1), today: Self.today)
        #expect(!Review.items(for: document, today: Self.today).contains { $0.kind == .checkInDue })
        #expect(Review.items(for: document, today: Self.today.adding(Period(.day, 1))).contains { $0.kind == .checkInDue })
        for daysAgo in [20, 10, 0] { try document.recordCheckIn(try Self.checkIn(daysAgo, me: 4), today: Self.today) }
        let item = try #require(Review.items(for: document, today: Self.today).first)
        #expect(item.kind == .impactPersists)
        #expect(item.message.contains("organisation can offer"))
    }

    /// Schema 1 documents (docs/FORMAT.md's vector among them) read as the current schema with the
    /// starting plan, dated 1970 so that it never wins an import; newer schemas are refused.
    @Test func schemaOneIsUpgraded() throws {
        for text in [#"{"schema":1}"#, #"{"schema":1,"createdAt":"2026-01-01T00:00:00Z","supporters":[],"events":[]}"#] {
            let document = try DocumentCodec.decode(SecureBytes(copying: Array(text.utf8)))
            #expect(document.schema == VaultDocument.currentSchema)
            #expect(document.plan.helplines == Helpline.starting)
            #expect(document.plan.updatedAt == Date(timeIntervalSince1970: 0))
            #expect(document.checkIns.isEmpty)
            let written = try DocumentCodec.encode(document).withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
            #expect(written.hasPrefix(#"{"schema":4,"#))
        }
        #expect(throws: ConfidantError.newerSchema(found: 5, supported: 4)) {
            try DocumentCodec.decode(SecureBytes(copying: Array(#"{"schema":5,"plan":{"signs":7}}"#.utf8)))
        }
    }

    /// A removal is logged as one; schema 3 logged it as a check-in recorded, and reading such a
    /// document re-kinds exactly those entries, so two copies read alike keep each entry once.
    @Test func checkInRemovalIsLoggedAsARemoval() throws {
        var document = VaultDocument()
        try document.recordCheckIn(try Self.checkIn(3, me: 2), today: Self.today)
        #expect(try document.removeCheckIns(on: Self.today.adding(Period(.day, -3))) == 1)
        #expect(document.events.suffix(2).map(\.kind) == [.checkInRecorded, .checkInRemoved])
        let old = #"""
            {"schema":3,"events":[{"at":"2026-01-01T00:00:00Z","kind":"checkin-recorded","summary":"check-in for 2026-01-01"},
            {"at":"2026-01-02T00:00:00Z","kind":"checkin-recorded","summary":"check-ins for 2026-01-01 removed"}]}
            """#
        let read = try DocumentCodec.decode(SecureBytes(copying: Array(old.utf8)))
        #expect(read.events.map(\.kind) == [.checkInRecorded, .checkInRemoved])
        #expect(read.events.map(\.summary) == ["check-in for 2026-01-01", "check-ins for 2026-01-01 removed"])
    }

    /// The weeks `checkin --history` shows: seven days each, the last ending today, each
    /// rating's highest value, an empty week holding no rating.
    @Test func weeksHoldTheHighestRatingOfTheirDays() throws {
        let checkIns = [try Self.checkIn(0, me: 1), try Self.checkIn(2, me: 3), try Self.checkIn(7, me: 2)]
        let weeks = CheckInWeek.weeks(of: checkIns, count: 3, endingOn: Self.today)
        #expect(weeks.map(\.from) == [-20, -13, -6].map { Self.today.adding(Period(.day, $0)) })
        #expect(weeks.map(\.checkIns) == [0, 1, 2])
        #expect(weeks.map { $0.highest[CheckIn.Rating.impactOnMe.rawValue] } == [nil, 2, 3])
        #expect(weeks[2].highest[CheckIn.Rating.restAndSleep.rawValue] == nil)
    }

    /// What a check-in may keep of "did something particular happen?": never the answer about
    /// material; the guidance for a crossed boundary lists your boundaries.
    @Test func theAnswerAboutMaterialIsNeverKept() throws {
        #expect(HardDay.material.happening == nil)
        #expect(HardDay.none.happening == nil)
        #expect(HardDay.reoffended.happening == .reoffended)
        #expect(HardDay.boundary.happening == .boundaryCrossed)
        #expect(HardDay(everyday: "Nope.") == HardDay.none)
        #expect(HardDay(everyday: "re-offended") == .reoffended)
        #expect(HardDay(everyday: "maybe") == nil)
        var document = VaultDocument()
        // The number is said once: here unless the plan's helplines, shown after, list it.
        #expect(!HardDay.material.guidance(document).lines.contains { $0.contains(Helpline.stopItNow.phone) })
        try document.removeHelpline(Helpline.stopItNow.name)
        #expect(HardDay.material.guidance(document).lines.contains { $0.contains(Helpline.stopItNow.phone) })
        #expect(!HardDay.boundary.guidance(document).neverShare.isEmpty)
        #expect(HardDay.reoffended.guidance(document).neverShare.isEmpty)
    }

    @Test func aSchemaOneExportImports() throws {
        let vault =
            #"{"schema":1,"createdAt":"2026-01-01T00:00:00Z","supporters":[{"id":"5B0C1D3E-8E0A-4C59-9E5B-3C1A2B3C4D5E","#
            + #""name":"Sam","relationship":"partner","sphere":"personal","agreements":[],"sharing":{},"#
            + #""createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-01-01T00:00:00Z"}]}"#
        let text = #"{"format":"confidant-export","version":1,"exportedAt":"2026-01-02T00:00:00Z","vault":"# + vault + "}"
        let (export, signedHere) = try ExportDocument.decode(SecureBytes(copying: Array(text.utf8)), exportKey: nil)
        #expect(!signedHere)
        var mine = VaultDocument()
        try mine.addToPlan(.sign, "dreading Mondays")
        let report = mine.merge(imported: export.vault, replace: false)
        #expect(report.supporters.added == 1)
        #expect(report.plan.updated == 0)
        #expect(mine.plan.signs == ["dreading Mondays"])
    }

    /// An export never carries what belongs to one vault file (export key, id, write count,
    /// merge state), and one that does has them dropped on reading (found by fuzz-export).
    @Test func vaultOnlyFieldsAreNotTakenFromAnExport() throws {
        let text =
            #"{"format":"confidant-export","version":1,"exportedAt":"2026-01-02T00:00:00Z","vault":{"schema":2,"exportKey":"x","#
            + #""vaultId":"5B0C1D3E-8E0A-4C59-9E5B-3C1A2B3C4D5E","writeCount":9,"sync":{"stamps":{"plan":"1.0.ab"}}}}"#
        let vault = try ExportDocument.decode(SecureBytes(copying: Array(text.utf8)), exportKey: nil).export.vault
        #expect(vault.exportKey == nil && vault.vaultId == nil && vault.writeCount == 0 && vault.sync == SyncState())
    }

    @Test func importsAddCheckInsAndKeepTheNewerPlan() throws {
        var home = VaultDocument(), laptop = VaultDocument()
        try home.recordCheckIn(try Self.checkIn(3), today: Self.today)
        try laptop.recordCheckIn(try Self.checkIn(1), today: Self.today)
        try laptop.addToPlan(.strategy, "time in nature")
        var merged = home
        let report = merged.merge(imported: laptop, replace: false)
        #expect((report.checkIns.added, report.plan.updated) == (1, 1))
        #expect(merged.checkIns.count == 2 && merged.checkIns.first == home.checkIns.first)
        #expect(merged.plan.strategies == ["time in nature"])
        #expect(merged.merge(imported: laptop, replace: false).checkIns.added == 0)
        #expect(merged.checkIns.count == 2)
    }
}
