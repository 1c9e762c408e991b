import ClaimFlow
@testable import ClaimStore
import Foundation
import Testing

/// A window records its start (so a later start can tell it was killed and check the database). The
/// interactive window does it after its first frame (issue 19: the commit starts a new WAL, whose
/// header SQLite syncs with the folder); every other window when it loads.
@Suite struct WindowRegistrationTests {
    func windows(in folder: ScratchFolder) throws -> [Int32] {
        let database = try Database(path: folder.file(SQLiteProgressStore.fileName))
        defer { try? database.close() }
        return try database.read { try Int32.fetchAll($0, sql: "SELECT pid FROM open_windows") }
    }

    @Test func aWindowThatRegistersLaterIsRecordedWhenItAsksAndForgottenWhenItCloses() throws {
        let folder = ScratchFolder()
        let store = try SQLiteProgressStore(directory: folder.path, window: true, registeringLater: true)
        #expect(store.load(now: december3).canSave)
        #expect(try windows(in: folder).isEmpty, "not recorded by load")
        #expect(store.registerWindow(now: december3))
        #expect(store.registerWindow(now: december3), "asking twice records it once")
        #expect(try windows(in: folder) == [getpid()])
        store.close()
        #expect(try windows(in: folder).isEmpty, "a clean stop says so")
    }

    @Test func anyOtherWindowIsRecordedWhenItLoads() throws {
        let folder = ScratchFolder()
        let store = try SQLiteProgressStore(directory: folder.path, window: true)
        #expect(store.load(now: december3).canSave)
        #expect(try windows(in: folder) == [getpid()])
        #expect(store.registerWindow(now: december3), "already recorded")
        store.close()
        let command = try SQLiteProgressStore(directory: folder.path)
        _ = command.load(now: december3)
        #expect(try windows(in: folder).isEmpty, "a command is no window")
        #expect(command.registerWindow(now: december3) == false)
    }
}
