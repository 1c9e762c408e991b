/// Where one flow stands: the path taken, the current step and every answer given.
public struct FlowProgress: Codable, Equatable, Sendable {
    /// Steps passed on the way to `current`, oldest first; Esc pops from here.
    public var history: [String]
    public var current: String
    public var answers: [String: Answer]
    /// Highlighted row of the current list (checklist item or choice option).
    public var cursor: Int
    /// Text being typed on the current text step (never for secret fields).
    public var draft: String
    public var completed: Bool
    public var updatedAt: LocalDateTime

    public init(start: String, at now: LocalDateTime) {
        history = []
        current = start
        answers = [:]
        cursor = 0
        draft = ""
        completed = false
        updatedAt = now
    }

    public func checkedItems(_ stepID: String) -> [String] {
        if case .checked(let ids)? = answers[stepID] { return ids }
        return []
    }

    public func chosenOption(_ stepID: String) -> String? {
        if case .choice(let id)? = answers[stepID] { return id }
        return nil
    }
}
