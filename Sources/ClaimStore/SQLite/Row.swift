/// One row of a result, its values by column name or position.
public struct Row: CustomStringConvertible {
    let columns: [String]
    let values: [DatabaseValue]

    /// The value of the first column of that name (NULL when there is none).
    public subscript<Value: DatabaseValueConvertible>(_ column: String) -> Value {
        Value.decode(columns.firstIndex(of: column).map { values[$0] } ?? .null)
    }

    public subscript<Value: DatabaseValueConvertible>(_ index: Int) -> Value {
        Value.decode(values.indices.contains(index) ? values[index] : .null)
    }

    public var description: String {
        "[" + zip(columns, values).map { "\($0):\($1)" }.joined(separator: " ") + "]"
    }

    public static func fetchAll(_ statement: Statement, arguments: StatementArguments = StatementArguments()) throws -> [Row] {
        try statement.rows(arguments)
    }

    public static func fetchOne(_ statement: Statement, arguments: StatementArguments = StatementArguments()) throws -> Row? {
        try statement.rows(arguments).first
    }

    public static func fetchAll(_ db: Database, sql: String, arguments: StatementArguments = StatementArguments()) throws -> [Row] {
        try Statement(db, sql: sql).rows(arguments)
    }

    public static func fetchOne(_ db: Database, sql: String, arguments: StatementArguments = StatementArguments()) throws -> Row? {
        try fetchAll(db, sql: sql, arguments: arguments).first
    }
}

extension DatabaseValueConvertible {
    /// The first column of every row.
    public static func fetchAll(_ statement: Statement, arguments: StatementArguments = StatementArguments()) throws -> [Self] {
        var values: [Self] = []
        try statement.run(arguments) { values.append(decode(Statement.value(at: 0, in: $0))) }
        return values
    }

    /// The first column of the first row; nil when there is no row or the value is NULL.
    public static func fetchOne(_ statement: Statement, arguments: StatementArguments = StatementArguments()) throws -> Self? {
        var first: DatabaseValue?
        try statement.run(arguments) { handle in if first == nil { first = Statement.value(at: 0, in: handle) } }
        guard let first, first != .null else { return nil }
        return decode(first)
    }

    public static func fetchAll(_ db: Database, sql: String, arguments: StatementArguments = StatementArguments()) throws -> [Self] {
        try fetchAll(Statement(db, sql: sql), arguments: arguments)
    }

    public static func fetchOne(_ db: Database, sql: String, arguments: StatementArguments = StatementArguments()) throws -> Self? {
        try fetchOne(Statement(db, sql: sql), arguments: arguments)
    }
}
