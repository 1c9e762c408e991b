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
    /// A shortcut straight into a flow (`e` on the calendar: record an extension; `a` on the
    /// changes screen: add a change).
    case openFlow(FlowRole)
    /// A letter on the changes screen: start this on the highlighted change [S0].
    case operateOnChange(ChangeOperation)
    /// `m` on the menu: read the last 相談メモ on screen (T11); the same key closes it.
    case showMemo
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
    /// What came of an effect the runtime carried out (Bubble Tea's Cmd returning a Msg):
    /// the core learns it as an event, so no code outside the reducer changes the state.
    case effectResult(EffectResult)
}

/// The outcome of an effect, reported back by the runtime (the store's words come with it).
public enum EffectResult: Equatable, Sendable {
    /// The 相談メモ was written; the path is relative to the data folder.
    case memoWritten(path: String)
    /// Saving, the audit trail or the memo failed: what to tell the clerk, kept on screen
    /// until a save works again.
    case storeFailed(lines: [String])
    /// A save worked after a failure.
    case storeRecovered
    /// F12 in the demo: back to the sample clinic.
    case demoReset(SavedProgress)
    /// Another window or a command saved to the same data folder; this is what is saved now.
    case savedElsewhere(SavedProgress)
}

/// What the shell must do after a reduction, besides saving progress.
public enum Effect: Equatable, Sendable {
    case appendAudit(AuditEntry)
    /// Write the 相談メモ as a text file in the data folder (T11).
    case writeMemo(name: String, text: String)
    case quit

    /// The audit line this effect carries; the runtime saves it with the event's own changes.
    public var auditEntry: AuditEntry? {
        if case .appendAudit(let entry) = self { return entry }
        return nil
    }

    public var isAudit: Bool { auditEntry != nil }
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
