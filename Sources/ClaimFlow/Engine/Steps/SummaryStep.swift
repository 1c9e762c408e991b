/// The answers given on the way here; Enter finishes.
public struct SummaryStep: FlowStep {
    public let definition: StepDefinition

    public init(_ definition: StepDefinition) { self.definition = definition }

    public func reduce(_ event: Event, _ state: inout AppState, _ scope: StepScope) -> StepOutcome {
        .reading(event, recordingOnEnter: nil)
    }

    public func linePrompt(_ state: AppState, in flow: FlowDefinition) -> LinePrompt {
        .review(answers(state, in: flow))
    }

    /// The answers on the way here, one line each.
    public func answers(_ state: AppState, in flow: FlowDefinition) -> [AnswerLine] {
        guard let run = state.progress.flows[flow.id] else { return [] }
        return AnswerLine.taken(in: flow, run, except: definition.id)
    }
}
