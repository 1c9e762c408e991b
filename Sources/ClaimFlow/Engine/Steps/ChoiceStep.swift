/// Exactly one option: the arrows or a digit highlight one, Space marks it, Enter picks it and goes on.
public struct ChoiceStep: FlowStep {
    public let definition: StepDefinition

    public init(_ definition: StepDefinition) { self.definition = definition }

    public func reduce(_ event: Event, _ state: inout AppState, _ scope: StepScope) -> StepOutcome {
        guard var run = scope.run(state), !definition.options.isEmpty else { return .stay() }
        let count = definition.options.count
        switch event {
        case .moveUp: run.cursor = max(run.cursor - 1, 0)
        case .moveDown: run.cursor = min(run.cursor + 1, count - 1)
        case .moveFirst, .pageUp: run.cursor = 0
        case .moveLast, .pageDown: run.cursor = count - 1
        case .toggle, .accept:
            guard let option = highlighted(run) else { return .stay() }
            return event == .accept ? .goOn(recording: .choice(option.id)) : .record(.choice(option.id))
        case .pick(let number) where (1...count).contains(number):
            run.cursor = number - 1
        default:
            return .unusable
        }
        state.progress.flows[scope.flow.id] = run
        return .stay()
    }

    /// The option under the cursor, kept within the options; nil only for a step without options
    /// (which the flow validator refuses).
    public func highlighted(_ run: FlowProgress) -> ChoiceOption? {
        guard !definition.options.isEmpty else { return nil }
        return definition.options[min(max(run.cursor, 0), definition.options.count - 1)]
    }

    /// The cursor goes to the option chosen before.
    public func enter(_ state: inout AppState, in flow: FlowDefinition) {
        guard var run = state.progress.flows[flow.id], let chosen = run.chosenOption(definition.id),
              let row = definition.options.firstIndex(where: { $0.id == chosen }) else { return }
        run.cursor = row
        state.progress.flows[flow.id] = run
    }

    public func summary(of answer: Answer, _ run: FlowProgress) -> AnswerSummary? {
        guard case .choice(let id) = answer else { return nil }
        return .chosen(definition.options.first { $0.id == id }?.label ?? id)
    }

    /// Unanswered, or the option chosen is gone from the flow.
    public func awaitsAnswer(_ run: FlowProgress) -> Bool {
        guard let chosen = run.chosenOption(definition.id) else { return true }
        return !definition.options.contains { $0.id == chosen }
    }

    public func linePrompt(_ state: AppState, in flow: FlowDefinition) -> LinePrompt {
        let chosen = state.progress.flows[flow.id]?.chosenOption(definition.id)
        return .choose(definition.options.enumerated().map { row, option in
            NumberedEntry(number: row + 1, text: option.label, detail: option.detail, marked: option.id == chosen)
        })
    }
}
