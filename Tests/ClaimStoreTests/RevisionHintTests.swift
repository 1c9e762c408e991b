import ClaimFlow
@testable import ClaimStore
import Foundation
import Testing

/// Issue 19: before every key a window asks "saved elsewhere?" of the revision every save leaves in
/// `seikyu.revision`, and asks SQLite only when that moved. A window must still see every save.
@Suite struct RevisionHintTests {
    func opened(_ folder: ScratchFolder) throws -> SQLiteProgressStore {
        let store = try SQLiteProgressStore(directory: folder.path)
        #expect(store.load(now: december3).canSave)
        return store
    }

    func tick(_ item: String) -> (inout SavedProgress) -> [AuditEntry] {
        { progress in
            progress.flows["setup", default: FlowProgress(start: "equipment", at: december3)].answers["equipment"] = .checked([item])
            return [AuditEntry(at: december3, flow: "setup", step: "equipment", item: item, action: "checked")]
        }
    }

    @Test func aSaveInAnotherWindowIsSeenAtTheNextAsk() throws {
        let folder = ScratchFolder()
        let a = try opened(folder), b = try opened(folder)
        let before = try #require(b.revision())
        #expect(b.revision() == before, "nothing saved: the same revision")
        for n in 1...3 {
            _ = try a.update(tick("item\(n)"))
            #expect(b.revision() == before + n, "save \(n) is seen at once")
        }
        _ = try b.update(tick("item4"))
        #expect(a.revision() == before + 4)
        #expect(b.revision() == before + 4, "its own save is known without asking")
    }

    /// A program that saves without writing the hint (an older seikyu, the sqlite3 shell) is seen too,
    /// within the store's bound of answers taken from the hint.
    @Test func aSaveThatDoesNotWriteTheHintIsSeenWithinTheBound() throws {
        let folder = ScratchFolder()
        let window = try opened(folder)
        let before = try #require(window.revision())
        let shell = try Database(path: folder.file(SQLiteProgressStore.fileName))
        try shell.write { try $0.execute(sql: "UPDATE revision SET value = value + 1") }
        try shell.close()
        let asks = (0...SQLiteProgressStore.hintAnswersInARow).map { _ in window.revision() }
        #expect(asks.last == before + 1, "\(asks)")
    }

    /// A hint ahead of the database (a save that wrote it and was then rolled back), or garbage, only
    /// makes the window ask SQLite: the revision is the database's.
    @Test func aHintAheadOfTheDatabaseIsNotBelieved() throws {
        let folder = ScratchFolder()
        let window = try opened(folder)
        let before = try #require(window.revision())
        try Data(repeating: 0x7F, count: 8).write(to: URL(fileURLWithPath: folder.file(RevisionHint.fileName)))
        #expect(window.revision() == before)
        #expect(window.revision() == before)
    }

    /// A short or damaged hint file is made whole on opening; the folder opens as before.
    @Test func aDamagedHintFileIsRepaired() throws {
        let folder = ScratchFolder()
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        try Data([1, 2, 3]).write(to: URL(fileURLWithPath: folder.file(RevisionHint.fileName)))
        let a = try opened(folder), b = try opened(folder)
        let before = try #require(b.revision())
        _ = try a.update(tick("pc"))
        #expect(b.revision() == before + 1)
        let size = try FileManager.default.attributesOfItem(atPath: folder.file(RevisionHint.fileName))[.size] as? Int
        #expect(size == 8)
    }

    @Test func aSymlinkPlantedAsTheHintIsRefusedAndItsTargetUntouched() throws {
        let folder = ScratchFolder()
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let target = folder.file("target.txt")
        try Data().write(to: URL(fileURLWithPath: target))
        symlink(target, folder.file(RevisionHint.fileName))
        let loaded = try SQLiteProgressStore(directory: folder.path).load(now: december3)
        #expect(loaded.problem?.kind == .unsafe)
        #expect(loaded.canSave == false)
        #expect(FileManager.default.contents(atPath: target) == Data())
    }
}
