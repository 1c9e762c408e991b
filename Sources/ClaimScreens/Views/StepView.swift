import ClaimFlow

/// A step of a flow: the frame every kind shares (where you are, the heading, the paragraphs with
/// their facts filled); the kind's type draws the rest and names its keys (`StepPresentation`).
enum StepView {
    /// `position`: "手順 k / n" when the window remembers it (`StepPathMemo`); worked out here otherwise.
    static func screen(_ state: AppState, flow: FlowDefinition, progress: FlowProgress, _ context: ViewContext,
                       position known: (step: Int, of: Int)? = nil) -> Screen {
        guard let step = flow.step(progress.current) else { return MenuView.screen(state, context) }
        let position = known ?? StepPath.position(in: flow, progress: progress)
        let place = "\(flow.title)  手順 \(position.step) / \(position.of)"
        // A fact is computed only when a text on this step asks for it.
        let facts = Facts(state, context.engine, today: context.today(state))
        let fill = facts.fill
        let page = StepPage(state: state, flow: flow, progress: progress, context: context, fill: fill)
        var body = StepBody(blocks: step.body.map { .paragraph(fill($0)) })
        let kind = presentation(of: step)
        kind.view(&body, page)
        let hints = kind.hints(page)
        var screen = Screen(place: place, heading: fill(step.title), body: body.blocks, focus: body.focus, hints: hints)
        if kind.cursorOnlyHighlights { screen.selectable = body.listRows }
        return screen
    }

    /// The step's kind with its view. A switch, not `flowStep as? any StepPresentation`: the compiler
    /// then asks for a view of every kind, and no cast makes the runtime look the conformance up by
    /// scanning every conformance record of the program (pages of metadata at start-up).
    static func presentation(of step: StepDefinition) -> any StepPresentation {
        switch step.kind {
        case .info: InfoStep(step)
        case .checklist: ChecklistStep(step)
        case .choice: ChoiceStep(step)
        case .text: TextStep(step)
        case .readback: ReadbackStep(step)
        case .confirm: ConfirmStep(step)
        case .summary: SummaryStep(step)
        }
    }
}
