import Foundation
import Testing

@testable import Confidant

/// The vault document is written by two paths: the `Codable` conformances (Foundation's coders,
/// the reference for its shape) and `DocumentWriting` / `DocumentReading` (the fast path the
/// vault uses). These tests fail when a stored type gains, loses or renames a field in one of
/// them and not the other.
@Suite struct SchemaTests {
    /// The types stored in a vault document, by name.
    static let storedTypes: Set<String> = [
        "VaultDocument", "Supporter", "Agreement", "Topic", "ProtectedTerm", "Event",
        "CopingPlan", "OrganisationContact", "Helpline", "CheckIn",
    ]

    /// The sample sets every field of every stored type (an optional to a value, a collection
    /// to something, a flag to true), so the comparisons below see every field. A field added to
    /// a type without a value in the sample fails here first.
    @Test func theSampleSetsEveryField() throws {
        var declared: [String: Set<String>] = [:], set: [String: Set<String>] = [:]
        func walk(_ value: Any) {
            let mirror = Mirror(reflecting: value)
            if mirror.displayStyle == .optional { return mirror.children.first.map { walk($0.value) } ?? () }
            if [.collection, .dictionary, .set].contains(mirror.displayStyle) { return mirror.children.forEach { walk($0.value) } }
            if mirror.displayStyle == .tuple { return mirror.children.forEach { walk($0.value) } }
            let type = String(describing: Swift.type(of: value))
            guard Self.storedTypes.contains(type) else { return }
            for child in mirror.children {
                guard let label = child.label else { continue }
                declared[type, default: []].insert(label)
                if Self.isSet(child.value) { set[type, default: []].insert(label) }
                walk(child.value)
            }
        }
        walk(try Self.sample())
        #expect(Set(declared.keys) == Self.storedTypes)
        for (type, labels) in declared {
            #expect(labels.subtracting(set[type] ?? []).isEmpty, "the sample leaves \(type).\(labels.subtracting(set[type] ?? []).sorted()) unset")
        }
    }

    /// Both writers produce the same key paths, and each reader reads what the other writer wrote.
    @Test func bothPathsAgree() throws {
        let document = try Self.sample()
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = Timestamp.encoding
        let viaCodable = try encoder.encode(document)
        let viaWriter = try DocumentCodec.encode(document).withUnsafeBytes { Data($0) }
        let codableKeys = Self.keyPaths(try JSONSerialization.jsonObject(with: viaCodable))
        let writerKeys = Self.keyPaths(try JSONSerialization.jsonObject(with: viaWriter))
        #expect(codableKeys.subtracting(writerKeys).isEmpty, "only Codable writes \(codableKeys.subtracting(writerKeys).sorted())")
        #expect(writerKeys.subtracting(codableKeys).isEmpty, "only JSONWriter writes \(writerKeys.subtracting(codableKeys).sorted())")

        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = Timestamp.decoding
        #expect(try decoder.decode(VaultDocument.self, from: viaWriter) == document)
        #expect(try DocumentCodec.decode(.init(copying: Array(viaCodable))) == document)
        var exported = document
        // Never written into an export: what belongs to this vault file alone.
        (exported.exportKey, exported.vaultId, exported.writeCount, exported.sync) = (nil, nil, 0, SyncState())
        let export = ExportDocument(vault: document, exportedAt: document.createdAt)
        #expect(
            try ExportDocument.decode(export.encoded(exportKey: document.exportKey!), exportKey: document.exportKey).export
                == ExportDocument(vault: exported, exportedAt: document.createdAt))
    }

    /// `list --json` is written without the encoder but must be what the encoder writes.
    @Test func theListingIsWhatTheEncoderWrites() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let listings = try Self.sample().supporters.map(SupporterListing.init)
        for rows in [listings, [], Array(listings.prefix(1))] {
            let expected = String(decoding: try encoder.encode(rows), as: UTF8.self) + "\n"
            #expect(String(decoding: try SupporterListing.json(rows), as: UTF8.self) == expected)
        }
    }

    // MARK: Helpers

    /// A document using every field, with awkward strings.
    static func sample() throws -> VaultDocument {
        var document = VaultDocument(createdAt: Date(timeIntervalSince1970: 1_700_000_000))
        var sam = Supporter(name: "Sam \"Quotes\" \\ Zoë 😀 / \u{8}\u{c}\u{1b}", relationship: .partner)
        sam.phone = "07700 900123"
        sam.email = "sam@example.org"
        sam.availability = "evenings"
        sam.notes = "line one\nline two\ttab \u{01} control"
        sam.impactOnThem = "worries"
        sam.impactOnRelationship = "less time together"
        sam.offers = "listening \"24/7\""
        sam.access = "through HR"
        sam.agreements = [
            Agreement(
                status: .agreed, on: Day("2026-05-01")!, willing: .yes, able: .unsure,
                support: [.listening, .emergencyContact, .other], otherSupport: "a coffee after bad home visits",
                limits: ["not after 10pm"], reviewOn: Day("2026-11-01"))
        ]
        sam.sharing = ["workload": .care, "case-details": .never]
        document.supporters = [sam, Supporter(name: "Priya", relationship: .supervisor)]
        document.customTopics = [Topic(name: "my-health", meaning: "my health")]
        _ = try document.addTerms(["Darren Pike"], kind: .client, note: "fictional")
        try document.setGoesBy(["Daz"], forTerm: "Darren Pike")
        _ = try document.addTerms(["AB123456"], kind: .caseRef, note: nil, exact: true)
        document.boundaries["hobbies"] = .care
        document.customBoundaryTopics = [Topic(name: "pets", meaning: "my pets")]
        document.topicWords = ["my-health": ["hospital", "~scan"]]
        document.log(.supporterAdded, supporter: sam.id, "added Sam")
        document.log(.termsAdded, "2 terms")
        document.writeCount = 42
        try document.addToPlan(.sign, "snapping at home")
        try document.addToPlan(.response, "keeping busy")
        try document.addToPlan(.strategy, "a short walk before going home")
        try document.addPlanPerson(sam.id)
        try document.setOrganisationContact(
            OrganisationContact(kind: .employeeAssistance, who: "HR", phone: "0800 000 0000", email: "eap@example.org"))
        try document.setCheckInReminder(days: 14)
        try document.recordCheckIn(
            CheckIn(
                on: Day("2026-05-02")!, ratings: [.impactOnMe: 3, .switchingOff: 0],
                note: "tired \"but\" ok", happened: [.reoffended]), today: Day("2026-05-03")!)
        let before = document
        document.supporters.removeLast()
        document.stampChanges(from: before, at: Stamp(wall: 1_700_000_000_000, counter: 2, device: "a1b2c3d4e5f60718"))
        return document
    }

    /// Whether a field's value counts as set: a present optional, a non-empty collection, true.
    private static func isSet(_ value: Any) -> Bool {
        if let flag = value as? Bool { return flag }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional, .collection, .dictionary, .set: return !mirror.children.isEmpty
        default: return true
        }
    }

    /// Every key path in a JSON value, arrays written as `[]`: `supporters[].agreements[].on`.
    private static func keyPaths(_ json: Any, _ prefix: String = "") -> Set<String> {
        if let object = json as? [String: Any] {
            // Maps keyed by data (sharing levels, boundaries, topic words) are one path.
            if ["sharing", "boundaries", "topicWords", "ratings", "stamps", "removed"].contains(where: { prefix.hasSuffix($0) }) {
                return [prefix + "{}"]
            }
            return object.reduce(into: []) { paths, entry in
                let path = prefix.isEmpty ? entry.key : prefix + "." + entry.key
                paths.insert(path)
                paths.formUnion(keyPaths(entry.value, path))
            }
        }
        if let array = json as? [Any] { return array.reduce(into: []) { $0.formUnion(keyPaths($1, prefix + "[]")) } }
        return []
    }
}
