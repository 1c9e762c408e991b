/// Events inside a flow: what is the same for every kind of step (Esc back, going on, recording,
/// scrolling); the rest is the kind's own (`FlowStep`).
enum FlowReducer {
    static func reduce(_ state: inout AppState, flow: FlowDefinition, _ event: Event, _ context: Context) -> [Effect] {
        guard var progress = state.progress.flows[flow.id],
              let step = flow.step(progress.current) ?? flow.firstStep else {
            state.progress.location = .menu
            return []
        }
        if progress.current != step.id {
            // The saved step no longer exists in the assets: start the flow again, answers kept.
            progress.current = step.id
            progress.history = []
            state.progress.flows[flow.id] = progress
        }
        defer {
            // Written only when it moves: a write to the dictionary on every key was a tenth of the reducer's work.
            if state.progress.location == .flow(flow.id), let run = state.progress.flows[flow.id], run.updatedAt != context.now {
                state.progress.flows[flow.id]?.updatedAt = context.now
            }
        }
        let before = state.progress
        // An answer changed here may make kept answers stop applying: the clerk is told at once.
        defer { AnswerChange.tell(&state, changed: step, in: flow, before: before, context) }

        if event == .back {
            goBack(&state, flow: flow)
            return []
        }
        switch step.flowStep.reduce(event, &state, StepScope(flow: flow, context: context)) {
        case .stay(let effects):
            return effects
        case .scroll:
            scroll(&state, event)
        case .unusable:
            state.notice = .info(Wording.unusable(event, stepKind: step.kind))
        case .record(let answer):
            record(&state, flow: flow, step: step, answer, context)
        case .goOn(let answer, let effects):
            if let answer { record(&state, flow: flow, step: step, answer, context) }
            return effects + advance(&state, flow: flow, from: step, context)
        case .open(let stepID):
            SummaryReturn.open(stepID, from: step, &state, flow: flow)
        }
        return []
    }

    // MARK: moving between steps

    private static func record(_ state: inout AppState, flow: FlowDefinition, step: StepDefinition, _ answer: Answer, _ context: Context) {
        state.progress.flows[flow.id]?.answers[step.id] = answer
        state.progress.flows[flow.id]?.answeredAt[step.id] = context.now
    }

    @discardableResult
    private static func advance(_ state: inout AppState, flow: FlowDefinition, from step: StepDefinition, _ context: Context) -> [Effect] {
        // A step that records (the monthly flow per payer) writes as it is accepted, so a payer
        // confirmed today is kept even if the other one is done another day (C3).
        if let record = step.record, let run = state.progress.flows[flow.id] {
            if let notice = StepRecorder.apply(record, step: step, run: flow.applicable(run), &state.progress, context) { state.notice = notice }
        }
        // Issue 14: the setup's certificate answers fill the register as they are accepted.
        if flow.role == .setup, let role = step.role, SetupCertificate.roles.contains(role), let run = state.progress.flows[flow.id] {
            let before = state.progress.certificates
            if let entry = SetupCertificate.fill(&state.progress, setup: flow, run: flow.applicable(run)), state.progress.certificates != before {
                state.notice = .info(Messages.certificates.filledFromSetup(entry))
            }
        }
        // An answer opened from the summary: back there, or to the steps the change made necessary.
        if SummaryReturn.goOn(from: step, &state, flow: flow) { return [] }
        guard var progress = state.progress.flows[flow.id] else { return [] }
        // The path follows the answers that apply; the step being left always reads its own.
        var answers = flow.applicableAnswers(progress.answers)
        answers[step.id] = progress.answers[step.id]
        guard let nextID = StepPath.next(after: step, answers: answers) else {
            progress.completed = true
            state.progress.flows[flow.id] = progress
            state.progress.location = home(of: flow)
            var message = Wording.flowCompleted(flow.title)
            var effects: [Effect] = []
            if let action = flow.onComplete {
                let (result, actionEffects) = action.apply(&state.progress, flow: flow, run: progress, context)
                if let result { message = result }
                effects = actionEffects
            }
            if flow.repeatable { state.progress.flows[flow.id] = nil }
            state.notice = Notice(state.notice?.level == .warning ? .warning : .info, (state.notice?.lines ?? []) + [message])
            return effects
        }
        progress.history.append(step.id)
        progress.current = nextID
        state.progress.flows[flow.id] = progress
        enterCurrentStep(&state, flow: flow)
        return []
    }

    private static func goBack(_ state: inout AppState, flow: FlowDefinition) {
        if SummaryReturn.back(&state, flow: flow) { return }
        guard var progress = state.progress.flows[flow.id] else { return }
        guard let previous = progress.history.popLast() else {
            state.progress.location = home(of: flow)
            return
        }
        progress.current = previous
        state.progress.flows[flow.id] = progress
        enterCurrentStep(&state, flow: flow)
    }

    /// Where a flow goes when it ends or is left from its first step: the menu, or for the
    /// changes and certificates flows the screen they were opened from.
    static func home(of flow: FlowDefinition) -> Location {
        switch flow.role {
        case .changes?: return .changes
        case .certificates?: return .certificates
        default: return .menu
        }
    }

    /// Puts the cursor where the earlier answer left it. A field needs nothing: it shows its own
    /// step's draft or answer (`AppState.fieldContent`).
    static func enterCurrentStep(_ state: inout AppState, flow: FlowDefinition) {
        guard var progress = state.progress.flows[flow.id], let step = flow.step(progress.current) else { return }
        progress.cursor = 0
        state.progress.flows[flow.id] = progress
        step.flowStep.enter(&state, in: flow)
    }
}
