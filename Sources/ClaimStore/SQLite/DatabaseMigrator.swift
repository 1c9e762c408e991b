/// Migrations by name, applied in order once each and recorded in `grdb_migrations`, the table
/// GRDB's DatabaseMigrator kept: databases written by earlier releases know what they have, and
/// earlier releases still read what this one records. As GRDB did by default, foreign keys are off
/// while a migration rebuilds tables (a dropped table would cascade) and checked before its commit.
public struct DatabaseMigrator {
    public private(set) var migrations: [String] = []
    private var bodies: [(Database) throws -> Void] = []

    public init() {}

    public mutating func registerMigration(_ identifier: String, migrate: @escaping (Database) throws -> Void) {
        migrations.append(identifier)
        bodies.append(migrate)
    }

    /// The identifiers the database has recorded.
    public func appliedIdentifiers(_ db: Database) throws -> Set<String> {
        let table = try String.fetchOne(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'grdb_migrations'")
        if table == nil { return [] }
        return Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
    }

    /// Every migration not yet recorded (up to and including `target`, when given), each in its own transaction.
    public func migrate(_ db: Database, upTo target: String? = nil) throws {
        try db.execute(sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
        let applied = try appliedIdentifiers(db)
        let count = target.flatMap { migrations.firstIndex(of: $0) }.map { $0 + 1 } ?? migrations.count
        let pending = zip(migrations, bodies).prefix(count).filter { !applied.contains($0.0) }
        if pending.isEmpty { return }
        let foreignKeys = try Int.fetchOne(db, sql: "PRAGMA foreign_keys") == 1
        if foreignKeys { try db.execute(sql: "PRAGMA foreign_keys = OFF") }
        defer { if foreignKeys { try? db.execute(sql: "PRAGMA foreign_keys = ON") } }
        for (identifier, body) in pending {
            try db.inTransaction(.immediate) { () throws -> Database.TransactionCompletion in
                try body(db)
                if foreignKeys, let violation = try Row.fetchOne(db, sql: "PRAGMA foreign_key_check") {
                    throw DatabaseError(resultCode: .SQLITE_CONSTRAINT, message: "FOREIGN KEY constraint failed: \(violation)")
                }
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [identifier])
                return .commit
            }
        }
    }
}
