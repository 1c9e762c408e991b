/// The migrations a database has recorded, read on the store's connection before anything is written
/// to it: a database from a newer seikyu is never written (issue 11). Asked on the same connection, not
/// on a read-only one of its own (issue 19: a second open parsed the schema a second time, 0.85 M
/// instructions of every start); opening for writing writes nothing until a statement does.
enum MigrationPeek {
    /// Errors come as `DatabaseError` with SQLite's primary code, so a file that is not a database is
    /// still told apart (SQLITE_NOTADB, SQLITE_CANTOPEN…).
    static func appliedIdentifiers(in database: Database) throws -> Set<String> {
        try database.unsafeRead { db in
            // Asked of the schema first: a file that is not a database fails here, and a new one has no table yet.
            let hasTable = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'grdb_migrations'")
            if hasTable.isEmpty { return [] }
            return Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
        }
    }
}
