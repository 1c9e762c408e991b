/// A second person reads an identifier back against the paper, character by character, and types
/// their name; who read what, and when, goes to the audit trail (I3).
public struct ReadbackStep: FlowStep {
    public let definition: StepDefinition

    public init(_ definition: StepDefinition) { self.definition = definition }

    /// The checker's name field (FlowValidator refuses a readback without one).
    public var field: TextField { definition.field ?? TextField(label: "") }

    public var takesText: Bool { true }

    public func reduce(_ event: Event, _ state: inout AppState, _ scope: StepScope) -> StepOutcome {
        guard let field = definition.field else { return .stay() }
        return FieldEntry.reduce(event, &state, scope, step: definition, field: field) { checker in
            AuditEntry(at: scope.context.now, flow: scope.flow.id, step: definition.id, item: definition.source,
                       action: "read-back", by: checker)
        }
    }

    /// Validation of the checker's name as Enter would take it.
    public func check(_ typed: String, warned: String? = nil) -> FieldCheck {
        FieldEntry.check(typed, field: field, warned: warned)
    }

    /// The text step's answer to read aloud (nil when there is none: a secret lives only in memory,
    /// so it is gone after a restart) and whether it is secret (shown masked).
    public func textToReadBack(_ state: AppState, in flow: FlowDefinition) -> (text: String?, secret: Bool) {
        let sourceID = definition.source ?? ""
        if flow.step(sourceID)?.field?.secret == true {
            return (state.secrets[FieldEntry.secretKey(flow: flow.id, step: sourceID)], true)
        }
        guard let text = state.progress.flows[flow.id]?.answers[sourceID]?.textValue else { return (nil, false) }
        return (text, false)
    }

    public func enter(_ state: inout AppState, in flow: FlowDefinition) {
        guard let field = definition.field else { return }
        FieldEntry.enter(&state, in: flow, step: definition, field: field)
    }

    /// The checker's name.
    public func summary(of answer: Answer, _ run: FlowProgress) -> AnswerSummary? {
        guard case .text(let name) = answer else { return nil }
        return .text(name)
    }

    /// Nobody has read it back yet.
    public func awaitsAnswer(_ run: FlowProgress) -> Bool { run.answers[definition.id] == nil }

    public func linePrompt(_ state: AppState, in flow: FlowDefinition) -> LinePrompt {
        let source = textToReadBack(state, in: flow)
        return .readBack(source.text, secret: source.secret, name: field)
    }
}
