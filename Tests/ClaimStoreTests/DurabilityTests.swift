import ClaimFlow
@testable import ClaimStore
import Testing

/// Issue 11: each accepted event is on the disk before the next key (WAL with synchronous=FULL).
@Suite struct DurabilityTests {
    @Test func theConnectionSyncsEveryCommitNotOnlyAtCheckpoints() throws {
        let folder = ScratchFolder()
        let store = try SQLiteProgressStore(directory: folder.path, window: true)
        defer { store.close() }
        #expect(store.load(now: december3).canSave)
        let database = try #require(store.database)
        // WAL is often paired with NORMAL (fsync at checkpoints only; GRDB's set-up asked for it); the store must say FULL.
        #expect(try database.read { try Int.fetchOne($0, sql: "PRAGMA synchronous") } == 2)
        #expect(try database.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
    }

    /// Issue 19: only a folder that `seikyu play` throws away afterwards skips the fsyncs; the
    /// default, which every command and window uses, stays FULL (the test above).
    @Test func onlyAThrowAwayFolderSkipsTheFsyncs() throws {
        let folder = ScratchFolder()
        let store = try SQLiteProgressStore(directory: folder.path, window: true, durable: false)
        defer { store.close() }
        #expect(store.load(now: december3).canSave)
        let database = try #require(store.database)
        #expect(try database.read { try Int.fetchOne($0, sql: "PRAGMA synchronous") } == 0)
    }
}
