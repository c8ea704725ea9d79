/// What an import changed (or would change, with `--dry-run`).
public struct ImportReport: Equatable, Sendable, Encodable {
    /// Counts for one kind of record.
    public struct Counts: Equatable, Sendable, Encodable {
        public var added = 0, updated = 0, unchanged = 0, removed = 0
    }

    public var supporters = Counts()
    public var terms = Counts()
    public var topics = Counts()
    public var events = Counts()
    public var checkIns = Counts()
    /// The coping plan: updated when the imported one is newer.
    public var plan = Counts()
}

extension VaultDocument {
    /// Merges `imported` into this document: records are matched by id (topics by name); a
    /// supporter present in both is replaced only when the imported copy's `updatedAt` is newer;
    /// nothing is deleted. Check-ins are matched by id; the imported plan replaces this one only
    /// when it changed later (an untouched plan dates from 1970). With `replace`, the document becomes the imported one (but keeps its
    /// own export key, vault id and write count) and the report counts what that removes.
    @discardableResult
    public mutating func merge(imported: VaultDocument, replace: Bool) -> ImportReport {
        var report = ImportReport()
        if replace {
            let kept = Set(imported.supporters.map(\.id)), keptTerms = Set(imported.terms.map(\.id))
            report.supporters.removed = supporters.filter { !kept.contains($0.id) }.count
            report.terms.removed = terms.filter { !keptTerms.contains($0.id) }.count
            report.supporters.added = imported.supporters.count
            report.terms.added = imported.terms.count
            let own = self
            self = imported
            createdAt = min(own.createdAt, imported.createdAt)
            fileState = own.fileState
            return report
        }
        let positions = Dictionary(uniqueKeysWithValues: supporters.enumerated().map { ($1.id, $0) })
        for incoming in imported.supporters {
            if let index = positions[incoming.id] {
                if incoming.updatedAt > supporters[index].updatedAt {
                    supporters[index] = incoming
                    report.supporters.updated += 1
                } else {
                    report.supporters.unchanged += 1
                }
            } else {
                supporters.append(incoming)
                report.supporters.added += 1
            }
        }
        let termIDs = Set(terms.map(\.id))
        for term in imported.terms {
            if termIDs.contains(term.id) { report.terms.unchanged += 1 } else { terms.append(term); report.terms.added += 1 }
        }
        let topicNames = Set(customTopics.map(\.name) + customBoundaryTopics.map(\.name))
        for topic in imported.customTopics where !topicNames.contains(topic.name) { customTopics.append(topic); report.topics.added += 1 }
        for topic in imported.customBoundaryTopics where !topicNames.contains(topic.name) {
            customBoundaryTopics.append(topic)
            report.topics.added += 1
        }
        let known = Set(events.map(\.identity))
        for event in imported.events where !known.contains(event.identity) {
            events.append(event)
            report.events.added += 1
        }
        events.sort { $0.at < $1.at }
        let checkInIDs = Set(checkIns.map(\.id))
        for checkIn in imported.checkIns {
            if checkInIDs.contains(checkIn.id) { report.checkIns.unchanged += 1 } else { checkIns.append(checkIn); report.checkIns.added += 1 }
        }
        checkIns.sort { ($0.on, $0.recordedAt) < ($1.on, $1.recordedAt) }
        if imported.plan.updatedAt > plan.updatedAt {
            plan = imported.plan
            report.plan.updated = 1
        } else {
            report.plan.unchanged = 1
        }
        return report
    }
}
