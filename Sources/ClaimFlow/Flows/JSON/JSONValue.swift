/// An asset file's JSON as a tree of values (issue 19): read byte by byte without Codable, whose
/// generic containers cost the start-up run-time conformance lookups for every type they meet.
/// The types of the assets read themselves from this tree (`init(json:)`), with Japanese errors.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    /// The number as written, so an integer is never rounded through a Double.
    case number(String)
    case string(String)
    case array([JSONValue])
    /// Members in the order written; an asset's objects are small, so a lookup is a short scan.
    case object([(key: String, value: JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.array(let a), .array(let b)): return a == b
        case (.object(let a), .object(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    /// The member `key` of an object (the last one when written twice, as JSONDecoder did); nil otherwise.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.last { $0.key == key }?.value
    }

    /// What the value is, for the sentence that says the wrong shape was written.
    public var shape: JSONShape {
        switch self {
        case .null: return .null
        case .bool: return .bool
        case .number: return .number
        case .string: return .string
        case .array: return .array
        case .object: return .object
        }
    }
}

/// The kinds of JSON value, as an asset's error names them.
public enum JSONShape: Equatable, Sendable {
    case null, bool, number, integer, string, array, object
}
