import ClaimFlow
@testable import ClaimStore
import Foundation
import Testing

/// Issue 15: what was typed is kept per step, with its caret, and an answer opened from the
/// summary knows its way back; both survive a restart. Saved forms from before (a v4 database,
/// an export of version 2, a progress.json) had one draft per flow: it stays on the step it was
/// typed on, the flow's current one.
@Suite struct DraftStoreTests {
    static let typedOnTwoSteps: [String: FieldDraft] = [
        "clinic-name": FieldDraft(text: "さくら内科", caret: 3),
        "receipt-number": FieldDraft(text: "12345"),
    ]

    @Test func draftsPerStepAndTheWayBackToTheSummaryAreSavedAndReadBack() throws {
        let folder = ScratchFolder()
        let store = try SQLiteProgressStore(directory: folder.path)
        _ = store.load(now: december3)
        var setup = FlowProgress(start: "receipt-number", at: december3)
        setup.drafts = Self.typedOnTwoSteps
        setup.revisit = Revisit(summary: "done", opened: "receipt-number", path: ["intro", "clinic-name", "receipt-number"])
        try store.update { progress in
            progress.flows["setup"] = setup
            return []
        }
        let saved = try SQLiteProgressStore.peek(directory: folder.path, now: december3).get()
        #expect(saved.flows["setup"]?.drafts == Self.typedOnTwoSteps)
        #expect(saved.flows["setup"]?.revisit == setup.revisit)

        // Accepting a step removes its draft only; coming back to the summary ends the revisit.
        try store.update { progress in
            progress.flows["setup"]?.drafts["receipt-number"] = nil
            progress.flows["setup"]?.revisit = nil
            return []
        }
        store.close()
        let after = try SQLiteProgressStore.peek(directory: folder.path, now: december3).get()
        #expect(after.flows["setup"]?.drafts == ["clinic-name": FieldDraft(text: "さくら内科", caret: 3)])
        #expect(after.flows["setup"]?.revisit == nil)
    }

    @Test func aVersionFourDatabaseKeepsItsDraftOnTheStepItWasTypedOn() throws {
        let folder = ScratchFolder()
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        let database = try Database(path: folder.file(SQLiteProgressStore.fileName))
        try Schema.migrator.migrate(database, upTo: "v4: date answers")
        try database.write {
            try $0.execute(sql: """
                INSERT INTO flow_progress (flow, current_step, history, cursor, draft, completed, updated_at)
                    VALUES ('setup', 'receipt-number', '["intro","clinic-name","score-table","code-status"]', 0, '12345', 0,
                            '2026-12-03T09:00'),
                           ('trouble', 'symptom', '[]', 0, '', 0, '2026-12-03T09:00');
                """)
        }
        try database.close()

        let store = try SQLiteProgressStore(directory: folder.path)
        let loaded = store.load(now: december3)
        #expect(loaded.problem == nil)
        #expect(loaded.progress.flows["setup"]?.drafts == ["receipt-number": FieldDraft(text: "12345")])
        #expect(loaded.progress.flows["trouble"]?.drafts == [:], "an empty draft is no draft")
        #expect(try store.export(now: december3).progress.flows["setup"]?.drafts["receipt-number"]?.text == "12345")
        store.close()

        let reopened = try Database(path: folder.file(SQLiteProgressStore.fileName))
        let columns = try reopened.read { try $0.columns(in: "flow_progress").map(\.name) }
        #expect(!columns.contains("draft"), "one place for a draft: the drafts table")
        #expect(columns.contains("revisit"))
        try reopened.close()
    }

    /// A flow as an export of version 2 and progress.json wrote it: one `draft`, no `drafts`.
    static let oldFlow = """
        {"history": ["intro", "clinic-name", "score-table", "code-status"], "current": "receipt-number",
         "answers": {}, "cursor": 0, "draft": "12345", "completed": false, "updatedAt": "2026-12-03T09:00"}
        """

    static let oldProgress = """
        {"schemaVersion": 1, "location": {"screen": "menu"}, "menuCursor": 0, "flows": {"setup": \(oldFlow)}}
        """

    @Test func anOldExportAndAnOldProgressFileKeepTheirDraftOnTheCurrentStep() throws {
        let export = """
            {"format": "seikyu-export", "version": 2, "exportedAt": "2026-12-03T09:00", "audit": [], "imports": [],
             "progress": \(Self.oldProgress)}
            """
        let document = try JSONDecoder().decode(ExportDocument.self, from: Data(export.utf8))
        #expect(document.progress.flows["setup"]?.drafts == ["receipt-number": FieldDraft(text: "12345")])

        let folder = ScratchFolder()
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        try Data(Self.oldProgress.utf8).write(to: URL(fileURLWithPath: folder.file("progress.json")))
        let loaded = try SQLiteProgressStore(directory: folder.path).load(now: december3)
        #expect(loaded.problem == nil)
        #expect(loaded.progress.flows["setup"]?.drafts == ["receipt-number": FieldDraft(text: "12345")])
    }

    @Test func aNewExportWritesDraftsPerStepAndReadsThemBack() throws {
        var setup = FlowProgress(start: "receipt-number", at: december3)
        setup.drafts = Self.typedOnTwoSteps
        var progress = SavedProgress()
        progress.flows["setup"] = setup
        let document = ExportDocument(exportedAt: december3, progress: progress, audit: [], imports: [])
        let text = String(decoding: try document.json(), as: UTF8.self)
        #expect(text.contains("\"drafts\""))
        #expect(!text.contains("\"draft\""), "the one-draft key of version 2 is read, never written")
        #expect(try JSONDecoder().decode(ExportDocument.self, from: try document.json()).progress == progress)
    }
}
