/// Items ticked with Space, each tick in the audit trail; Enter goes on only when every required
/// item that applies is ticked. A tick on an item whose `when` no longer holds stays saved, so
/// switching the earlier answer back restores it, but it is not shown or counted (Applicability.swift).
public struct ChecklistStep: FlowStep {
    public let definition: StepDefinition

    public init(_ definition: StepDefinition) { self.definition = definition }

    public func reduce(_ event: Event, _ state: inout AppState, _ scope: StepScope) -> StepOutcome {
        guard var run = scope.run(state) else { return .stay() }
        let items = shownItems(in: scope.flow, run.answers)
        let lastRow = max(items.count, 1) - 1
        switch event {
        case .moveUp: run.cursor = max(run.cursor - 1, 0)
        case .moveDown: run.cursor = min(run.cursor + 1, lastRow)
        case .moveFirst, .pageUp: run.cursor = 0
        case .moveLast, .pageDown: run.cursor = lastRow
        case .toggle:
            guard !items.isEmpty else { return .stay() }
            let item = items[min(max(run.cursor, 0), lastRow)]
            var checked = run.checkedItems(definition.id)
            let nowChecked: Bool
            if let index = checked.firstIndex(of: item.id) {
                checked.remove(at: index)
                nowChecked = false
            } else {
                checked.append(item.id)
                nowChecked = true
                // Ticking moves on to the next item, as clerks work down a paper list.
                run.cursor = min(run.cursor + 1, lastRow)
            }
            run.answers[definition.id] = .checked(checked)
            state.progress.flows[scope.flow.id] = run
            return .stay(effects: [.appendAudit(AuditEntry(
                at: scope.context.now, flow: scope.flow.id, step: definition.id, item: item.id,
                action: nowChecked ? "checked" : "unchecked", by: scope.context.operatorName))])
        case .accept:
            if let missing = firstUntickedRequired(run, shownBy: scope.flow.applicableAnswers(run.answers)) {
                run.cursor = missing.row
                state.progress.flows[scope.flow.id] = run
                state.notice = .warning(Wording.uncheckedRequired(missing.item.text))
                return .stay()
            }
            // Every tick is kept, those on hidden items too: they apply again if the choice is switched back.
            return .goOn(recording: .checked(run.checkedItems(definition.id)))
        default:
            return .unusable
        }
        state.progress.flows[scope.flow.id] = run
        return .stay()
    }

    /// Validation: the first required item that applies and is not ticked, with its row; nil when
    /// the list may be accepted. `answers`: those the items' `when` read (the run's own by default).
    public func firstUntickedRequired(_ run: FlowProgress, shownBy answers: [String: Answer]? = nil) -> (row: Int, item: ChecklistItem)? {
        let checked = Set(run.checkedItems(definition.id))
        let items = definition.visibleItems(answers ?? run.answers)
        guard let row = items.firstIndex(where: { $0.required && !checked.contains($0.id) }) else { return nil }
        return (row, items[row])
    }

    /// The items shown, given the run's answers: every item when none has a `when` (most lists),
    /// without walking the flow for the answers that apply (issue 19: a cursor move did that).
    public func shownItems(in flow: FlowDefinition, _ answers: [String: Answer]) -> [ChecklistItem] {
        if definition.items.allSatisfy(\.when.isAlways) { return definition.items }
        return definition.visibleItems(flow.applicableAnswers(answers))
    }

    /// The cursor goes to the first item not yet ticked.
    public func enter(_ state: inout AppState, in flow: FlowDefinition) {
        guard var run = state.progress.flows[flow.id] else { return }
        let checked = Set(run.checkedItems(definition.id))
        run.cursor = definition.visibleItems(flow.applicableAnswers(run.answers)).firstIndex { !checked.contains($0.id) } ?? 0
        state.progress.flows[flow.id] = run
    }

    public func summary(of answer: Answer, _ run: FlowProgress) -> AnswerSummary? {
        guard case .checked(let ids) = answer else { return nil }
        let shown = definition.visibleItems(run.answers).map(\.id)
        return .ticked(ids.filter(shown.contains).count, of: shown.count, on: run.answeredAt[definition.id])
    }

    /// Never looked at, or a required item that applies now (after a changed answer) is not ticked.
    public func awaitsAnswer(_ run: FlowProgress) -> Bool {
        run.answers[definition.id] == nil || firstUntickedRequired(run) != nil
    }

    public func linePrompt(_ state: AppState, in flow: FlowDefinition) -> LinePrompt {
        let run = state.progress.flows[flow.id]
        let checked = Set(run?.checkedItems(definition.id) ?? [])
        let items = definition.visibleItems(flow.applicableAnswers(run?.answers ?? [:]))
        return .tick(items.enumerated().map { row, item in
            NumberedEntry(number: row + 1, text: item.text, detail: item.detail,
                          marked: checked.contains(item.id), required: item.required)
        })
    }
}
