/// "Is this right?" over the answers given: Enter confirms (and is recorded), Esc goes back to correct.
public struct ConfirmStep: FlowStep {
    public let definition: StepDefinition

    public init(_ definition: StepDefinition) { self.definition = definition }

    public func reduce(_ event: Event, _ state: inout AppState, _ scope: StepScope) -> StepOutcome {
        .reading(event, recordingOnEnter: .confirmed)
    }

    /// The confirmation is when, not what: it is not listed among the answers.
    public func summary(of answer: Answer, _ run: FlowProgress) -> AnswerSummary? { nil }

    public func awaitsAnswer(_ run: FlowProgress) -> Bool { run.answers[definition.id] == nil }

    public func linePrompt(_ state: AppState, in flow: FlowDefinition) -> LinePrompt {
        .review(answers(state, in: flow))
    }

    /// The answers on the way here, to look over.
    public func answers(_ state: AppState, in flow: FlowDefinition) -> [AnswerLine] {
        guard let run = state.progress.flows[flow.id] else { return [] }
        return AnswerLine.taken(in: flow, run, except: definition.id)
    }
}
