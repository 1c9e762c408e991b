import ClaimFlow
import ClaimRuntime
import ClaimStore
import Foundation
import Testing

/// Issue 11: one SQLite database, each accepted event one transaction, an append-only audit trail.
@Suite struct DatabaseStoreTests {
    func mode(_ path: String) throws -> Int {
        try ((FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue) ?? -1
    }

    func session(_ folder: String, catalog: FlowCatalog, at now: LocalDateTime = december3) throws -> Session {
        Session(catalog: catalog, store: try SQLiteProgressStore(directory: folder, window: true), clock: { now })
    }

    @Test func whatAWindowDidIsThereAfterARestartAndTheFilesArePrivate() throws {
        let folder = ScratchFolder()
        let catalog = try fixtureCatalog()
        let first = try session(folder.path, catalog: catalog)
        for event: Event in [.accept, .toggle, .toggle, .toggle, .accept, .insert("さくら歯科"), .accept] { _ = first.apply(event) }
        first.close()

        let restarted = try session(folder.path, catalog: catalog)
        #expect(restarted.state.progress == first.state.progress)
        #expect(restarted.state.progress.flows["setup"]?.answers["name"] == .text("さくら歯科"))
        #expect(restarted.state.progress.flows["setup"]?.current == "password")
        #expect(try mode(folder.path) == 0o700)
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            #expect(try mode(folder.file(file)) == 0o600, "\(file)")
        }
        let store = try SQLiteProgressStore(directory: folder.path)
        _ = store.load(now: december3)
        let audit = try store.auditTrail()
        #expect(audit.map(\.action) == ["checked", "checked", "checked", "entered"])
        #expect(audit.last?.item == "さくら歯科")
    }

    @Test func theAuditTrailRefusesUpdatesAndDeletesInTheSchemaItself() throws {
        let folder = ScratchFolder()
        let store = try SQLiteProgressStore(directory: folder.path)
        _ = store.load(now: december3)
        try store.update { _ in [AuditEntry(at: december3, flow: "setup", step: "equipment", item: "pc", action: "checked")] }
        store.close()
        let database = try Database(path: folder.file(SQLiteProgressStore.fileName))
        #expect(throws: DatabaseError.self) { try database.write { try $0.execute(sql: "UPDATE audit SET action = 'unchecked'") } }
        #expect(throws: DatabaseError.self) { try database.write { try $0.execute(sql: "DELETE FROM audit") } }
        #expect(try database.read { try String.fetchAll($0, sql: "SELECT action FROM audit") } == ["checked"])
        #expect(try database.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
    }

    @Test func aTypedPasswordIsInNoFileOfTheFolder() throws {
        let folder = ScratchFolder()
        let catalog = try fixtureCatalog()
        let window = try session(folder.path, catalog: catalog)
        for event: Event in [.accept, .toggle, .toggle, .toggle, .accept, .insert("名前"), .accept, .insert("A1b2C3d4"), .accept] {
            _ = window.apply(event)
        }
        #expect(window.state.secrets["setup/password"] == "A1b2C3d4", "the password was typed and taken")
        #expect(window.state.progress.flows["setup"]?.answers["password"] == .secretEntered)
        // Checked while the window is open (the -wal file holds the newest pages) and after.
        for moment in ["open", "closed"] {
            for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
                #expect(bytes(folder.file(file))?.range(of: Data("A1b2C3d4".utf8)) == nil, "\(moment): \(file)")
            }
            window.close()
        }
    }

    @Test func aFailedSaveIsShownAndKeptOnScreenUntilASaveWorks() throws {
        let folder = ScratchFolder()
        let catalog = try fixtureCatalog()
        let window = try session(folder.path, catalog: catalog)
        _ = window.apply(.accept)
        // A trigger that refuses new answers stands in for a full disk.
        let database = try Database(path: folder.file(SQLiteProgressStore.fileName))
        try database.write {
            try $0.execute(sql: "CREATE TRIGGER full BEFORE INSERT ON answers BEGIN SELECT RAISE(ABORT, 'disk full'); END")
        }
        _ = window.apply(.toggle)
        #expect(window.state.storeProblem?.first?.contains("保存できませんでした") == true)
        #expect(window.state.progress.flows["setup"]?.checkedItems("equipment") == ["pc"], "the tick stays on screen")
        try database.write { try $0.execute(sql: "DROP TRIGGER full") }
        _ = window.apply(.toggle)
        #expect(window.state.storeProblem == nil)
        window.close()
        let saved = try SQLiteProgressStore(directory: folder.path).load(now: december3).progress
        #expect(saved.flows["setup"]?.checkedItems("equipment") == ["pc", "router"], "nothing of the failed save is lost")
    }

    @Test func aDatabaseFromANewerVersionIsNeverWrittenTo() throws {
        let folder = ScratchFolder()
        let store = try SQLiteProgressStore(directory: folder.path)
        _ = store.load(now: december3)
        store.close()
        let database = try Database(path: folder.file(SQLiteProgressStore.fileName))
        try database.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9: from the future')") }
        try database.close()
        let before = bytes(folder.file(SQLiteProgressStore.fileName))

        let loaded = try SQLiteProgressStore(directory: folder.path).load(now: december3)
        #expect(loaded.problem?.kind == .futureVersion)
        #expect(loaded.canSave == false)
        #expect(loaded.problem?.japanese.first?.contains("新しい版") == true)
        #expect(bytes(folder.file(SQLiteProgressStore.fileName)) == before)
    }

    @Test func exportHasEverythingAndBackupIsADatabaseThatOpens() throws {
        let folder = ScratchFolder()
        let store = try SQLiteProgressStore(directory: folder.path)
        _ = store.load(now: december3)
        let saved = try store.update { progress in
            progress.addChange(date: CivilDate(year: 2026, month: 12, day: 20)!, kind: .router, note: "ルータ交換", at: december3)
            progress.submissions = [Submission(month: "2026-11", payer: .shaho, receipt: Receipt(number: "R-1", printedAt: december3, recordedAt: december3))]
            return [AuditEntry(at: december3, flow: "changes", step: "add", item: "1", action: "added")]
        }
        let document = try store.export(now: december3)
        #expect(document.progress == saved)
        #expect(document.audit.map(\.action) == ["added"])
        let json = String(decoding: try document.json(), as: UTF8.self)
        #expect(json.contains("ルータ交換") && json.contains("\"number\" : \"R-1\""))

        let copy = folder.file("backup.sqlite")
        try store.backup(to: copy)
        let restored = ScratchFolder()
        try FileManager.default.createDirectory(atPath: restored.path, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: copy, toPath: restored.file(SQLiteProgressStore.fileName))
        #expect(try SQLiteProgressStore(directory: restored.path).load(now: december3).progress == saved)
    }
}
