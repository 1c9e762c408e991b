/// Values saved as their text form (`2026-12-09`, `2026-12-09T10:00`), so data files and the
/// audit trail read like the screens.
protocol TextCoded: Codable, CustomStringConvertible {
    init?(parsing text: String)
}

extension TextCoded {
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let parsed = Self(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "cannot read \(text)"))
        }
        self = parsed
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
