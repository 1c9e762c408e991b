import CSQLite

/// One prepared statement of a connection; the connection finalizes it when it closes.
public final class Statement {
    private(set) var handle: OpaquePointer?
    let sql: String
    private unowned let database: Database

    init(_ database: Database, sql: String) throws {
        self.database = database
        self.sql = sql
        var prepared: OpaquePointer?
        let code = sqlite3_prepare_v3(database.sqliteConnection, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &prepared, nil)
        guard code == SQLITE_OK, let prepared else {
            sqlite3_finalize(prepared)
            throw DatabaseError(code: code, connection: database.sqliteConnection, sql: sql)
        }
        handle = prepared
    }

    deinit { finalize() }

    /// Runs it to the end, for what it does.
    public func execute(arguments: StatementArguments = StatementArguments()) throws {
        try run(arguments) { _ in }
    }

    /// Binds `arguments`, steps through every row (each handed to `row` while it is current) and resets.
    func run(_ arguments: StatementArguments, row: (OpaquePointer) throws -> Void) throws {
        guard let handle else { throw DatabaseError(message: "文が閉じられています", sql: sql) }
        try Self.run(handle, arguments, connection: database.sqliteConnection, sql: sql, row: row)
    }

    static func run(_ handle: OpaquePointer, _ arguments: StatementArguments, connection: OpaquePointer?, sql: String,
                    row: (OpaquePointer) throws -> Void = { _ in }) throws {
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        for (index, value) in arguments.values.enumerated() {
            let code = bind(value, at: Int32(index + 1), in: handle)
            guard code == SQLITE_OK else { throw DatabaseError(code: code, connection: connection, sql: sql) }
        }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else { throw DatabaseError(code: code, connection: connection, sql: sql) }
            try row(handle)
        }
    }

    func rows(_ arguments: StatementArguments) throws -> [Row] {
        var rows: [Row] = []
        var names: [String]?
        try run(arguments) { handle in
            let columns = names ?? (0..<sqlite3_column_count(handle)).map { String(cString: sqlite3_column_name(handle, $0)) }
            names = columns
            rows.append(Row(columns: columns, values: (0..<Int32(columns.count)).map { Self.value(at: $0, in: handle) }))
        }
        return rows
    }

    func finalize() {
        sqlite3_finalize(handle)
        handle = nil
    }

    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    private static func bind(_ value: DatabaseValue, at index: Int32, in handle: OpaquePointer) -> Int32 {
        switch value {
        case .null: return sqlite3_bind_null(handle, index)
        case .integer(let number): return sqlite3_bind_int64(handle, index, number)
        case .real(let number): return sqlite3_bind_double(handle, index, number)
        case .text(let text): return sqlite3_bind_text(handle, index, text, -1, transient)
        case .blob(let bytes):
            return bytes.withUnsafeBytes { sqlite3_bind_blob(handle, index, $0.baseAddress, Int32($0.count), transient) }
        }
    }

    static func value(at column: Int32, in handle: OpaquePointer) -> DatabaseValue {
        switch sqlite3_column_type(handle, column) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, column))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, column))
        case SQLITE_TEXT:
            guard let text = sqlite3_column_text(handle, column) else { return .text("") }
            let count = Int(sqlite3_column_bytes(handle, column))
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(handle, column))
            guard let bytes = sqlite3_column_blob(handle, column), count > 0 else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: bytes, count: count)))
        default: return .null
        }
    }
}
