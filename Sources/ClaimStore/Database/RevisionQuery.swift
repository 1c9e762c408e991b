import CSQLite

/// "Saved elsewhere?", asked before every key: one statement prepared once on the connection and
/// stepped directly (issue 19: through GRDB's serialized queue and statement cache, before the store had its own layer, the same read
/// was 14 k instructions of a 0.3 M headless key, callgrind; stepped here it is SQLite's own work).
/// It reads one row, outside any transaction, so it sees every commit of any other window or
/// command. Only the store's thread uses it, between the connection's other calls; it must be finalized before
/// the connection closes (an unfinalized statement keeps SQLite from closing the file).
final class RevisionQuery {
    private var statement: OpaquePointer?

    /// Nil when the statement cannot be prepared (the caller then asks through the statement cache).
    init?(_ database: Database) {
        var prepared: OpaquePointer?
        let code = sqlite3_prepare_v3(database.sqliteConnection, "SELECT value FROM revision", -1,
                                      UInt32(SQLITE_PREPARE_PERSISTENT), &prepared, nil)
        guard code == SQLITE_OK, let prepared else {
            sqlite3_finalize(prepared)
            return nil
        }
        statement = prepared
    }

    deinit { finalize() }

    /// The saved revision now; nil when it cannot be read (busy, closed, broken).
    func value() -> Int? {
        guard let statement else { return nil }
        defer { sqlite3_reset(statement) }
        guard sqlite3_step(statement) == SQLITE_ROW else { return nil }
        return Int(sqlite3_column_int64(statement, 0))
    }

    /// Before the connection closes. Safe to call twice.
    func finalize() {
        sqlite3_finalize(statement)
        statement = nil
    }
}
