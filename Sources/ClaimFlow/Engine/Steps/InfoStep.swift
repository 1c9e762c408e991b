/// Text to read; Enter goes on, the arrows scroll.
public struct InfoStep: FlowStep {
    public let definition: StepDefinition

    public init(_ definition: StepDefinition) { self.definition = definition }

    public func reduce(_ event: Event, _ state: inout AppState, _ scope: StepScope) -> StepOutcome {
        .reading(event, recordingOnEnter: nil)
    }

    public func linePrompt(_ state: AppState, in flow: FlowDefinition) -> LinePrompt { .read }
}
