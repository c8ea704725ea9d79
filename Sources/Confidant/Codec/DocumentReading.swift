import Foundation

// Decoding the vault document with `JSONReader`. The field names and shapes are exactly those of
// the types' `Codable` conformances (which remain the reference, and produce `--json` output and
// exports); the tests check that both read the same document identically. Unknown keys are
// skipped, absent optionals read as nil, absent required fields are errors naming the field.

extension VaultDocument {
    init(reading reader: inout JSONReader) throws {
        self.init(createdAt: Date(timeIntervalSince1970: 0))
        exportKey = nil
        vaultId = nil
        var seen: Set<String> = []
        try reader.object { reader, key in
            seen.insert(key.string)
            switch key {
            case "schema":
                schema = try reader.integer()
                // Checked as soon as it is read: a newer schema may not parse as this one.
                guard schema <= Self.currentSchema else {
                    throw ConfidantError.newerSchema(found: schema, supported: Self.currentSchema)
                }
            case "createdAt": createdAt = try reader.bytesValue("timestamp", Timestamp.parse)
            case "supporters": supporters = try reader.list(atMost: Limits.supporters, of: "supporters") { try Supporter(reading: &$0) }
            case "customTopics": customTopics = try reader.list(atMost: Limits.topics, of: "topics") { try Topic(reading: &$0) }
            case "terms": terms = try reader.list(atMost: Limits.terms, of: "protected terms") { try ProtectedTerm(reading: &$0) }
            case "boundaries": boundaries = try reader.map("sharing level") { SharingLevel(rawValue: String(decoding: $0, as: UTF8.self)) }
            case "customBoundaryTopics": customBoundaryTopics = try reader.list(atMost: Limits.topics, of: "topics") { try Topic(reading: &$0) }
            case "events": events = try reader.list(atMost: Limits.events, of: "log entries") { try Event(reading: &$0) }
            case "topicWords":
                try reader.object { reader, topic in topicWords[topic.string] = try reader.list { try $0.string() } }
            case "exportKey": exportKey = try reader.string()
            case "vaultId": vaultId = try reader.bytesValue("id", UUIDText.parse)
            case "writeCount":
                writeCount = try reader.integer()
                guard (0...Int(Stamp.largest)).contains(writeCount) else { throw ConfidantError.invalidDocument("the write count is out of range") }
            case "plan": plan = try CopingPlan(reading: &reader)
            case "checkIns": checkIns = try reader.list(atMost: Limits.checkIns, of: "check-ins") { try CheckIn(reading: &$0) }
            // Written last, so the records it stamps are known: room for their stamps at once.
            case "sync": sync = try SyncState(reading: &reader, records: terms.count + 6 * supporters.count + checkIns.count)
            default: try reader.skipValue()
            }
        }
        try require(["schema"], in: seen, of: "the document")
        try requireUniqueIDs()
        try upgrade()
    }
}

extension Supporter {
    init(reading reader: inout JSONReader) throws {
        var id: UUID?, name: String?, relationship: Relationship?, sphere: Sphere?, createdAt: Date?, updatedAt: Date?
        var fields = Fields()
        try reader.object { reader, key in
            switch key {
            case "id": id = try reader.bytesValue("id", UUIDText.parse)
            case "name": name = try reader.string()
            case "relationship": relationship = try reader.value("relationship", Relationship.init(rawValue:))
            case "sphere": sphere = try reader.value("sphere", Sphere.init(rawValue:))
            case "createdAt": createdAt = try reader.bytesValue("timestamp", Timestamp.parse)
            case "updatedAt": updatedAt = try reader.bytesValue("timestamp", Timestamp.parse)
            default: try fields.read(key, from: &reader)
            }
        }
        guard let id, let name, let relationship, let sphere, let createdAt, let updatedAt else {
            throw ConfidantError.invalidDocument("a supporter lacks id, name, relationship, sphere or a timestamp")
        }
        self.init(id: id, name: name, relationship: relationship, sphere: sphere, createdAt: createdAt, updatedAt: updatedAt)
        (phone, email, availability, notes) = (fields.phone, fields.email, fields.availability, fields.notes)
        (impactOnThem, impactOnRelationship, offers, access) = (fields.impactOnThem, fields.impactOnRelationship, fields.offers, fields.access)
        (agreements, sharing) = (fields.agreements, fields.sharing)
    }

    /// The optional and collection fields of a supporter record.
    private struct Fields {
        var phone, email, availability, notes, impactOnThem, impactOnRelationship, offers, access: String?
        var agreements: [Agreement] = []
        var sharing: [String: SharingLevel] = [:]

        mutating func read(_ key: JSONKey, from reader: inout JSONReader) throws {
            switch key {
            case "phone": phone = try optionalString(&reader)
            case "email": email = try optionalString(&reader)
            case "availability": availability = try optionalString(&reader)
            case "notes": notes = try optionalString(&reader)
            case "impactOnThem": impactOnThem = try optionalString(&reader)
            case "impactOnRelationship": impactOnRelationship = try optionalString(&reader)
            case "offers": offers = try optionalString(&reader)
            case "access": access = try optionalString(&reader)
            case "agreements": agreements = try reader.list { try Agreement(reading: &$0) }
            case "sharing": sharing = try reader.map("sharing level") { SharingLevel(rawValue: String(decoding: $0, as: UTF8.self)) }
            default: try reader.skipValue()
            }
        }
    }
}

extension Agreement {
    init(reading reader: inout JSONReader) throws {
        var status: AgreementStatus?, on: Day?, recordedAt: Date?
        var record = Agreement(status: .notAsked, on: Day(date: Date(timeIntervalSince1970: 0)))
        try reader.object { reader, key in
            switch key {
            case "status": status = try reader.value("status", AgreementStatus.init(rawValue:))
            case "on": on = try reader.value("date", Day.init)
            case "willing": record.willing = try reader.null() ? nil : try reader.value("answer", Answer.init(rawValue:))
            case "able": record.able = try reader.null() ? nil : try reader.value("answer", Answer.init(rawValue:))
            case "support": record.support = try reader.list { try $0.value("support kind", SupportKind.init(rawValue:)) }
            case "otherSupport": record.otherSupport = try reader.null() ? nil : try reader.string()
            case "limits": record.limits = try reader.list { try $0.string() }
            case "reviewOn": record.reviewOn = try reader.null() ? nil : try reader.value("date", Day.init)
            case "recordedAt": recordedAt = try reader.bytesValue("timestamp", Timestamp.parse)
            default: try reader.skipValue()
            }
        }
        guard let status, let on, let recordedAt else { throw ConfidantError.invalidDocument("an agreement lacks status, on or recordedAt") }
        (record.status, record.on, record.recordedAt) = (status, on, recordedAt)
        self = record
    }
}

extension Topic {
    init(reading reader: inout JSONReader) throws {
        var name: String?, meaning: String?
        try reader.object { reader, key in
            switch key {
            case "name": name = try reader.string()
            case "meaning": meaning = try reader.string()
            default: try reader.skipValue()
            }
        }
        guard let name, let meaning else { throw ConfidantError.invalidDocument("a topic lacks name or meaning") }
        self.init(name: name, meaning: meaning)
    }
}

extension ProtectedTerm {
    init(reading reader: inout JSONReader) throws {
        var id: UUID?, term: String?, kind: TermKind?, note: String?, addedAt: Date?, exact = false, goesBy: [String] = []
        try reader.object { reader, key in
            switch key {
            case "id": id = try reader.bytesValue("id", UUIDText.parse)
            case "term": term = try reader.string()
            case "kind": kind = try reader.bytesValue("term kind", TermKind.init(utf8:))
            case "note": note = try optionalString(&reader)
            case "addedAt": addedAt = try reader.bytesValue("timestamp", Timestamp.parse)
            case "exact": exact = try reader.boolean()
            case "goesBy": goesBy = try reader.list { try $0.string() }
            default: try reader.skipValue()
            }
        }
        guard let id, let term, let kind, let addedAt else {
            throw ConfidantError.invalidDocument("a protected term lacks id, term, kind or addedAt")
        }
        self.init(id: id, term: term, kind: kind, note: note, addedAt: addedAt, exact: exact, goesBy: goesBy)
    }
}

extension Event {
    init(reading reader: inout JSONReader) throws {
        var at: Date?, kind: Kind?, supporter: UUID?, summary: String?
        try reader.object { reader, key in
            switch key {
            case "at": at = try reader.bytesValue("timestamp", Timestamp.parse)
            case "kind": kind = try reader.value("event kind", Kind.init(rawValue:))
            case "supporter": supporter = try reader.null() ? nil : try reader.bytesValue("id", UUIDText.parse)
            case "summary": summary = try reader.string()
            default: try reader.skipValue()
            }
        }
        guard let at, let kind, let summary else { throw ConfidantError.invalidDocument("an event lacks at, kind or summary") }
        self.init(kind, supporter: supporter, summary: summary, at: at)
    }
}

extension CopingPlan {
    init(reading reader: inout JSONReader) throws {
        self.init()
        try reader.object { reader, key in
            switch key {
            case "signs": signs = try reader.list { try $0.string() }
            case "responses": responses = try reader.list { try $0.string() }
            case "strategies": strategies = try reader.list { try $0.string() }
            case "people": people = try reader.list { try $0.bytesValue("id", UUIDText.parse) }
            case "organisation": organisation = try reader.list { try OrganisationContact(reading: &$0) }
            case "helplines": helplines = try reader.list { try Helpline(reading: &$0) }
            case "checkInEvery": checkInEvery = try reader.null() ? nil : try reader.integer()
            case "updatedAt": updatedAt = try reader.bytesValue("timestamp", Timestamp.parse)
            default: try reader.skipValue()
            }
        }
    }
}

extension OrganisationContact {
    init(reading reader: inout JSONReader) throws {
        var kind: OrganisationSupport?, who: String?, phone: String?, email: String?
        try reader.object { reader, key in
            switch key {
            case "kind": kind = try reader.value("organisational support", OrganisationSupport.init(rawValue:))
            case "who": who = try optionalString(&reader)
            case "phone": phone = try optionalString(&reader)
            case "email": email = try optionalString(&reader)
            default: try reader.skipValue()
            }
        }
        guard let kind else { throw ConfidantError.invalidDocument("an organisational contact lacks its kind") }
        self.init(kind: kind, who: who, phone: phone, email: email)
    }
}

extension Helpline {
    init(reading reader: inout JSONReader) throws {
        var name: String?, phone: String?, country: String?, note: String?
        try reader.object { reader, key in
            switch key {
            case "name": name = try reader.string()
            case "phone": phone = try reader.string()
            case "country": country = try reader.string()
            case "note": note = try optionalString(&reader)
            default: try reader.skipValue()
            }
        }
        guard let name, let phone, let country else { throw ConfidantError.invalidDocument("a helpline lacks name, phone or country") }
        self.init(name: name, phone: phone, country: country, note: note)
    }
}

extension CheckIn {
    init(reading reader: inout JSONReader) throws {
        var id: UUID?, on: Day?, recordedAt: Date?, note: String?
        var ratings: [Rating: Int] = [:], happened: [Happening] = []
        try reader.object { reader, key in
            switch key {
            case "id": id = try reader.bytesValue("id", UUIDText.parse)
            case "on": on = try reader.value("date", Day.init)
            case "ratings":
                try reader.object { reader, rating in
                    guard let known = Rating(rawValue: rating.string) else { return try reader.skipValue() }
                    ratings[known] = try reader.integer()
                }
            case "note": note = try optionalString(&reader)
            case "happened": happened = try reader.list { try $0.value("happening", Happening.init(rawValue:)) }
            case "recordedAt": recordedAt = try reader.bytesValue("timestamp", Timestamp.parse)
            default: try reader.skipValue()
            }
        }
        guard let id, let on, let recordedAt else { throw ConfidantError.invalidDocument("a check-in lacks id, on or recordedAt") }
        try self.init(on: on, ratings: ratings, note: note, happened: happened, id: id, recordedAt: recordedAt)
    }
}

extension SyncState {
    /// The sync state of a document holding about `records` stamped records.
    init(reading reader: inout JSONReader, records: Int) throws {
        self.init()
        // A vault's stamps come from a few devices: each device's name is made once (the first 16
        // kept, so that a crafted document of many devices costs no more than one string each).
        var devices: [(bytes: [UInt8], name: String)] = []
        func stamp(_ bytes: UnsafeBufferPointer<UInt8>) -> Stamp? {
            Stamp(utf8: bytes) { name in
                for device in devices
                where device.bytes.count == name.count && (name.isEmpty || memcmp(device.bytes, name.baseAddress!, name.count) == 0) {
                    return device.name
                }
                let device = String(decoding: name, as: UTF8.self)
                if devices.count < 16 { devices.append((Array(name), device)) }
                return device
            }
        }
        try reader.object { reader, key in
            switch key {
            case "clock": clock = try reader.bytesValue("stamp", stamp)
            case "stamps": stamps = try reader.map("stamp", reserving: min(records, Limits.terms + Limits.supporters), stamp)
            case "removed": removed = try reader.map("stamp", stamp)
            case "seen": seen = try reader.map("stamp", stamp)
            default: try reader.skipValue()
            }
        }
    }
}

private func optionalString(_ reader: inout JSONReader) throws -> String? {
    try reader.null() ? nil : try reader.string()
}

private func require(_ keys: [String], in seen: Set<String>, of what: String) throws {
    for key in keys where !seen.contains(key) { throw ConfidantError.invalidDocument("missing \(key) in \(what)") }
}

extension TermKind {
    /// The kind these UTF-8 bytes spell, compared in place (the reader's fast path).
    init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        switch JSONKey(bytes: UnsafeRawBufferPointer(bytes)) {
        case "client": self = .client
        case "victim": self = .victim
        case "colleague": self = .colleague
        case "person": self = .person
        case "case-ref": self = .caseRef
        case "place": self = .place
        case "other": self = .other
        default: return nil
        }
    }
}
