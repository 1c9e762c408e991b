import CSQLite
#if canImport(Glibc)
import Glibc
#endif

/// One connection to a SQLite file, with SQLite's C API and nothing else. The store used GRDB.swift,
/// which imports Foundation: linked, Foundation's constructors, CoreFoundation and ICU were 4.2 MiB of
/// an 8 MiB peak for the whole program (issue 19: a static hello world with FoundationEssentials only
/// peaks at 3.9 MiB, with Foundation linked at 8.1). The calls keep GRDB's shape (read, write,
/// inTransaction, execute, fetchOne/fetchAll, a statement cache), and migrations keep GRDB's table,
/// so every database written before opens as it did. A connection is used by one thread at a time.
public final class Database {
    public struct Configuration {
        public var readonly = false
        /// How long a statement waits for another connection's write lock before SQLITE_BUSY.
        public var busyTimeoutSeconds = 10.0
        /// Like GRDB's default: the schema's REFERENCES … ON DELETE CASCADE hold.
        public var foreignKeysEnabled = true
        public init() {}
    }

    public enum TransactionKind: String { case deferred = "DEFERRED", immediate = "IMMEDIATE", exclusive = "EXCLUSIVE" }
    public enum TransactionCompletion { case commit, rollback }

    public private(set) var sqliteConnection: OpaquePointer?
    private var cache: [String: Statement] = [:]
    /// The same statements in the order they were prepared, to finalize them: walking `cache.values`
    /// made the runtime look up Dictionary.Values' iterator by scanning every conformance record.
    private var prepared: [Statement] = []

    public init(path: String, configuration: Configuration = Configuration()) throws {
        let flags = (configuration.readonly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) | SQLITE_OPEN_NOMUTEX
        var connection: OpaquePointer?
        let code = sqlite3_open_v2(path, &connection, flags, nil)
        guard code == SQLITE_OK, let connection else {
            let error = DatabaseError(code: code, connection: connection)
            sqlite3_close_v2(connection)
            throw error
        }
        sqliteConnection = connection
        sqlite3_extended_result_codes(connection, 1)
        sqlite3_busy_timeout(connection, Int32(configuration.busyTimeoutSeconds * 1000))
        if configuration.foreignKeysEnabled {
            do { try execute(sql: "PRAGMA foreign_keys = ON") } catch {
                close()
                throw error
            }
        }
    }

    deinit { close() }

    /// Finalizes every statement and closes the file. Safe to call twice.
    public func close() {
        for statement in prepared { statement.finalize() }
        prepared = []
        cache = [:]
        sqlite3_close_v2(sqliteConnection)
        sqliteConnection = nil
    }

    // MARK: statements

    /// Every statement of `sql`, one after another.
    public func execute(sql: String, arguments: StatementArguments = StatementArguments()) throws {
        guard let connection = sqliteConnection else { throw DatabaseError(message: "データベースは閉じています", sql: sql) }
        var arguments = arguments
        try sql.utf8CString.withUnsafeBufferPointer { buffer in
            guard var next = buffer.baseAddress else { return }
            while next.pointee != 0 {
                var statement: OpaquePointer?
                var tail: UnsafePointer<CChar>?
                let code = sqlite3_prepare_v2(connection, next, -1, &statement, &tail)
                guard code == SQLITE_OK else {
                    sqlite3_finalize(statement)
                    throw DatabaseError(code: code, connection: connection, sql: sql)
                }
                defer { sqlite3_finalize(statement) }
                if let statement {
                    // The arguments go to the first statement that has placeholders.
                    let count = Int(sqlite3_bind_parameter_count(statement))
                    let bound = StatementArguments(values: Array(arguments.values.prefix(count)))
                    arguments.values.removeFirst(min(count, arguments.values.count))
                    try Statement.run(statement, bound, connection: connection, sql: sql)
                }
                guard let tail else { break }
                next = tail
            }
        }
    }

    /// The statement, prepared once per connection (a saved key runs the same few every time).
    public func cachedStatement(sql: String) throws -> Statement {
        if let statement = cache[sql] { return statement }
        let statement = try Statement(self, sql: sql)
        cache[sql] = statement
        prepared.append(statement)
        return statement
    }

    // MARK: transactions

    /// `body` in a transaction: committed when it says so, rolled back when it throws or says so,
    /// or when the commit itself fails.
    public func inTransaction(_ kind: TransactionKind = .deferred, _ body: () throws -> TransactionCompletion) throws {
        try execute(sql: "BEGIN \(kind.rawValue) TRANSACTION")
        let completion: TransactionCompletion
        do { completion = try body() } catch {
            try? execute(sql: "ROLLBACK TRANSACTION")
            throw error
        }
        switch completion {
        case .commit:
            do { try execute(sql: "COMMIT TRANSACTION") } catch {
                try? execute(sql: "ROLLBACK TRANSACTION")
                throw error
            }
        case .rollback:
            try execute(sql: "ROLLBACK TRANSACTION")
        }
    }

    public func inTransaction(_ kind: TransactionKind = .deferred, _ body: (Database) throws -> TransactionCompletion) throws {
        try inTransaction(kind) { () throws -> TransactionCompletion in try body(self) }
    }

    /// A consistent read: one deferred transaction around `body`.
    public func read<T>(_ body: (Database) throws -> T) throws -> T { try result(in: .deferred, body) }

    /// A write: the write lock taken at once (BEGIN IMMEDIATE), so two windows wait for each other
    /// instead of failing halfway.
    public func write<T>(_ body: (Database) throws -> T) throws -> T { try result(in: .immediate, body) }

    private func result<T>(in kind: TransactionKind, _ body: (Database) throws -> T) throws -> T {
        var result: T?
        try inTransaction(kind) { () throws -> TransactionCompletion in
            result = try body(self)
            return .commit
        }
        guard let result else { throw DatabaseError(message: "トランザクションが終わりませんでした") }
        return result
    }

    /// `body` outside any transaction (pragmas that cannot run inside one).
    public func writeWithoutTransaction<T>(_ body: (Database) throws -> T) throws -> T { try body(self) }

    /// One statement that reads atomically on its own, without a transaction around it.
    public func unsafeRead<T>(_ body: (Database) throws -> T) throws -> T { try body(self) }

    // MARK: the file

    /// The columns of `table`, in order.
    public func columns(in table: String) throws -> [(name: String, type: String)] {
        try Row.fetchAll(self, sql: "PRAGMA table_info(\(Self.quoted(table)))").map { ($0["name"], $0["type"]) }
    }

    /// SQLite's online backup into `other`, page by page while others keep working.
    public func backup(to other: Database) throws {
        guard let source = sqliteConnection, let destination = other.sqliteConnection else {
            throw DatabaseError(message: "データベースは閉じています")
        }
        guard let backup = sqlite3_backup_init(destination, "main", source, "main") else {
            throw DatabaseError(code: sqlite3_errcode(destination), connection: destination)
        }
        let stepped = sqlite3_backup_step(backup, -1)
        let finished = sqlite3_backup_finish(backup)
        guard stepped == SQLITE_DONE else { throw DatabaseError(code: stepped, connection: destination) }
        guard finished == SQLITE_OK else { throw DatabaseError(code: finished, connection: destination) }
    }

    static func quoted(_ identifier: String) -> String {
        "\"" + identifier.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
