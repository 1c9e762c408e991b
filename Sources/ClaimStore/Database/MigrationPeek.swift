import CSQLite

/// The migrations a database has recorded, read through a read-only SQLite connection before
/// anything opens it for writing: a database from a newer seikyu is never written (issue 11).
/// SQLite's C API on a connection of its own, read-only (issue 19: a second GRDB queue's dispatch queue, set-up
/// statements, functions and authorizer were 3 M instructions of every start, for one SELECT).
enum MigrationPeek {
    /// Errors come as `DatabaseError` with SQLite's primary code, as the store's connection throws
    /// them, so a file that is not a database is still told apart (SQLITE_NOTADB, SQLITE_CANTOPEN…).
    static func appliedIdentifiers(at path: String) throws -> Set<String> {
        var connection: OpaquePointer?
        let opened = sqlite3_open_v2(path, &connection, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nil)
        defer { sqlite3_close_v2(connection) }
        guard opened == SQLITE_OK, let connection else { throw failure(opened, connection) }
        // Another window or command holding the write lock for a moment is waited for, not an error.
        sqlite3_busy_timeout(connection, 10_000)
        // Asked of the schema first: a file that is not a database fails here, and a new one has no table yet.
        let hasTable = try rows(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'grdb_migrations'")
        if hasTable.isEmpty { return [] }
        return Set(try rows(connection, "SELECT identifier FROM grdb_migrations"))
    }

    /// The first column of every row, as text.
    private static func rows(_ connection: OpaquePointer, _ sql: String) throws -> [String] {
        var statement: OpaquePointer?
        let prepared = sqlite3_prepare_v2(connection, sql, -1, &statement, nil)
        defer { sqlite3_finalize(statement) }
        guard prepared == SQLITE_OK, let statement else { throw failure(prepared, connection) }
        var values: [String] = []
        while true {
            let step = sqlite3_step(statement)
            if step == SQLITE_DONE { return values }
            guard step == SQLITE_ROW else { throw failure(step, connection) }
            values.append(sqlite3_column_text(statement, 0).map { String(cString: $0) } ?? "")
        }
    }

    private static func failure(_ code: Int32, _ connection: OpaquePointer?) -> DatabaseError {
        let message = connection.map { String(cString: sqlite3_errmsg($0)) }
        return DatabaseError(resultCode: ResultCode(rawValue: code & 0xFF), message: message)
    }
}
