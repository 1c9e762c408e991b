import ClaimFlow
import ClaimRuntime
@testable import ClaimStore
import Foundation
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

    /// A change that touches one section only, for each section: a save that forgot to move its
    /// counter would leave the other window with the old records for good.
    static let oneSectionChanges: [(ProgressRows.Section, @Sendable (inout SavedProgress) -> Void)] = [
        (.place, { $0.location = .calendar }),
        (.flows, { $0.flows["monthly"] = FlowProgress(start: "i", at: december3) }),
        (.changes, { $0.addChange(date: CivilDate(year: 2026, month: 12, day: 20)!, kind: .router, note: "", at: december3) }),
        (.submissions, { $0.updateSubmission(month: "2026-11", payer: .kokuho) { $0.confirmedAt = december3 } }),
        (.profile, { $0.payers = [.shaho] }),
        (.extensions, { $0.extensions.append(WindowExtension(month: "2026-12", untilDay: 11, closeMinute: 17 * 60)) }),
        (.triages, {
            let json = #"{"at":"2026-12-03T09:00","symptom":"つながらない","message":"","started":"","steps":[],"outcome":"相談先: レセコン業者"}"#
            $0.triages += [try? JSONDecoder().decode(TriageRecord.self, from: Data(json.utf8))].compactMap { $0 }
        }),
        (.contacts, { $0.contacts["vendor"] = Desk(id: "vendor", name: "レセコン業者", handles: "レセコン", phone: "03-0000-0000") }),
    ]

    @Test(arguments: oneSectionChanges.indices)
    func aCommandThatChangesOneSectionIsReadAsThatSectionAlone(_ index: Int) throws {
        let (section, change) = Self.oneSectionChanges[index]
        let folder = ScratchFolder()
        let catalog = try fixtureCatalog()
        let store = try SQLiteProgressStore(directory: folder.path, window: true)
        let a = window(store, catalog)
        let command = try SQLiteProgressStore(directory: folder.path)
        _ = command.load(now: december3)
        try command.update { progress in
            change(&progress)
            return []
        }
        command.close()
        _ = a.apply(.moveDown)
        #expect(store.sectionsLastRead == [section])
        var expected = SavedProgress()
        change(&expected)
        var seen = a.state.progress
        if section == .place { seen = try freshRead(folder.path) } // the window keeps its own place
        #expect(durable(seen) == durable(expected) || section == .place)
        if section == .place { #expect(seen.location == .calendar) }
        a.close()
    }
}
