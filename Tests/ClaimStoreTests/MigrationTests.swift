import ClaimFlow
@testable import ClaimStore
import Foundation
import Testing

/// A database written by an earlier version is migrated in place, keeping every record.
@Suite struct MigrationTests {
    @Test func aVersionOneDatabaseKeepsItsReceiptsAsPayerUnknown() throws {
        let folder = ScratchFolder()
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        let database = try Database(path: folder.file(SQLiteProgressStore.fileName))
        try Schema.migrator.migrate(database, upTo: "v1: progress, records, audit trail")
        try database.write {
            try $0.execute(sql: "INSERT INTO receipts (month, received_at, reference) VALUES ('2026-11', '2026-11-07T09:12', 'OLD-1')")
        }
        try database.close()

        let loaded = try SQLiteProgressStore(directory: folder.path).load(now: december3)
        #expect(loaded.problem == nil)
        #expect(loaded.progress.submissions == [ReceiptRecord(month: "2026-11", receivedAt: LocalDateTime(parsing: "2026-11-07T09:12")!,
                                                              reference: "OLD-1").submission])
        #expect(loaded.progress.isSubmitted(month: "2026-11"))
    }

    static let april1 = CivilDate(year: 2027, month: 4, day: 1)!

    /// Issue 10: answers got types (store v4). A date answered before that is text in the normal
    /// form; the rows are not rewritten (which steps are dates is the flows' knowledge), and the
    /// core reads them as the date.
    @Test func aVersionThreeDatabaseKeepsItsTextDatesReadable() throws {
        let folder = ScratchFolder()
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        let database = try Database(path: folder.file(SQLiteProgressStore.fileName))
        try Schema.migrator.migrate(database, upTo: "v3: a counter per section")
        try database.write {
            try $0.execute(sql: """
                INSERT INTO flow_progress (flow, current_step, history, cursor, draft, completed, updated_at)
                    VALUES ('setup', 'line-type', '["designation"]', 0, '', 0, '2026-12-03T09:00');
                INSERT INTO answers (flow, step, answer, answered_at)
                    VALUES ('setup', 'designation', '{"kind":"text","value":"2027-04-01"}', '2026-12-03T09:00');
                """)
        }
        try database.close()

        let store = try SQLiteProgressStore(directory: folder.path)
        let loaded = store.load(now: december3)
        #expect(loaded.problem == nil)
        let designation = try #require(loaded.progress.flows["setup"]?.answers["designation"])
        #expect(designation.dateValue == Self.april1)
        #expect(ClaimDuty(loaded.progress, catalog: try shippedCatalog()).firstClaimMonth == 2027 * 12 + 4)
        #expect(try store.export(now: december3).progress.flows["setup"]?.answers["designation"]?.dateValue == Self.april1)
        store.close()

        // Recorded, so an older seikyu (which cannot read a date answer) sees a newer database.
        let reopened = try Database(path: folder.file(SQLiteProgressStore.fileName))
        #expect(try reopened.read { try Schema.migrator.appliedIdentifiers($0) }.contains("v4: date answers"))
        try reopened.close()
    }

    /// Issue 15: changes got states (store v7). A change recorded on or after its date, or
    /// confirmed (done_on), was done and stays done; one recorded ahead stays planned, however
    /// long ago its date passed; nothing is lost, and the states are written back as they are.
    @Test func aDatabaseBeforeChangeStatesKeepsWhatEachChangeMeant() throws {
        let folder = ScratchFolder()
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        let database = try Database(path: folder.file(SQLiteProgressStore.fileName))
        try Schema.migrator.migrate(database, upTo: "v6: the way back to the summary")
        try database.write {
            try $0.execute(sql: """
                INSERT INTO changes (id, date, kind, note, recorded_at, done_on) VALUES
                    (1, '2026-11-02', 'terminal', '更新', '2026-11-02T18:00', NULL),
                    (2, '2026-12-08', 'router', '交換', '2026-11-25T12:00', NULL),
                    (3, '2026-12-01', 'hub-lan', '配線', '2026-11-25T12:00', '2026-12-01');
                INSERT INTO place (id, location, menu_cursor) VALUES (1, '{"screen":"menu"}', 4);
                """)
        }
        try database.close()

        let store = try SQLiteProgressStore(directory: folder.path)
        let loaded = store.load(now: LocalDateTime(parsing: "2027-03-01T09:00")!)
        #expect(loaded.problem == nil)
        let changes = loaded.progress.changes
        #expect(changes.map(\.id) == [1, 3, 2])
        #expect(changes.map(\.state) == [.done, .done, .planned])
        #expect(changes.map(\.note) == ["更新", "配線", "交換"])
        #expect(loaded.progress.changesPlace == ChangesPlace())
        #expect(loaded.progress.menuCursor == 4)
        try store.update { progress in
            _ = progress.apply(.postpone(to: CivilDate(parsing: "2027-03-10")!), toChange: 2, at: LocalDateTime(parsing: "2027-03-01T09:00")!)
            progress.changesPlace = ChangesPlace(selected: 2, stage: .typing(.markDone), draft: ChangeDraft(operation: .markDone, changeID: 2, text: "2027/3/1"))
            return []
        }
        store.close()
        let reread = try SQLiteProgressStore.peek(directory: folder.path, now: december3).get()
        #expect(reread.changes.first { $0.id == 2 }?.originalDate == CivilDate(parsing: "2026-12-08"))
        #expect(reread.changes.first { $0.id == 2 }?.isPlanned == true)
        #expect(reread.changesPlace.draft?.text == "2027/3/1")
        #expect(reread.changesPlace.stage == .typing(.markDone))
        let reopened = try Database(path: folder.file(SQLiteProgressStore.fileName))
        #expect(try reopened.read { try String.fetchAll($0, sql: "SELECT state FROM changes ORDER BY id") } == ["done", "planned", "done"])
        #expect(try reopened.read { try String.fetchOne($0, sql: "SELECT done_on FROM changes WHERE id = 1") } == "2026-11-02")
        try reopened.close()
    }

    /// An export of version 3 or earlier has changes without a state: they read as they were meant.
    @Test func anExportWithoutChangeStatesStillReads() throws {
        let json = """
            {"format": "seikyu-export", "version": 2, "exportedAt": "2026-12-03T09:00", "audit": [], "imports": [],
             "progress": {"schemaVersion": 1, "location": {"screen": "menu"}, "menuCursor": 0, "flows": {},
                          "changes": [{"id": 1, "date": "2026-12-08", "kind": "router", "note": "", "recordedAt": "2026-11-25T12:00"},
                                      {"id": 2, "date": "2026-11-02", "kind": "terminal", "note": "", "recordedAt": "2026-11-02T18:00"}]}}
            """
        let document = try JSONDecoder().decode(ExportDocument.self, from: Data(json.utf8))
        #expect(document.progress.changes.map(\.state) == [.planned, .done])
        #expect(document.progress.changesPlace == ChangesPlace())
    }

    @Test func aDateAnswerIsStoredAsADateAndReadBack() throws {
        let folder = ScratchFolder()
        let store = try SQLiteProgressStore(directory: folder.path)
        _ = store.load(now: december3)
        try store.update { progress in
            var setup = FlowProgress(start: "line-type", at: december3)
            setup.answers["designation"] = .date(Self.april1)
            progress.flows["setup"] = setup
            return []
        }
        store.close()
        let database = try Database(path: folder.file(SQLiteProgressStore.fileName))
        #expect(try database.read { try String.fetchOne($0, sql: "SELECT answer FROM answers WHERE step = 'designation'") }
                == #"{"kind":"date","value":"2027-04-01"}"#)
        try database.close()
        let reloaded = SQLiteProgressStore.peek(directory: folder.path, now: december3)
        #expect(try reloaded.get().flows["setup"]?.answers["designation"] == .date(Self.april1))
    }

    /// An export written before v4 (version 1) and a progress.json of the JSON store hold dates as text.
    @Test func anOldExportAndAnOldProgressFileStillGiveTheDate() throws {
        var setup = FlowProgress(start: "line-type", at: december3)
        setup.answers["designation"] = .text("2027-04-01")
        var progress = SavedProgress()
        progress.flows["setup"] = setup
        var export = ExportDocument(exportedAt: december3, progress: progress, audit: [], imports: [])
        export.version = 1
        let old = try JSONDecoder().decode(ExportDocument.self, from: try export.json())
        #expect(old.progress.flows["setup"]?.answers["designation"]?.dateValue == Self.april1)
        #expect(ExportDocument(exportedAt: december3, progress: progress, audit: [], imports: []).version == 4)

        let folder = ScratchFolder()
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        try JSONEncoder().encode(progress).write(to: URL(fileURLWithPath: folder.file("progress.json")))
        let loaded = try SQLiteProgressStore(directory: folder.path).load(now: december3)
        #expect(loaded.problem == nil)
        #expect(loaded.progress.flows["setup"]?.answers["designation"]?.dateValue == Self.april1)
    }
}
