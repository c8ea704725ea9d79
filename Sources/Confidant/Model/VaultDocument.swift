import Foundation

/// The decrypted content of a vault: everything Confidant keeps, as one JSON document.
///
/// `schema` numbers the document's shape. A reader refuses documents newer than it knows (before
/// reading the rest, since a newer shape may not parse). Within a schema, fields are only added:
/// every collection may be absent (a vault made before it existed) and reads as empty, and unknown
/// keys are skipped. A change that cannot be expressed that way takes a new number, and
/// `DocumentCodec` reads the older schemas and upgrades them in memory (`upgrade`), so the next
/// save writes the current one. docs/EXPORT.md gives each schema's change.
///
/// Schema 2 added the coping plan and check-ins. It had to be a new number although it only adds
/// fields: a Confidant that reads schema 1 skips keys it does not know, and would have dropped the
/// plan and every check-in on its next save; with schema 2 it refuses the vault instead.
public struct VaultDocument: Codable, Equatable, Sendable {
    /// The schema this code writes.
    public static let currentSchema = 4

    /// The document's schema number.
    public var schema: Int
    /// When the vault was created.
    public var createdAt: Date
    /// Your supporters.
    public var supporters: [Supporter]
    /// Topics you added to the built-in ones.
    public var customTopics: [Topic]
    /// Names and references that must never be shared outside work.
    public var terms: [ProtectedTerm]
    /// Your levels for disclosure to the people you work with, by topic name.
    public var boundaries: [String: SharingLevel]
    /// Disclosure topics you added to the built-in ones.
    public var customBoundaryTopics: [Topic]
    /// What changed, and when.
    public var events: [Event]
    /// Topic word lists the user changed (absent topics use `TopicWords.builtIn`).
    public var topicWords: [String: [String]]
    /// The key that signs this vault's exports (`ExportAuthenticator`; Base64 of 32 random
    /// bytes). Absent in a vault made before exports were signed: the next write adds one.
    /// Never written into an export.
    public var exportKey: String?
    /// This vault's identity: random, made when the vault is created (or by the next write of a
    /// vault made before ids existed), kept through `passwd`, `rekey`, restore and import. With
    /// the file's path it names the vault's entry in the last-seen state (`LastSeen`). Never
    /// written into an export.
    public var vaultId: UUID?
    /// How many times the vault has been written: each write sets it one above the highest of
    /// its own value and the last this account saw, so a file replaced by an older copy shows a
    /// lower count (`OpenVault.rollback`). Absent (0) in a vault made before it existed. Never
    /// written into an export.
    public var writeCount: Int
    /// Your coping plan (schema 2; a schema-1 vault reads with the starting plan).
    public var plan: CopingPlan
    /// Your check-ins, oldest first (schema 2).
    public var checkIns: [CheckIn]
    /// When each record changed or was removed, for merging copies of this vault (`SyncState`;
    /// docs/SYNC.md). Absent in a vault made before it existed: every record reads as never
    /// stamped. Never written into an export.
    public var sync: SyncState

    /// An empty vault document created now, with the built-in disclosure boundaries.
    public init(createdAt: Date = .currentSecond) {
        schema = Self.currentSchema
        self.createdAt = createdAt
        supporters = []
        customTopics = []
        terms = []
        boundaries = Dictionary(uniqueKeysWithValues: DisclosureBoundary.builtIn.map { ($0.topic.name, $0.level) })
        customBoundaryTopics = []
        events = []
        topicWords = [:]
        exportKey = try? ExportAuthenticator.newKey()
        vaultId = UUID()
        writeCount = 0
        plan = CopingPlan()
        checkIns = []
        sync = SyncState()
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        // A document may lack its creation time (docs/FORMAT.md's vector is `{"schema":1}`).
        self.init(createdAt: try container.decodeIfPresent(Date.self, forKey: .createdAt) ?? Date(timeIntervalSince1970: 0))
        schema = try container.decode(Int.self, forKey: .schema)
        supporters = try container.decodeIfPresent([Supporter].self, forKey: .supporters) ?? []
        customTopics = try container.decodeIfPresent([Topic].self, forKey: .customTopics) ?? []
        terms = try container.decodeIfPresent([ProtectedTerm].self, forKey: .terms) ?? []
        boundaries = try container.decodeIfPresent([String: SharingLevel].self, forKey: .boundaries) ?? boundaries
        customBoundaryTopics = try container.decodeIfPresent([Topic].self, forKey: .customBoundaryTopics) ?? []
        events = try container.decodeIfPresent([Event].self, forKey: .events) ?? []
        topicWords = try container.decodeIfPresent([String: [String]].self, forKey: .topicWords) ?? [:]
        exportKey = try container.decodeIfPresent(String.self, forKey: .exportKey)
        vaultId = try container.decodeIfPresent(UUID.self, forKey: .vaultId)
        writeCount = try container.decodeIfPresent(Int.self, forKey: .writeCount) ?? 0
        plan = try container.decodeIfPresent(CopingPlan.self, forKey: .plan) ?? plan
        checkIns = try container.decodeIfPresent([CheckIn].self, forKey: .checkIns) ?? []
        sync = try container.decodeIfPresent(SyncState.self, forKey: .sync) ?? SyncState()
        try upgrade()
    }

    /// Brings a document read in an older schema to the current one, in memory: schema 1 had no
    /// plan and no check-ins, so it gains the starting plan (dated 1970, so that it never
    /// replaces a plan on import) and none; schema 3 and before logged a removal of check-ins as
    /// `checkInRecorded`, re-kinded here; terms stamped by id are stamped by their text. The next
    /// save writes the current schema.
    /// - Throws: `ConfidantError.newerSchema`, `.invalidDocument` for a schema below 1.
    mutating func upgrade() throws {
        guard schema <= Self.currentSchema else { throw ConfidantError.newerSchema(found: schema, supported: Self.currentSchema) }
        guard schema >= 1 else { throw ConfidantError.invalidDocument("schema \(schema) is not a schema") }
        let read = schema
        schema = Self.currentSchema
        // Schema 3 and before logged a check-in's removal as a check-in recorded.
        if read < 4 {
            for (index, event) in events.enumerated() where event.kind == .checkInRecorded && event.summary.hasSuffix(" removed") {
                events[index] = Event(.checkInRemoved, supporter: event.supporter, summary: event.summary, at: event.at)
            }
        }
        // Terms were stamped by id before the same term added on two devices became one record.
        if sync.stamps.keys.contains(where: { $0.utf8.count == 41 && $0.hasPrefix("term/") }) {
            for term in terms {
                if let stamp = sync.stamps.removeValue(forKey: "term/" + UUIDText.format(term.id)) {
                    sync.stamps[SyncedRecords.termKey(term)] = stamp
                }
            }
        }
    }

    /// Every topic sharing limits can name: built-in first, then yours.
    public var topics: [Topic] { Topic.builtIn + customTopics }

    /// Every disclosure-boundary topic: built-in first, then yours.
    public var boundaryTopics: [Topic] { DisclosureBoundary.builtIn.map(\.topic) + customBoundaryTopics }

    /// Appends an event to the log.
    public mutating func log(_ kind: Event.Kind, supporter: UUID? = nil, _ summary: String) {
        events.append(Event(kind, supporter: supporter, summary: summary))
    }
}
