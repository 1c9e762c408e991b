@testable import ClaimStore
import Foundation
import Testing

/// Issue 19: the store's own SQLite layer (GRDB replaced, so no Foundation is linked) keeps what the
/// store relied on: transactions, values both ways, readable failures, and GRDB's migration table.
@Suite struct SQLiteLayerTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sqlite-layer-\(UUID().uuidString)").path

    func database() throws -> Database {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return try Database(path: folder + "/t.sqlite")
    }

    @Test func valuesGoInAndComeOutAsTheyWere() throws {
        let db = try database()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try db.execute(sql: "CREATE TABLE t (a TEXT, b INTEGER, c TEXT); INSERT INTO t VALUES (?, ?, ?)",
                       arguments: ["受領書", 42, nil])
        let row = try #require(try Row.fetchOne(db, sql: "SELECT * FROM t"))
        #expect(row["a"] as String == "受領書")
        #expect(row["b"] as Int == 42)
        #expect(row["c"] as String? == nil)
        // NULL asked as a non-optional is its empty value, not a crash (a damaged file is input too).
        #expect(row["c"] as String == "")
        #expect(try String.fetchOne(db, sql: "SELECT c FROM t") == nil)
        #expect(try Int.fetchAll(db, sql: "SELECT b FROM t UNION ALL SELECT 7") == [42, 7])
    }

    @Test func aThrowingTransactionLeavesNothing() throws {
        let db = try database()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try db.execute(sql: "CREATE TABLE t (a INTEGER)")
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try db.write { db in
                try db.execute(sql: "INSERT INTO t VALUES (1)")
                throw Stop()
            }
        }
        #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM t") == 0)
        try db.inTransaction(.immediate) { () throws -> Database.TransactionCompletion in
            try db.execute(sql: "INSERT INTO t VALUES (2)")
            return .commit
        }
        #expect(try Int.fetchAll(db, sql: "SELECT a FROM t") == [2])
    }

    @Test func aFileThatIsNotADatabaseSaysSo() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: folder + "/t.sqlite"))
        let error = #expect(throws: DatabaseError.self) {
            let db = try Database(path: folder + "/t.sqlite")
            _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master")
        }
        #expect(error?.resultCode == .SQLITE_NOTADB)
    }

    /// GRDB's table and identifiers, each migration once; a rebuilt parent table does not cascade into
    /// its children (foreign keys are off while a migration runs, as GRDB had them).
    @Test func migrationsAreRecordedAsGRDBRecordedThem() throws {
        let db = try database()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE parent (id INTEGER PRIMARY KEY);
                CREATE TABLE child (parent INTEGER REFERENCES parent(id) ON DELETE CASCADE);
                INSERT INTO parent VALUES (1); INSERT INTO child VALUES (1);
                """)
        }
        migrator.registerMigration("v2") { db in
            try db.execute(sql: """
                CREATE TABLE parent_new (id INTEGER PRIMARY KEY, name TEXT);
                INSERT INTO parent_new (id) SELECT id FROM parent;
                DROP TABLE parent;
                ALTER TABLE parent_new RENAME TO parent;
                """)
        }
        try migrator.migrate(db, upTo: "v1")
        #expect(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") == ["v1"])
        try migrator.migrate(db)
        try migrator.migrate(db)
        #expect(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier") == ["v1", "v2"])
        #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM child") == 1)
        #expect(try Int.fetchOne(db, sql: "PRAGMA foreign_keys") == 1)
    }
}
