/// Why an asset's value cannot be read: the problem, and the step it is in when known.
public struct AssetReadError: Error, Equatable, Sendable {
    public var problem: AssetProblem
    public var stepID: String?

    public init(_ problem: AssetProblem, stepID: String? = nil) {
        self.problem = problem
        self.stepID = stepID
    }
}

/// The members of one JSON object, read as an asset type needs them. A member written as `null`
/// counts as absent (as Codable's `decodeIfPresent` had it); a value of the wrong kind names its key.
public struct JSONFields {
    let members: [(key: String, value: JSONValue)]

    /// `value` must be an object; `field` names it when it is not.
    public init(_ value: JSONValue, field: String) throws(AssetReadError) {
        guard case .object(let members) = value else {
            throw AssetReadError(.wrongType(field: field, expected: .object, found: value.shape))
        }
        self.members = members
    }

    /// The member, nil when absent or null.
    public func value(_ key: String) -> JSONValue? {
        guard let value = members.last(where: { $0.key == key })?.value, value != .null else { return nil }
        return value
    }

    private func required(_ key: String) throws(AssetReadError) -> JSONValue {
        guard let value = value(key) else { throw AssetReadError(.missingKey(key)) }
        return value
    }

    public func string(_ key: String) throws(AssetReadError) -> String {
        try Self.string(required(key), field: key)
    }

    public func optionalString(_ key: String) throws(AssetReadError) -> String? {
        guard let value = value(key) else { return nil }
        return try Self.string(value, field: key)
    }

    public func bool(_ key: String) throws(AssetReadError) -> Bool {
        let value = try required(key)
        guard case .bool(let flag) = value else { throw AssetReadError(.wrongType(field: key, expected: .bool, found: value.shape)) }
        return flag
    }

    public func bool(_ key: String, default fallback: Bool) throws(AssetReadError) -> Bool {
        guard let value = value(key) else { return fallback }
        guard case .bool(let flag) = value else { throw AssetReadError(.wrongType(field: key, expected: .bool, found: value.shape)) }
        return flag
    }

    public func int(_ key: String) throws(AssetReadError) -> Int {
        try Self.int(required(key), field: key)
    }

    public func optionalInt(_ key: String) throws(AssetReadError) -> Int? {
        guard let value = value(key) else { return nil }
        return try Self.int(value, field: key)
    }

    /// A list of strings; absent is empty.
    public func strings(_ key: String) throws(AssetReadError) -> [String] {
        var result: [String] = []
        for element in try list(key) { result.append(try Self.string(element, field: key)) }
        return result
    }

    /// A list of integers; absent is empty.
    public func ints(_ key: String) throws(AssetReadError) -> [Int] {
        var result: [Int] = []
        for element in try list(key) { result.append(try Self.int(element, field: key)) }
        return result
    }

    /// The elements of a list; absent is empty.
    public func list(_ key: String) throws(AssetReadError) -> [JSONValue] {
        guard let value = value(key) else { return [] }
        guard case .array(let elements) = value else { throw AssetReadError(.wrongType(field: key, expected: .array, found: value.shape)) }
        return elements
    }

    /// A list of objects, each read by `read`; absent is empty.
    public func objects<T>(_ key: String, _ read: (JSONFields) throws(AssetReadError) -> T) throws(AssetReadError) -> [T] {
        var result: [T] = []
        for element in try list(key) { result.append(try read(JSONFields(element, field: key))) }
        return result
    }

    /// A nested object, nil when absent.
    public func optionalObject(_ key: String) throws(AssetReadError) -> JSONFields? {
        guard let value = value(key) else { return nil }
        return try JSONFields(value, field: key)
    }

    public func object(_ key: String) throws(AssetReadError) -> JSONFields {
        try JSONFields(required(key), field: key)
    }

    /// An object whose every value is a string (`prefill`, a `when`); absent is empty.
    public func stringMap(_ key: String) throws(AssetReadError) -> [String: String] {
        guard let fields = try optionalObject(key), !fields.members.isEmpty else { return [:] }
        // Sized up front: growing a [String: String] ran the standard library's copy of the resize, which
        // makes its storage type from a mangled name and checks String: Hashable by scanning every
        // conformance record of the binary (issue 19).
        var result = [String: String](minimumCapacity: fields.members.count)
        for (name, value) in fields.members { result[name] = try Self.string(value, field: key) }
        return result
    }

    /// One of a fixed set of words (a role, a kind); an unknown word lists the ones there are.
    public func word<Word: RawRepresentable & CaseIterable>(_ key: String, as type: Word.Type) throws(AssetReadError) -> Word
    where Word.RawValue == String {
        try Self.word(string(key), field: key, as: type)
    }

    public func optionalWord<Word: RawRepresentable & CaseIterable>(_ key: String, as type: Word.Type) throws(AssetReadError) -> Word?
    where Word.RawValue == String {
        guard let text = try optionalString(key) else { return nil }
        return try Self.word(text, field: key, as: type)
    }

    public static func word<Word: RawRepresentable & CaseIterable>(_ text: String, field: String, as type: Word.Type) throws(AssetReadError) -> Word
    where Word.RawValue == String {
        guard let word = Word(rawValue: text) else {
            throw AssetReadError(.unknownValue(field: field, value: text, allowed: Word.allCases.map(\.rawValue)))
        }
        return word
    }

    public static func string(_ value: JSONValue, field: String) throws(AssetReadError) -> String {
        guard case .string(let text) = value else { throw AssetReadError(.wrongType(field: field, expected: .string, found: value.shape)) }
        return text
    }

    /// A whole number as written (`3`, not `3.0` or `"3"`), within Int.
    static func int(_ value: JSONValue, field: String) throws(AssetReadError) -> Int {
        guard case .number(let text) = value, let number = Int(text) else {
            throw AssetReadError(.wrongType(field: field, expected: .integer, found: value.shape))
        }
        return number
    }
}
