/// Text typed into one step's field and not yet accepted, with where the caret stood. Kept per
/// step (issue 15), so Esc, F2, F1 and quitting lose nothing, and a step never shows text that
/// was typed on another one. A secret's draft is never one of these in saved progress: it is
/// `AppState.secretDraft`, in memory only (design.md §6).
public struct FieldDraft: Codable, Equatable, Sendable {
    public var text: String
    /// A character index; nil means after the last character, where typing usually goes on.
    public var caret: Int?

    public init(text: String, caret: Int? = nil) {
        self.text = text
        self.caret = caret
    }
}

/// What a field holds as it is shown or typed into.
public struct FieldContent: Equatable, Sendable {
    public var text: String
    public var caret: Int?
    /// The text is the step's earlier answer, untouched: typing replaces it, never appends to
    /// it (issue 15: a 受付番号 with the 医療機関コード glued on); the arrows and BS edit it.
    public var replacesOnTyping: Bool

    public init(text: String, caret: Int?, replacesOnTyping: Bool) {
        self.text = text
        self.caret = caret
        self.replacesOnTyping = replacesOnTyping
    }

    static let empty = FieldContent(text: "", caret: nil, replacesOnTyping: false)

    /// The draft if there is one, else the earlier answer to be replaced, else nothing.
    static func of(draft: FieldDraft?, earlier: String?) -> FieldContent {
        if let draft { return FieldContent(text: draft.text, caret: draft.caret, replacesOnTyping: false) }
        if let earlier, !earlier.isEmpty { return FieldContent(text: earlier, caret: nil, replacesOnTyping: true) }
        return .empty
    }
}

extension AppState {
    /// A step's field: its own draft, else its own earlier answer, else empty; never another
    /// step's text. A secret's come from memory.
    public func fieldContent(flow flowID: String, step stepID: String, secret: Bool) -> FieldContent {
        if secret { return .of(draft: secretDraft, earlier: secrets[FieldEntry.secretKey(flow: flowID, step: stepID)]) }
        guard let run = progress.flows[flowID] else { return .empty }
        return .of(draft: run.drafts[stepID], earlier: run.answers[stepID]?.textValue)
    }
}
