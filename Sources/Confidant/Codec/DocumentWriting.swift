import Foundation

// Encoding the vault document with `JSONWriter`, in the same shape as the `Codable` conformances
// (nil optionals omitted). The tests check that Foundation's `JSONDecoder` reads the result back
// to an equal document.

extension VaultDocument {
    /// The document; an export (`asExport`) leaves out what belongs to this vault file alone:
    /// the export key, the vault id, the write count and the merge state.
    func write(to writer: inout JSONWriter, asExport: Bool = false) {
        writer.object { writer in
            writer.field("schema", schema)
            writer.field("createdAt", Timestamp.format(createdAt))
            writer.key("supporters")
            writer.array(supporters) { $1.write(to: &$0) }
            writer.key("customTopics")
            writer.array(customTopics) { $1.write(to: &$0) }
            writer.key("terms")
            writer.array(terms) { $1.write(to: &$0) }
            writer.field("boundaries", boundaries.mapValues(\.rawValue))
            writer.key("customBoundaryTopics")
            writer.array(customBoundaryTopics) { $1.write(to: &$0) }
            writer.key("events")
            writer.array(events) { $1.write(to: &$0) }
            writer.key("topicWords")
            writer.object { writer in
                for (topic, words) in topicWords.sorted(by: { $0.key < $1.key }) { writer.field(topic, words) }
            }
            writer.key("plan")
            plan.write(to: &writer)
            writer.key("checkIns")
            writer.array(checkIns) { $1.write(to: &$0) }
            if !asExport { fileState.write(to: &writer) }
        }
    }
}

extension FileState {
    /// Its fields, into the document object being written (never into an export).
    func write(to writer: inout JSONWriter) {
        writer.field("exportKey", exportKey)
        writer.field("vaultId", vaultId.map(UUIDText.format))
        writer.field("writeCount", writeCount)
        writer.key("sync")
        writer.object { writer in
            writer.field("clock", sync.clock?.description)
            writer.field("stamps", sync.stamps.mapValues(\.description))
            writer.field("removed", sync.removed.mapValues(\.description))
            writer.field("seen", sync.seen.mapValues(\.description))
        }
    }
}

extension Supporter {
    func write(to writer: inout JSONWriter) {
        writer.object { writer in
            writer.field("id", UUIDText.format(id))
            writer.field("name", name)
            writer.field("relationship", relationship.rawValue)
            writer.field("sphere", sphere.rawValue)
            writer.field("phone", phone)
            writer.field("email", email)
            writer.field("availability", availability)
            writer.field("notes", notes)
            writer.field("impactOnThem", impactOnThem)
            writer.field("impactOnRelationship", impactOnRelationship)
            writer.field("offers", offers)
            writer.field("access", access)
            writer.key("agreements")
            writer.array(agreements) { $1.write(to: &$0) }
            writer.field("sharing", sharing.mapValues(\.rawValue))
            writer.field("createdAt", Timestamp.format(createdAt))
            writer.field("updatedAt", Timestamp.format(updatedAt))
        }
    }
}

extension Agreement {
    func write(to writer: inout JSONWriter) {
        writer.object { writer in
            writer.field("status", status.rawValue)
            writer.field("on", on.description)
            writer.field("willing", willing?.rawValue)
            writer.field("able", able?.rawValue)
            writer.field("support", support.map(\.rawValue))
            writer.field("otherSupport", otherSupport)
            writer.field("limits", limits)
            writer.field("reviewOn", reviewOn?.description)
            writer.field("recordedAt", Timestamp.format(recordedAt))
        }
    }
}

extension Topic {
    func write(to writer: inout JSONWriter) {
        writer.object { writer in
            writer.field("name", name)
            writer.field("meaning", meaning)
        }
    }
}

extension ProtectedTerm {
    func write(to writer: inout JSONWriter) {
        writer.object { writer in
            writer.field("id", UUIDText.format(id))
            writer.field("term", term)
            writer.field("kind", kind.rawValue)
            writer.field("note", note)
            writer.field("addedAt", Timestamp.format(addedAt))
            if exact { writer.field("exact", true) }
            if !goesBy.isEmpty { writer.field("goesBy", goesBy) }
        }
    }
}

extension Event {
    func write(to writer: inout JSONWriter) {
        writer.object { writer in
            writer.field("at", Timestamp.format(at))
            writer.field("kind", kind.rawValue)
            writer.field("supporter", supporter.map(UUIDText.format))
            writer.field("summary", summary)
        }
    }
}

extension CopingPlan {
    func write(to writer: inout JSONWriter) {
        writer.object { writer in
            writer.field("signs", signs)
            writer.field("responses", responses)
            writer.field("strategies", strategies)
            writer.field("people", people.map(UUIDText.format))
            writer.key("organisation")
            writer.array(organisation) { writer, contact in
                writer.object { writer in
                    writer.field("kind", contact.kind.rawValue)
                    writer.field("who", contact.who)
                    writer.field("phone", contact.phone)
                    writer.field("email", contact.email)
                }
            }
            writer.key("helplines")
            writer.array(helplines) { writer, helpline in
                writer.object { writer in
                    writer.field("name", helpline.name)
                    writer.field("phone", helpline.phone)
                    writer.field("country", helpline.country)
                    writer.field("note", helpline.note)
                }
            }
            writer.field("checkInEvery", checkInEvery)
            writer.field("updatedAt", Timestamp.format(updatedAt))
        }
    }
}

extension CheckIn {
    func write(to writer: inout JSONWriter) {
        writer.object { writer in
            writer.field("id", UUIDText.format(id))
            writer.field("on", on.description)
            writer.field("ratings", ratings)
            writer.field("note", note)
            writer.field("happened", happened.map(\.rawValue))
            writer.field("recordedAt", Timestamp.format(recordedAt))
        }
    }
}
