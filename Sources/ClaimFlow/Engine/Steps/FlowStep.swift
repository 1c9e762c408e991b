/// One kind of step with everything that differs between kinds: what a key does, when the
/// answer is acceptable, how the answer reads on a summary, and what a line-by-line mode would
/// ask (charmbracelet/huh's `Field`). Going back, going on, recording and scrolling are the same
/// for every kind and stay in `FlowReducer`; the screen layer adds the view and the key hints.
public protocol FlowStep: Sendable {
    /// The step as written in the flow.
    var definition: StepDefinition { get }
    /// Wraps a step of this kind; `StepKind.stepType` is what picks the type for a kind.
    init(_ definition: StepDefinition)
    /// Keys go to a text field (q and digits are typed, not commands).
    var takesText: Bool { get }
    /// A key on this step; Esc and F2 were handled before, alike for every kind.
    func reduce(_ event: Event, _ state: inout AppState, _ scope: StepScope) -> StepOutcome
    /// Puts the cursor where an earlier answer left it as the step is entered (the common part
    /// has already put it on the first row).
    func enter(_ state: inout AppState, in flow: FlowDefinition)
    /// How the answer given here reads on a confirm or summary step; nil when it is not listed.
    func summary(of answer: Answer, _ run: FlowProgress) -> AnswerSummary?
    /// True when the step still needs the clerk before the summary (no answer yet, or one that
    /// would not be accepted now): the way back to a summary stops here (issue 15).
    func awaitsAnswer(_ run: FlowProgress) -> Bool
    /// What a plain line-by-line mode (issue 18) would print for this step and how it reads a line.
    func linePrompt(_ state: AppState, in flow: FlowDefinition) -> LinePrompt
}

extension FlowStep {
    public var takesText: Bool { false }
    public func enter(_ state: inout AppState, in flow: FlowDefinition) {}
    public func summary(of answer: Answer, _ run: FlowProgress) -> AnswerSummary? { nil }
    /// A step that is only read asks nothing.
    public func awaitsAnswer(_ run: FlowProgress) -> Bool { false }
}

/// Where a step is reduced: its flow, and the time and the person for records and the audit trail.
public struct StepScope: Sendable {
    public var flow: FlowDefinition
    public var context: Context

    public init(flow: FlowDefinition, context: Context) {
        self.flow = flow
        self.context = context
    }

    /// This flow's run in the state; the flow reducer has put it there before any kind is asked.
    func run(_ state: AppState) -> FlowProgress? { state.progress.flows[flow.id] }
}

/// What a kind asks of the common flow reducer once it has handled a key.
public enum StepOutcome: Equatable, Sendable {
    /// Handled on the step: a cursor moved, an item ticked, text typed or a refusal told.
    case stay(effects: [Effect] = [])
    /// Up/Down on a step without a list or a field: the text scrolls.
    case scroll
    /// The key means nothing here: the clerk is told which keys do (`Wording.unusable`).
    case unusable
    /// The answer is kept with its time, and the step stays (Space on a choice).
    case record(Answer)
    /// The step is done: its answer, if any, is recorded with its time, then the flow goes on.
    case goOn(recording: Answer?, effects: [Effect] = [])
    /// A summary's answer line: that step opens, to be changed and come back from (issue 15).
    case open(step: String)

    /// Keys on a step that is only read (info, confirm, summary): Enter goes on, arrows scroll.
    static func reading(_ event: Event, recordingOnEnter answer: Answer?) -> StepOutcome {
        switch event {
        case .accept: return .goOn(recording: answer)
        case .moveUp, .moveDown, .pageUp, .pageDown: return .scroll
        case .moveFirst, .moveLast, .moveLeft, .moveRight: return .stay()
        default: return .unusable
        }
    }
}
