import ClaimFlow
import FoundationEssentials

/// SavedProgress ⇄ rows. Writing takes the progress as it was and as it is and touches only the
/// rows that differ, so a saved keystroke costs the same with five years of history as with none
/// (issue 11): untouched lists share storage, and comparing them is a pointer check.
enum ProgressRows {
    struct UnreadableValue: Error, CustomStringConvertible {
        var table: String
        var value: String
        var description: String { "\(table): \(value)" }
    }

    // MARK: reading

    /// Parts of the progress that are read as a whole. Each has a counter, a column of the
    /// revision row (v3), moved by every save that writes the section, so a window reloads
    /// only what moved.
    enum Section: String, CaseIterable {
        case place, flows, changes, submissions, profile, extensions, triages, contacts, certificates

        /// The tables whose rows make up the section.
        var tables: [String] {
            switch self {
            case .flows: return ["flow_progress", "answers", "drafts"]
            default: return [rawValue]
            }
        }
    }

    /// Each section's counter, as the triggers left it.
    /// Each section's counter, in the order of `Section.allCases`.
    static func sectionCounters(_ db: Database) throws -> [Int] {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: countersQuery)) else { return [] }
        return Section.allCases.indices.map { row[$0] }
    }

    /// Moves the revision to `revision` and the counter of each section written: the one
    /// statement every save ends with, so no save can move one without the other. The new revision
    /// goes to the windows' `RevisionHint` too, while the save holds the write lock.
    static func markSaved(_ db: Database, revision: Int, sections: Set<Section>, hint: RevisionHint?) throws {
        // Appended, not `joined()`: see countersQuery.
        var sql = "UPDATE revision SET value = ?"
        for section in Section.allCases where sections.contains(section) {
            sql += ", " + section.rawValue + " = " + section.rawValue + " + 1"
        }
        try db.executeCached(sql: sql, arguments: [revision])
        hint?.publish(revision)
    }

    /// Built by appending, not `joined`: that generic call looked up an associated type at run time and
    /// scanned every conformance record of the binary for it (0.4 M instructions of every start, issue 19).
    private static let countersQuery: String = {
        var query = "SELECT "
        for (index, section) in Section.allCases.enumerated() {
            if index > 0 { query += ", " }
            query += section.rawValue
        }
        return query + " FROM revision"
    }()

    static func read(_ db: Database) throws -> SavedProgress {
        var progress = SavedProgress()
        for section in Section.allCases { try read(section, db, into: &progress) }
        return progress
    }

    /// Replaces one section of `progress` with what is saved.
    static func read(_ section: Section, _ db: Database, into progress: inout SavedProgress) throws {
        switch section {
        case .place:
            progress.location = SavedProgress().location
            progress.menuCursor = 0
            progress.changesPlace = ChangesPlace()
            progress.certificatesPlace = CertificatesPlace()
            if let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT location, menu_cursor, changes_place, certificates_place FROM place")) {
                progress.location = try parsed(row["location"], table: "place", SavedPlaceJSON.location)
                progress.menuCursor = row["menu_cursor"]
                if let place: String = row["changes_place"] {
                    progress.changesPlace = try parsed(place, table: "place", SavedPlaceJSON.changesPlace)
                }
                if let place: String = row["certificates_place"] {
                    progress.certificatesPlace = try parsed(place, table: "place", SavedPlaceJSON.certificatesPlace)
                }
            }
        case .flows:
            progress.flows = [:]
            for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM flow_progress")) {
                let id: String = row["flow"]
                var flow = FlowProgress(start: row["current_step"], at: try time(row["updated_at"], table: "flow_progress"))
                flow.history = try parsed(row["history"], table: "flow_progress", SavedPlaceJSON.strings)
                flow.cursor = row["cursor"]
                flow.completed = row["completed"]
                if let revisit: String = row["revisit"] { flow.revisit = try json(Revisit.self, revisit, table: "flow_progress") }
                progress.flows[id] = flow
            }
            for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT flow, step, text, caret FROM drafts")) {
                let flow: String = row["flow"], step: String = row["step"]
                progress.flows[flow]?.drafts[step] = FieldDraft(text: row["text"], caret: row["caret"])
            }
            for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT flow, step, answer, answered_at FROM answers")) {
                let flow: String = row["flow"], step: String = row["step"]
                if let answer: String = row["answer"] {
                    progress.flows[flow]?.answers[step] = try parsed(answer, table: "answers", SavedValueJSON.answer)
                }
                if let at: String = row["answered_at"] {
                    progress.flows[flow]?.answeredAt[step] = try time(at, table: "answers")
                }
            }
        case .changes:
            progress.changes = try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM changes ORDER BY date, id")).map { row in
                guard let date = CivilDate(parsing: row["date"]), let kind = ChangeKind(rawValue: row["kind"]) else {
                    throw UnreadableValue(table: "changes", value: "\(row)")
                }
                // v5: the state is the clerk's (done_on repeats a done change's date, for readers of the table).
                let stateText: String = row["state"]
                guard let state = ChangeState(rawValue: stateText) else { throw UnreadableValue(table: "changes", value: stateText) }
                return ChangeRecord(id: row["id"], date: date, kind: kind, note: row["note"],
                                    recordedAt: try time(row["recorded_at"], table: "changes"), state: state,
                                    history: try json([ChangeRevision].self, row["history"], table: "changes"))
            }
        case .submissions:
            progress.submissions = Submission.ordered(try String.fetchAll(db.cachedStatement(sql: "SELECT record FROM submissions")).map {
                try json(Submission.self, $0, table: "submissions")
            })
        case .profile:
            progress.payers = []
            if let payers = try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM profile WHERE key = 'payers'")) {
                progress.payers = try parsed(payers, table: "profile", SavedValueJSON.payers)
            }
        case .extensions:
            progress.extensions = try String.fetchAll(db.cachedStatement(sql: "SELECT record FROM extensions ORDER BY month, payer")).map {
                try json(WindowExtension.self, $0, table: "extensions")
            }
        case .triages:
            progress.triages = try String.fetchAll(db.cachedStatement(sql: "SELECT record FROM triages ORDER BY seq")).map {
                try json(TriageRecord.self, $0, table: "triages")
            }
        case .contacts:
            progress.contacts = [:]
            for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT desk, record FROM contacts")) {
                progress.contacts[row["desk"]] = try json(Desk.self, row["record"], table: "contacts")
            }
        case .certificates:
            progress.certificates = try String.fetchAll(db.cachedStatement(sql: "SELECT record FROM certificates ORDER BY id")).map {
                try json(Certificate.self, $0, table: "certificates")
            }
        }
    }

    // MARK: writing what changed

    /// Returns the sections it wrote, for `markSaved`.
    @discardableResult
    static func write(_ db: Database, from old: SavedProgress, to new: SavedProgress) throws -> Set<Section> {
        var written: Set<Section> = []
        if old.location != new.location || old.menuCursor != new.menuCursor || old.changesPlace != new.changesPlace
            || old.certificatesPlace != new.certificatesPlace {
            written.insert(.place)
            try db.executeCached(sql: """
                INSERT INTO place (id, location, menu_cursor, changes_place, certificates_place) VALUES (1, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET location = excluded.location, menu_cursor = excluded.menu_cursor,
                    changes_place = excluded.changes_place, certificates_place = excluded.certificates_place
                """, arguments: [try text(new.location), new.menuCursor, try text(new.changesPlace), try text(new.certificatesPlace)])
        }
        if old.flows != new.flows {
            written.insert(.flows)
            for id in Set(old.flows.keys).union(new.flows.keys).sorted() where old.flows[id] != new.flows[id] {
                try writeFlow(db, id: id, from: old.flows[id], to: new.flows[id])
            }
        }
        if old.changes != new.changes {
            written.insert(.changes)
            let (upserts, deletions) = keyedDifference(old.changes, new.changes, key: \.id)
            for id in deletions { try db.executeCached(sql: "DELETE FROM changes WHERE id = ?", arguments: [id]) }
            for change in upserts {
                try db.executeCached(sql: """
                    INSERT INTO changes (id, date, kind, note, recorded_at, done_on, state, history) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET date = excluded.date, kind = excluded.kind, note = excluded.note,
                        recorded_at = excluded.recorded_at, done_on = excluded.done_on, state = excluded.state,
                        history = excluded.history
                    """, arguments: [change.id, change.date.description, change.kind.rawValue, change.note,
                                     change.recordedAt.description, change.doneOn?.description, change.state.rawValue,
                                     try text(change.history)])
            }
        }
        if old.submissions != new.submissions {
            written.insert(.submissions)
            try writeMonthPayerRows(db, table: "submissions", old.submissions, new.submissions, month: \.month, payer: \.payer)
        }
        if old.payers != new.payers {
            written.insert(.profile)
            try db.executeCached(sql: "INSERT OR REPLACE INTO profile (key, value) VALUES ('payers', ?)", arguments: [try text(new.payers)])
        }
        if old.extensions != new.extensions {
            written.insert(.extensions)
            try writeMonthPayerRows(db, table: "extensions", old.extensions, new.extensions, month: \.month, payer: \.payer)
        }
        if old.triages != new.triages {
            written.insert(.triages)
            for (seq, triage) in new.triages.enumerated() where seq >= old.triages.count || old.triages[seq] != triage {
                try db.executeCached(sql: "INSERT OR REPLACE INTO triages (seq, at, outcome, desk, record) VALUES (?, ?, ?, ?, ?)",
                                     arguments: [seq, triage.at.description, triage.outcome, triage.deskID, try text(triage)])
            }
            try db.executeCached(sql: "DELETE FROM triages WHERE seq >= ?", arguments: [new.triages.count])
        }
        if old.contacts != new.contacts {
            written.insert(.contacts)
            for desk in Set(old.contacts.keys).union(new.contacts.keys).sorted() where old.contacts[desk] != new.contacts[desk] {
                if let record = new.contacts[desk] {
                    try db.executeCached(sql: "INSERT OR REPLACE INTO contacts (desk, record) VALUES (?, ?)", arguments: [desk, try text(record)])
                } else {
                    try db.executeCached(sql: "DELETE FROM contacts WHERE desk = ?", arguments: [desk])
                }
            }
        }
        if old.certificates != new.certificates {
            written.insert(.certificates)
            let (upserts, deletions) = keyedDifference(old.certificates, new.certificates, key: \.id)
            for id in deletions { try db.executeCached(sql: "DELETE FROM certificates WHERE id = ?", arguments: [id]) }
            for record in upserts {
                try db.executeCached(sql: "INSERT OR REPLACE INTO certificates (id, pc, record) VALUES (?, ?, ?)",
                                     arguments: [record.id, record.pc, try text(record)])
            }
        }
        return written
    }

    private static func writeFlow(_ db: Database, id: String, from old: FlowProgress?, to new: FlowProgress?) throws {
        guard let new else {
            try db.executeCached(sql: "DELETE FROM flow_progress WHERE flow = ?", arguments: [id])
            return
        }
        try db.executeCached(sql: """
            INSERT INTO flow_progress (flow, current_step, history, cursor, revisit, completed, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(flow) DO UPDATE SET current_step = excluded.current_step, history = excluded.history,
                cursor = excluded.cursor, revisit = excluded.revisit, completed = excluded.completed, updated_at = excluded.updated_at
            """, arguments: [id, new.current, try text(new.history), new.cursor, try new.revisit.map(text), new.completed,
                             new.updatedAt.description])
        let oldDrafts = old?.drafts ?? [:]
        for step in Set(oldDrafts.keys).union(new.drafts.keys).sorted() where oldDrafts[step] != new.drafts[step] {
            if let draft = new.drafts[step] {
                try db.executeCached(sql: "INSERT OR REPLACE INTO drafts (flow, step, text, caret) VALUES (?, ?, ?, ?)",
                                     arguments: [id, step, draft.text, draft.caret])
            } else {
                try db.executeCached(sql: "DELETE FROM drafts WHERE flow = ? AND step = ?", arguments: [id, step])
            }
        }
        let oldAnswers = old?.answers ?? [:], oldTimes = old?.answeredAt ?? [:]
        if oldAnswers == new.answers && oldTimes == new.answeredAt { return }
        for step in Set(oldAnswers.keys).union(oldTimes.keys).union(new.answers.keys).union(new.answeredAt.keys).sorted()
        where oldAnswers[step] != new.answers[step] || oldTimes[step] != new.answeredAt[step] {
            if new.answers[step] == nil && new.answeredAt[step] == nil {
                try db.executeCached(sql: "DELETE FROM answers WHERE flow = ? AND step = ?", arguments: [id, step])
            } else {
                try db.executeCached(sql: "INSERT OR REPLACE INTO answers (flow, step, answer, answered_at) VALUES (?, ?, ?, ?)",
                                     arguments: [id, step, try new.answers[step].map(text), new.answeredAt[step]?.description])
            }
        }
    }

    /// Tables keyed by claim month and payer ('' for both, or unknown), each record as JSON (C3, C8).
    private static func writeMonthPayerRows<Record: Encodable & Equatable>(
        _ db: Database, table: String, _ old: [Record], _ new: [Record],
        month: (Record) -> String, payer: (Record) -> Payer?
    ) throws {
        let (upserts, deletions) = keyedDifference(old, new) { [month($0), payer($0)?.rawValue ?? ""] }
        for key in deletions {
            try db.executeCached(sql: "DELETE FROM \(table) WHERE month = ? AND payer = ?", arguments: [key[0], key[1]])
        }
        for record in upserts {
            try db.executeCached(sql: "INSERT OR REPLACE INTO \(table) (month, payer, record) VALUES (?, ?, ?)",
                                 arguments: [month(record), payer(record)?.rawValue ?? "", try text(record)])
        }
    }

    /// Records present in `new` that are new or changed, and keys no longer present.
    static func keyedDifference<Record: Equatable, Key: Hashable>(
        _ old: [Record], _ new: [Record], key: (Record) -> Key
    ) -> (upserts: [Record], deletions: [Key]) {
        let before = Dictionary(old.map { (key($0), $0) }, uniquingKeysWith: { _, last in last })
        let afterKeys = Set(new.map(key))
        let upserts = new.filter { before[key($0)] != $0 }
        let deletions = before.keys.filter { !afterKeys.contains($0) }
        return (upserts, deletions)
    }

    // MARK: values as text

    static func text<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func json<Value: Decodable>(_ type: Value.Type, _ text: String, table: String) throws -> Value {
        // Data(buffer:), not Data(text.utf8), whose generic initializer casts its argument at run time.
        var text = text
        let data = text.withUTF8 { Data(buffer: $0) }
        do { return try JSONDecoder().decode(type, from: data) } catch {
            throw UnreadableValue(table: table, value: text)
        }
    }

    /// A value read from its JSON tree (SavedPlaceJSON); unreadable as `json` says it.
    static func parsed<Value>(_ text: String, table: String, _ read: (JSONValue) throws(AssetReadError) -> Value) throws -> Value {
        do { return try read(JSONParser.parse(text.utf8)) } catch {
            throw UnreadableValue(table: table, value: text)
        }
    }

    static func time(_ text: String, table: String) throws -> LocalDateTime {
        guard let value = LocalDateTime(parsing: text) else { throw UnreadableValue(table: table, value: text) }
        return value
    }
}
