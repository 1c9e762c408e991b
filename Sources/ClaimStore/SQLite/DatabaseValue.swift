import CSQLite

/// One value as SQLite stores it.
public enum DatabaseValue: Equatable, Sendable, CustomStringConvertible {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    public var description: String {
        switch self {
        case .null: return "NULL"
        case .integer(let value): return String(value)
        case .real(let value): return String(value)
        case .text(let value): return "\"" + value + "\""
        case .blob(let bytes): return "<\(bytes.count) bytes>"
        }
    }
}

/// A Swift value that goes into a statement and comes out of a row. Reading never traps: a value
/// of another kind is converted as SQLite converts it, and NULL read as a non-optional is its empty
/// value (a damaged file is input too; the store's checks then name what is wrong).
public protocol DatabaseValueConvertible {
    var databaseValue: DatabaseValue { get }
    static func decode(_ value: DatabaseValue) -> Self
    /// Whether `decode` of NULL is a real answer (nil), not a stand-in.
    static var acceptsNull: Bool { get }
}

extension DatabaseValueConvertible {
    public static var acceptsNull: Bool { false }
}

extension Int64: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .integer(self) }
    public static func decode(_ value: DatabaseValue) -> Int64 {
        switch value {
        case .integer(let number): return number
        case .real(let number): return Int64(exactly: number.rounded(.towardZero)) ?? 0
        case .text(let text): return Int64(text) ?? 0
        case .null, .blob: return 0
        }
    }
}

extension Int: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .integer(Int64(self)) }
    public static func decode(_ value: DatabaseValue) -> Int { Int(truncatingIfNeeded: Int64.decode(value)) }
}

extension Int32: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .integer(Int64(self)) }
    public static func decode(_ value: DatabaseValue) -> Int32 { Int32(truncatingIfNeeded: Int64.decode(value)) }
}

extension Bool: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .integer(self ? 1 : 0) }
    public static func decode(_ value: DatabaseValue) -> Bool { Int64.decode(value) != 0 }
}

extension Double: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .real(self) }
    public static func decode(_ value: DatabaseValue) -> Double {
        switch value {
        case .integer(let number): return Double(number)
        case .real(let number): return number
        case .text(let text): return Double(text) ?? 0
        case .null, .blob: return 0
        }
    }
}

extension String: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .text(self) }
    public static func decode(_ value: DatabaseValue) -> String {
        switch value {
        case .text(let text): return text
        case .integer(let number): return String(number)
        case .real(let number): return String(number)
        case .blob(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .null: return ""
        }
    }
}

extension Optional: DatabaseValueConvertible where Wrapped: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { self?.databaseValue ?? .null }
    public static func decode(_ value: DatabaseValue) -> Wrapped? { value == .null ? nil : Wrapped.decode(value) }
    public static var acceptsNull: Bool { true }
}

/// The values bound to a statement's `?` placeholders, in order: `arguments: [id, text, nil]`.
public struct StatementArguments: ExpressibleByArrayLiteral {
    public var values: [DatabaseValue]

    public init() { values = [] }
    public init(values: [DatabaseValue]) { self.values = values }
    public init(arrayLiteral elements: (any DatabaseValueConvertible)?...) {
        values = elements.map { $0?.databaseValue ?? .null }
    }
}
