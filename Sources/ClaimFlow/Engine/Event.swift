/// What the clerk asked for. Keys become events in the screen layer's key map, so a tape and
/// a keyboard go through exactly the same reducer.
public enum Event: Equatable, Sendable {
    case moveUp, moveDown, pageUp, pageDown, moveFirst, moveLast
    /// Left/Right outside text fields: the previous/next month on the calendar.
    case moveLeft, moveRight
    /// Space: tick a checklist item, mark a choice.
    case toggle
    /// Enter: accept this step and go on.
    case accept
    /// Esc: one step back, answers kept.
    case back
    /// F1.
    case help
    /// F2: the main menu, from anywhere.
    case openMenu
    /// A digit on the main menu.
    case pick(Int)
    /// A shortcut straight into a flow (`e` on the calendar: record an extension).
    case openFlow(String)
    /// Typed or pasted text for the focused field.
    case insert(String)
    case deleteBackward, deleteForward, caretLeft, caretRight, caretHome, caretEnd
    /// F3 on a secret field: show or hide what was typed.
    case toggleReveal
    /// F5 in a field: turn full-width characters into half-width (I3).
    case convertToHalfWidth
    /// A key that means nothing here; the name goes into the message.
    case unusable(keyName: String)
    case quit
}

/// What the shell must do after a reduction, besides saving progress.
public enum Effect: Equatable, Sendable {
    case appendAudit(AuditEntry)
    /// Write the 相談メモ as a text file in the data folder (T11).
    case writeMemo(name: String, text: String)
    case quit
}

/// One line of the append-only audit trail: who confirmed what, and when (design.md §6).
public struct AuditEntry: Codable, Equatable, Sendable {
    public var at: LocalDateTime
    public var flow: String
    public var step: String
    public var item: String?
    public var action: String
    public var by: String?

    public init(at: LocalDateTime, flow: String, step: String, item: String? = nil, action: String, by: String? = nil) {
        self.at = at
        self.flow = flow
        self.step = step
        self.item = item
        self.action = action
        self.by = by
    }
}
