import ClaimFlow
import ClaimRuntime
import ClaimStore
import Foundation
import Testing

/// Issue 11: two windows and any number of commands on one folder lose nothing.
@Suite struct ConcurrencyTests {
    func window(_ folder: String, _ catalog: FlowCatalog, at now: LocalDateTime = december3) throws -> Session {
        Session(catalog: catalog, store: try SQLiteProgressStore(directory: folder, window: true), clock: { now })
    }

    @Test func twoWindowsTickDifferentItemsAndBothTicksAreKept() throws {
        let folder = ScratchFolder()
        let catalog = try fixtureCatalog()
        let a = try window(folder.path, catalog), b = try window(folder.path, catalog)
        _ = a.apply(.accept)
        _ = b.apply(.accept)
        _ = a.apply(.toggle)                       // A ticks the PC
        _ = b.apply(.moveDown)
        _ = b.apply(.toggle)                       // B, not having pressed a key since, ticks the router
        #expect(b.state.progress.flows["setup"]?.checkedItems("equipment") == ["pc", "router"],
                "B sees A's tick at its next key")
        _ = a.apply(.moveDown)
        #expect(a.state.progress.flows["setup"]?.checkedItems("equipment") == ["pc", "router"])
        a.close()
        b.close()
        let saved = try SQLiteProgressStore(directory: folder.path).load(now: december3).progress
        #expect(saved.flows["setup"]?.checkedItems("equipment") == ["pc", "router"])
    }

    @Test func aWindowKeepsItsOwnPlaceWhenAnotherMovesOn() throws {
        let folder = ScratchFolder()
        let catalog = try fixtureCatalog()
        let a = try window(folder.path, catalog), b = try window(folder.path, catalog)
        _ = a.apply(.accept)
        _ = b.apply(.accept)
        for event: Event in [.toggle, .toggle, .toggle, .accept] { _ = a.apply(event) } // A goes on to the name
        _ = b.apply(.moveUp)
        #expect(b.state.progress.flows["setup"]?.current == "equipment", "B's screen does not jump")
        #expect(b.state.progress.flows["setup"]?.checkedItems("equipment") == ["pc", "router", "reader"])
    }

    @Test func twoWindowsTypingTheSameAnswerEndDeterministicallyAndBothAreAudited() throws {
        let folder = ScratchFolder()
        let catalog = try fixtureCatalog()
        let a = try window(folder.path, catalog), b = try window(folder.path, catalog)
        _ = a.apply(.accept)
        _ = b.apply(.accept)
        for event: Event in [.toggle, .toggle, .toggle, .accept] { _ = a.apply(event) }
        _ = b.apply(.accept)                       // B sees every item ticked and goes on too
        #expect(a.state.progress.flows["setup"]?.current == "name")
        #expect(b.state.progress.flows["setup"]?.current == "name")
        _ = a.apply(.insert("さくら歯科"))
        _ = b.apply(.insert("さくら医院"))
        _ = a.apply(.accept)
        _ = b.apply(.accept)                       // the later one is kept
        a.close()
        b.close()
        let store = try SQLiteProgressStore(directory: folder.path)
        #expect(store.load(now: december3).progress.flows["setup"]?.answers["name"] == .text("さくら医院"))
        #expect(try store.auditTrail().filter { $0.action == "entered" }.map(\.item) == ["さくら歯科", "さくら医院"])
    }

    @Test func fiftyWritersAtOnceGiveFiftyChanges() throws {
        let folder = ScratchFolder()
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        let failures = Failures()
        let path = folder.path
        DispatchQueue.concurrentPerform(iterations: 50) { number in
            do {
                let store = try SQLiteProgressStore(directory: path)
                _ = store.load(now: december3)
                try store.update { progress in
                    progress.addChange(date: CivilDate(year: 2026, month: 12, day: 20)!, kind: .router, note: "変更 \(number)", at: december3)
                    return []
                }
                store.close()
            } catch {
                failures.add("\(number): \(error)")
            }
        }
        #expect(failures.all.isEmpty)
        let changes = try SQLiteProgressStore(directory: folder.path).load(now: december3).progress.changes
        #expect(changes.count == 50)
        #expect(Set(changes.map(\.id)) == Set(1...50))
        #expect(Set(changes.map(\.note)).count == 50)
    }
}

final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func add(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }
}
