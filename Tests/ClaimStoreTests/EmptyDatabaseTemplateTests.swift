import ClaimFlow
@testable import ClaimStore
import Foundation
import Testing

/// Issue 19: `seikyu play`'s throw-away folders start from a copy of one empty database. Each copy
/// must be the empty database — never what an earlier tape saved — private to this user, and a
/// store opened on it works as on a folder it created itself.
@Suite struct EmptyDatabaseTemplateTests {
    @Test func everyCopyIsEmptyWhateverAnEarlierFolderSaved() throws {
        let template = EmptyDatabaseTemplate()
        let first = ScratchFolder(), second = ScratchFolder()
        template.copy(into: first.path, now: december3)
        let store = try SQLiteProgressStore(directory: first.path, window: true, durable: false)
        #expect(store.load(now: december3).canSave)
        _ = try store.update { progress in
            progress.payers = [.shaho]
            return []
        }
        store.close()

        template.copy(into: second.path, now: december3)
        let again = try SQLiteProgressStore(directory: second.path, window: true, durable: false)
        defer { again.close() }
        let loaded = again.load(now: december3)
        #expect(loaded.canSave && loaded.problem == nil && loaded.notice == nil)
        #expect(loaded.progress == SavedProgress() && loaded.revision == 0)
    }

    @Test func theCopyIsPrivateAndInWALMode() throws {
        let folder = ScratchFolder()
        EmptyDatabaseTemplate().copy(into: folder.path, now: december3)
        let database = folder.file(SQLiteProgressStore.fileName)
        let fileMode = try #require(FileManager.default.attributesOfItem(atPath: database)[.posixPermissions] as? Int)
        let folderMode = try #require(FileManager.default.attributesOfItem(atPath: folder.path)[.posixPermissions] as? Int)
        #expect(fileMode == 0o600 && folderMode == 0o700)
        // Durability is the connection's: the same copy opened as a kept folder is synchronous=FULL.
        let store = try SQLiteProgressStore(directory: folder.path, window: true)
        defer { store.close() }
        #expect(store.load(now: december3).canSave)
        let opened = try #require(store.database)
        #expect(try opened.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
        #expect(try opened.read { try Int.fetchOne($0, sql: "PRAGMA synchronous") } == 2)
    }
}

/// Issue 19: throw-away folders go to memory (/dev/shm) unless TMPDIR names another place.
@Suite struct ThrowawayFolderTests {
    @Test func memoryUnlessTMPDIRSaysOtherwise() {
        #expect(ThrowawayFolder.choose(tmpdir: nil, memoryUsable: true, system: "/tmp") == "/dev/shm")
        #expect(ThrowawayFolder.choose(tmpdir: "", memoryUsable: true, system: "/tmp") == "/dev/shm")
        #expect(ThrowawayFolder.choose(tmpdir: "/scratch", memoryUsable: true, system: "/scratch") == "/scratch")
        #expect(ThrowawayFolder.choose(tmpdir: nil, memoryUsable: false, system: "/tmp") == "/tmp")
    }

    @Test func aPathIsNewAndInAFolderThatExists() {
        let first = ThrowawayFolder.path(prefix: "seikyu-test-"), second = ThrowawayFolder.path(prefix: "seikyu-test-")
        #expect(first != second)
        #expect(PathKind.of(first) == .missing)
        #expect(PathKind.of((first as NSString).deletingLastPathComponent) == .folder)
    }
}
