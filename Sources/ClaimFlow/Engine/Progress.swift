/// Everything that survives a restart. Saved after every accepted event (design.md §6).
public struct SavedProgress: Codable, Equatable, Sendable {
    /// Bumped whenever the shape of this file changes; a newer file is never overwritten.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var location: Location
    public var menuCursor: Int
    public var flows: [String: FlowProgress]

    public init() {
        schemaVersion = SavedProgress.currentSchemaVersion
        location = .menu
        menuCursor = 0
        flows = [:]
    }
}

/// Which screen is showing.
public enum Location: Equatable, Sendable, Codable {
    case menu
    case flow(String)
    case calendar

    private enum CodingKeys: String, CodingKey { case screen, flow }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(String.self, forKey: .screen) {
        case "menu": self = .menu
        case "calendar": self = .calendar
        case "flow": self = .flow(try c.decode(String.self, forKey: .flow))
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .screen, in: c, debugDescription: "unknown screen \(other)")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .menu: try c.encode("menu", forKey: .screen)
        case .calendar: try c.encode("calendar", forKey: .screen)
        case .flow(let id): try c.encode("flow", forKey: .screen); try c.encode(id, forKey: .flow)
        }
    }
}
