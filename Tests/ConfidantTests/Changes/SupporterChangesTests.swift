import Foundation
import Testing

@testable import Confidant

@Suite struct SupporterChangesTests {
    private func document(_ names: String...) throws -> VaultDocument {
        var document = VaultDocument()
        for name in names { try document.addSupporter(Supporter(name: name, relationship: .friend)) }
        return document
    }

    @Test func addingTrimsTheNameAndLogsIt() throws {
        let document = try document("  Sam Okafor ")
        #expect(document.supporters.map(\.name) == ["Sam Okafor"])
        #expect(document.events.map(\.kind) == [.supporterAdded])
        #expect(document.events[0].supporter == document.supporters[0].id)
    }

    @Test func aNameThatIsAnotherSupportersUnderTheKeyIsRefused() throws {
        var document = try document("Zoë Adams")
        for clash in ["Zoe Adams", "ZOË  ADAMS", "zoe\u{308} adams"] {
            #expect(throws: ConfidantError.duplicateSupporter(clash.trimmingCharacters(in: .whitespaces), existing: "Zoë Adams")) {
                try document.addSupporter(Supporter(name: clash, relationship: .friend))
            }
        }
        #expect(document.supporters.count == 1)
        #expect(document.events.count == 1)
    }

    @Test func emptyLongAndInvisibleNamesAreRefused() throws {
        var document = VaultDocument()
        for bad in ["", "   ", String(repeating: "a", count: 201), "Sam\u{202E}Okafor", "Sam\u{200B}", "Sam\u{7}"] {
            #expect(throws: ConfidantError.self) { try document.addSupporter(Supporter(name: bad, relationship: .friend)) }
        }
        #expect(document.supporters.isEmpty)
    }

    @Test func editingSetsClearsAndLeavesFields() throws {
        var document = try document("Sam")
        let id = document.supporters[0].id
        var edit = SupporterEdit()
        edit.phone = "07700 900123"
        edit.notes = "met at college"
        try document.editSupporter(id, edit)
        edit = SupporterEdit()
        edit.notes = ""
        edit.relationship = .partner
        let edited = try document.editSupporter(id, edit)
        #expect(edited.phone == "07700 900123")
        #expect(edited.notes == nil)
        #expect(edited.relationship == .partner)
        #expect(document.supporters[0] == edited)
        #expect(document.events.map(\.kind) == [.supporterAdded, .supporterEdited, .supporterEdited])
    }

    @Test func renamingMayKeepYourOwnKeyButNotTakeAnothers() throws {
        var document = try document("Sam", "Priya")
        var edit = SupporterEdit()
        edit.name = "SAM"
        #expect(try document.editSupporter(document.supporters[0].id, edit).name == "SAM")
        edit.name = "priya"
        #expect(throws: ConfidantError.duplicateSupporter("priya", existing: "Priya")) {
            try document.editSupporter(document.supporters[0].id, edit)
        }
        #expect(document.supporters[0].name == "SAM")
    }

    @Test func removingTakesOnlyThatSupporter() throws {
        var document = try document("Sam", "Priya")
        let removed = try document.removeSupporter(document.supporters[0].id)
        #expect(removed.name == "Sam")
        #expect(document.supporters.map(\.name) == ["Priya"])
        #expect(document.events.last?.kind == .supporterRemoved)
        #expect(throws: ConfidantError.self) { try document.removeSupporter(removed.id) }
    }
}
