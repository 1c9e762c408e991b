/// Where the clerk stands on the changes screen [S0]: the highlighted change, what is being done
/// to it, and what was typed. Saved like a flow's step and draft, so Esc, F2 and quitting keep it.
public struct ChangesPlace: Codable, Equatable, Sendable {
    /// The highlighted change's id; nil: the first planned change (or the last row).
    public var selected: Int?
    public var stage: ChangesStage
    /// What was typed, for which operation on which change.
    public var draft: ChangeDraft?

    public init(selected: Int? = nil, stage: ChangesStage = .list, draft: ChangeDraft? = nil) {
        self.selected = selected
        self.stage = stage
        self.draft = draft
    }
}

/// The steps of doing something to a change: pick it, pick what to do, type, confirm.
public enum ChangesStage: Equatable, Sendable {
    case list
    /// Enter on a planned change: what can be done to it, one per row.
    case choosing(cursor: Int)
    /// Typing the date or the note the operation needs (the draft holds the text).
    case typing(ChangeOperation)
    /// The typed value was understood: the screen says what will be recorded; Enter records it.
    case confirming(ChangeOperation)
}

/// What the clerk can start on a planned change; each becomes a `ChangeCommand`.
public enum ChangeOperation: String, Codable, Sendable, CaseIterable {
    case postpone
    case editDate = "edit-date"
    case editNote = "edit-note"
    case markDone = "done"
    case cancel

    /// Cancelling needs nothing typed, only a confirmation.
    public var takesText: Bool { self != .cancel }

    /// The longest text the field takes: a date as clerks type it, or a note (the add flow's 60).
    public var maxLength: Int { self == .editNote ? ChangeRecord.noteMaxLength : 16 }
}

/// Text typed for an operation on a change, and where the caret stands (nil: at the end).
public struct ChangeDraft: Codable, Equatable, Sendable {
    public var operation: ChangeOperation
    public var changeID: Int
    public var text: String
    public var caret: Int?

    public init(operation: ChangeOperation, changeID: Int, text: String, caret: Int? = nil) {
        self.operation = operation
        self.changeID = changeID
        self.text = text
        self.caret = caret
    }
}

extension ChangesPlace {
    /// The field of `operation` on `change`: what was typed for it, else the value it starts
    /// from, which typing replaces rather than appends to (issue 15, as a flow's fields do).
    public func fieldContent(_ operation: ChangeOperation, on change: ChangeRecord, today: CivilDate) -> FieldContent {
        let typed = draft.flatMap { $0.operation == operation && $0.changeID == change.id ? FieldDraft(text: $0.text, caret: $0.caret) : nil }
        return .of(draft: typed, earlier: ChangesPlace.prefill(operation, change, today: today))
    }

    /// What the field starts with: the date or note to correct, the day to confirm as done;
    /// a postponement starts empty (a new date is the point of it).
    static func prefill(_ operation: ChangeOperation, _ change: ChangeRecord, today: CivilDate) -> String {
        switch operation {
        case .postpone, .cancel: return ""
        case .editDate: return change.date.description
        case .editNote: return change.note
        case .markDone: return change.suggestedDoneDay(today: today).description
        }
    }
}

extension ChangeRecord {
    /// The longest note (Assets/flows/changes.json's note field says the same).
    public static let noteMaxLength = 60
}

extension ChangesStage: Codable {
    private enum CodingKeys: String, CodingKey { case stage, cursor, operation }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(String.self, forKey: .stage) {
        case "list": self = .list
        case "choosing": self = .choosing(cursor: try c.decode(Int.self, forKey: .cursor))
        case "typing": self = .typing(try c.decode(ChangeOperation.self, forKey: .operation))
        case "confirming": self = .confirming(try c.decode(ChangeOperation.self, forKey: .operation))
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .stage, in: c, debugDescription: "unknown stage \(other)")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .list: try c.encode("list", forKey: .stage)
        case .choosing(let cursor): try c.encode("choosing", forKey: .stage); try c.encode(cursor, forKey: .cursor)
        case .typing(let operation): try c.encode("typing", forKey: .stage); try c.encode(operation, forKey: .operation)
        case .confirming(let operation): try c.encode("confirming", forKey: .stage); try c.encode(operation, forKey: .operation)
        }
    }
}
