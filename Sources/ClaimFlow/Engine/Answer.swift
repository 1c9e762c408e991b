/// What the clerk gave on one step.
public enum Answer: Equatable, Sendable {
    case choice(String)
    case checked([String])
    case text(String)
    /// A secret was typed this session; its text lives only in memory (design.md §6).
    case secretEntered
    case confirmed
}

extension Answer: Codable {
    private enum CodingKeys: String, CodingKey { case kind, value }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(String.self, forKey: .kind) {
        case "choice": self = .choice(try c.decode(String.self, forKey: .value))
        case "checked": self = .checked(try c.decode([String].self, forKey: .value))
        case "text": self = .text(try c.decode(String.self, forKey: .value))
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
        case .secretEntered: try c.encode("secret", forKey: .kind)
        case .confirmed: try c.encode("confirmed", forKey: .kind)
        }
    }
}
