/// Where one flow stands: the path taken, the current step and every answer given.
public struct FlowProgress: Codable, Equatable, Sendable {
    /// Steps passed on the way to `current`, oldest first; Esc pops from here.
    public var history: [String]
    public var current: String
    public var answers: [String: Answer]
    /// Highlighted row of the current list (checklist item, choice option, summary line).
    public var cursor: Int
    /// Text typed and not yet accepted, per step (never a secret's; issue 15).
    public var drafts: [String: FieldDraft]
    /// Set while an answer opened from the summary is being changed (issue 15).
    public var revisit: Revisit?
    public var completed: Bool
    public var updatedAt: LocalDateTime
    /// When each answer was given (導通試験 results are dated; the audit trail needs it too).
    public var answeredAt: [String: LocalDateTime]

    enum CodingKeys: String, CodingKey {
        case history, current, answers, cursor, drafts, revisit, completed, updatedAt, answeredAt
        /// Before drafts were kept per step (export version 2, progress.json): one text, the
        /// current step's. Read, never written.
        case draft
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        history = try c.decode([String].self, forKey: .history)
        current = try c.decode(String.self, forKey: .current)
        answers = try c.decode([String: Answer].self, forKey: .answers)
        cursor = try c.decode(Int.self, forKey: .cursor)
        if let perStep = try c.decodeIfPresent([String: FieldDraft].self, forKey: .drafts) {
            drafts = perStep
        } else {
            let legacy = try c.decodeIfPresent(String.self, forKey: .draft) ?? ""
            drafts = legacy.isEmpty ? [:] : [current: FieldDraft(text: legacy)]
        }
        revisit = try c.decodeIfPresent(Revisit.self, forKey: .revisit)
        completed = try c.decode(Bool.self, forKey: .completed)
        updatedAt = try c.decode(LocalDateTime.self, forKey: .updatedAt)
        answeredAt = try c.decodeIfPresent([String: LocalDateTime].self, forKey: .answeredAt) ?? [:]
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(history, forKey: .history)
        try c.encode(current, forKey: .current)
        try c.encode(answers, forKey: .answers)
        try c.encode(cursor, forKey: .cursor)
        try c.encode(drafts, forKey: .drafts)
        try c.encodeIfPresent(revisit, forKey: .revisit)
        try c.encode(completed, forKey: .completed)
        try c.encode(updatedAt, forKey: .updatedAt)
        try c.encode(answeredAt, forKey: .answeredAt)
    }

    public init(start: String, at now: LocalDateTime) {
        history = []
        current = start
        answers = [:]
        cursor = 0
        drafts = [:]
        revisit = nil
        completed = false
        updatedAt = now
        answeredAt = [:]
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
