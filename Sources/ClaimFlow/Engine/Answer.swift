/// What the clerk gave on one step.
public enum Answer: Equatable, Sendable {
    case choice(String)
    case checked([String])
    case text(String)
    /// A text step whose validator is `date`: the day itself, however the clerk wrote it.
    case date(CivilDate)
    /// A secret was typed this session; its text lives only in memory (design.md §6).
    case secretEntered
    case confirmed

    /// A text step's answer as text; a date in its normal form `2027-04-01`.
    public var textValue: String? {
        switch self {
        case .text(let text): return text
        case .date(let date): return date.description
        default: return nil
        }
    }

    /// A date step's day. Answers saved before answers had types (the store before v4, an
    /// export, progress.json, the demo) hold it as text in the normal form: read here, once.
    public var dateValue: CivilDate? {
        switch self {
        case .date(let date): return date
        case .text(let text): return CivilDate(parsing: text)
        default: return nil
        }
    }
}

extension Answer: Codable {
    private enum CodingKeys: String, CodingKey { case kind, value }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(String.self, forKey: .kind) {
        case "choice": self = .choice(try c.decode(String.self, forKey: .value))
        case "checked": self = .checked(try c.decode([String].self, forKey: .value))
        case "text": self = .text(try c.decode(String.self, forKey: .value))
        case "date":
            let text = try c.decode(String.self, forKey: .value)
            guard let date = CivilDate(parsing: text) else {
                throw DecodingError.dataCorruptedError(forKey: .value, in: c, debugDescription: "not a date: \(text)")
            }
            self = .date(date)
        case "secret": self = .secretEntered
        case "confirmed": self = .confirmed
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: c, debugDescription: "unknown answer kind \(other)")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .choice(let id): try c.encode("choice", forKey: .kind); try c.encode(id, forKey: .value)
        case .checked(let ids): try c.encode("checked", forKey: .kind); try c.encode(ids, forKey: .value)
        case .text(let text): try c.encode("text", forKey: .kind); try c.encode(text, forKey: .value)
        case .date(let date): try c.encode("date", forKey: .kind); try c.encode(date.description, forKey: .value)
        case .secretEntered: try c.encode("secret", forKey: .kind)
        case .confirmed: try c.encode("confirmed", forKey: .kind)
        }
    }
}
