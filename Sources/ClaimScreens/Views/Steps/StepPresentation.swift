import ClaimFlow

/// The screen's half of a step kind: what it draws under the step's paragraphs and which keys it
/// offers. Each kind's type (ClaimFlow/Engine/Steps) conforms in its own `+View` file.
protocol StepPresentation: FlowStep {
    /// Adds this kind's part (a list, a field, the answers) to the body.
    func view(_ body: inout StepBody, _ page: StepPage)
    /// True when the cursor changes nothing on this kind's screen but which row is highlighted (and
    /// so which detail shows): the rows appended with `focused:` are then moved over without a
    /// new screen (`ScreenMemo`; ScreenMemoTests checks it on every such step of the shipped flows).
    var cursorOnlyHighlights: Bool { get }
    /// Key hints, most important first (the layout drops from the end when the line is full).
    func hints(_ page: StepPage) -> [KeyHint]
}

/// What a step's view reads: the state, the flow, this flow's run and the frame's context.
struct StepPage {
    let state: AppState
    let flow: FlowDefinition
    let progress: FlowProgress
    let context: ViewContext
    /// A flow text with its {{facts}} filled.
    let fill: (String) -> String

    /// F3 shows a secret, but never while tapes play or record (nothing secret is snapshotted).
    var showsSecret: Bool { state.revealSecret && context.revealAllowed }
}

extension StepPresentation {
    var cursorOnlyHighlights: Bool { false }
}

/// The body being built, and the row that must stay in view.
struct StepBody {
    var blocks: [Block]
    var focus: Int?

    mutating func append(_ block: Block) { blocks.append(block) }

    /// The rows appended with `focused:`, in order: the ones the highlight moves over.
    var listRows: [Int] = []

    /// A list row; `focused` when it is the highlighted one.
    mutating func append(_ block: Block, focused: Bool) {
        if focused { focus = blocks.count }
        listRows.append(blocks.count)
        blocks.append(block)
    }

    /// A blank line between the step's paragraphs and its list, when there are paragraphs.
    mutating func separateFromParagraphs() {
        if !blocks.isEmpty { blocks.append(.blank) }
    }
}
