import ClaimFlow
@testable import ClaimStore
import Foundation
import GRDB
import Testing

/// A database written by an earlier version is migrated in place, keeping every record.
@Suite struct MigrationTests {
    @Test func aVersionOneDatabaseKeepsItsReceiptsAsPayerUnknown() throws {
        let folder = ScratchFolder()
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        let database = try DatabaseQueue(path: folder.file(SQLiteProgressStore.fileName))
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
        let database = try DatabaseQueue(path: folder.file(SQLiteProgressStore.fileName))
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
        let reopened = try DatabaseQueue(path: folder.file(SQLiteProgressStore.fileName))
        #expect(try reopened.read { try Schema.migrator.appliedIdentifiers($0) }.contains("v4: date answers"))
        try reopened.close()
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
        let database = try DatabaseQueue(path: folder.file(SQLiteProgressStore.fileName))
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
        #expect(ExportDocument(exportedAt: december3, progress: progress, audit: [], imports: []).version == 3)

        let folder = ScratchFolder()
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        try JSONEncoder().encode(progress).write(to: URL(fileURLWithPath: folder.file("progress.json")))
        let loaded = try SQLiteProgressStore(directory: folder.path).load(now: december3)
        #expect(loaded.problem == nil)
        #expect(loaded.progress.flows["setup"]?.answers["designation"]?.dateValue == Self.april1)
    }
}
