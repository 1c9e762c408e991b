
extension Database {
    /// `execute(sql:arguments:)` through the connection's statement cache. A saved key runs the
    /// same few statements every time; preparing them again would be most of its cost, the more
    /// so on tables whose triggers are compiled into every statement that writes them (Schema v3).
    func executeCached(sql: String, arguments: StatementArguments = StatementArguments()) throws {
        try cachedStatement(sql: sql).execute(arguments: arguments)
    }
}
