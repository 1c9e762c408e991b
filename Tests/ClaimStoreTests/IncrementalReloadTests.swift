import ClaimFlow
import ClaimRuntime
@testable import ClaimStore
import Foundation
import GRDB
import Testing

/// Issue 11: a window that sees another window's or a command's save reads only the sections
/// that moved, so two windows taking turns do not read years of history at every key; and what
/// it ends up with is exactly what a fresh start would read.
@Suite struct IncrementalReloadTests {
    func window(_ store: SQLiteProgressStore, _ catalog: FlowCatalog) -> Session {
        Session(catalog: catalog, store: store, clock: { december3 })
    }

    /// What a window freshly opened on the folder would read: the durable parts compared.
    func freshRead(_ folder: String) throws -> SavedProgress {
        let store = try SQLiteProgressStore(directory: folder)
        defer { store.close() }
        return store.load(now: december3).progress
    }

    func durable(_ progress: SavedProgress) -> SavedProgress {
        var progress = progress
        progress.location = .menu
        progress.menuCursor = 0
        for id in progress.flows.keys { progress.flows[id]?.cursor = 0 }
        return progress
    }

    @Test func aTickElsewhereIsReadAsTheFlowsAloneAndEqualsAFullRead() throws {
        let folder = ScratchFolder()
        let catalog = try fixtureCatalog()
        let storeA = try SQLiteProgressStore(directory: folder.path, window: true)
        let storeB = try SQLiteProgressStore(directory: folder.path, window: true)
        let a = window(storeA, catalog), b = window(storeB, catalog)
        #expect(storeB.sectionsLastRead == ProgressRows.Section.allCases, "opening reads everything")
        try storeB.update { progress in
            progress.addChange(date: CivilDate(year: 2026, month: 12, day: 20)!, kind: .router, note: "ルータ交換", at: december3)
            progress.updateSubmission(month: "2026-11", payer: .shaho) { $0.confirmedAt = december3 }
            return []
        }
        _ = a.apply(.accept)
        #expect(storeA.sectionsLastRead == [.changes, .submissions], "A reads only what the command wrote")
        #expect(a.state.progress.changes.map(\.note) == ["ルータ交換"])
        #expect(a.state.progress.isSubmitted(month: "2026-11") == false, "国保 is still missing")
        _ = b.apply(.accept)
        _ = a.apply(.toggle)                       // A ticks the PC
        _ = b.apply(.moveDown)
        #expect(storeB.sectionsLastRead == [.flows], "B reads the flows, not the records")
        #expect(b.state.progress.flows["setup"]?.checkedItems("equipment") == ["pc"])
        #expect(durable(b.state.progress) == durable(try freshRead(folder.path)))
        a.close()
        b.close()
    }

    @Test func aWindowThatSavedReadsNothingAgainAtItsNextKey() throws {
        let folder = ScratchFolder()
        let catalog = try fixtureCatalog()
        let store = try SQLiteProgressStore(directory: folder.path, window: true)
        let a = window(store, catalog)
        _ = a.apply(.accept)
        _ = a.apply(.toggle)
        _ = a.apply(.toggle)
        #expect(store.sectionsLastRead == ProgressRows.Section.allCases, "nothing was read since opening")
        #expect(durable(a.state.progress) == durable(try freshRead(folder.path)))
        a.close()
    }

    @Test func aWriteBySQLAloneStillMovesItsSectionsCounter() throws {
        let folder = ScratchFolder()
        let catalog = try fixtureCatalog()
        let store = try SQLiteProgressStore(directory: folder.path, window: true)
        let a = window(store, catalog)
        // As an older tool or a hand-made repair would: no seikyu code, only the schema's triggers.
        let other = try DatabaseQueue(path: folder.file(SQLiteProgressStore.fileName))
        try other.write { db in
            try db.execute(sql: """
                INSERT INTO contacts (desk, record) VALUES ('vendor', '{"id":"vendor","name":"レセコン業者","handles":"レセコン","phone":"03-0000-0000"}')
                """)
            try db.execute(sql: "UPDATE revision SET value = value + 1")
        }
        try other.close()
        _ = a.apply(.accept)
        #expect(store.sectionsLastRead == [.contacts])
        #expect(a.state.progress.contacts["vendor"] != nil)
        a.close()
    }
}
