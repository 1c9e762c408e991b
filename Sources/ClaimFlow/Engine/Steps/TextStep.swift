/// One line of text checked by the validator its field names; a secret is kept only in memory.
public struct TextStep: FlowStep {
    public let definition: StepDefinition

    public init(_ definition: StepDefinition) { self.definition = definition }

    /// The field as written (FlowValidator refuses a text step without one).
    public var field: TextField { definition.field ?? TextField(label: "") }

    public var takesText: Bool { true }

    public func reduce(_ event: Event, _ state: inout AppState, _ scope: StepScope) -> StepOutcome {
        guard let field = definition.field else { return .stay() }
        return FieldEntry.reduce(event, &state, scope, step: definition, field: field) { entered in
            // Names of the people responsible go to the audit trail too.
            guard field.audit else { return nil }
            return AuditEntry(at: scope.context.now, flow: scope.flow.id, step: definition.id, item: entered,
                              action: "entered", by: scope.context.operatorName)
        }
    }

    /// Validation of what Enter would take; `warned` is the text whose doubts were already shown.
    public func check(_ typed: String, warned: String? = nil) -> FieldCheck {
        FieldEntry.check(typed, field: field, warned: warned)
    }

    public func enter(_ state: inout AppState, in flow: FlowDefinition) {
        guard let field = definition.field else { return }
        FieldEntry.enter(&state, in: flow, step: definition, field: field)
    }

    public func summary(of answer: Answer, _ run: FlowProgress) -> AnswerSummary? {
        switch answer {
        case .text(let text): return .text(text)
        case .date(let date): return .text(date.description)
        case .secretEntered: return .secretEntered
        default: return nil
        }
    }

    public func awaitsAnswer(_ run: FlowProgress) -> Bool { run.answers[definition.id] == nil }

    public func linePrompt(_ state: AppState, in flow: FlowDefinition) -> LinePrompt { .type(field) }
}
