/// The answers given on the way here. The first row finishes the flow; each answer below it can
/// be highlighted and opened with Enter, to change it and come back (issue 15, `SummaryReturn`).
public struct SummaryStep: FlowStep {
    public let definition: StepDefinition

    public init(_ definition: StepDefinition) { self.definition = definition }

    /// Rows: 0 is "finish", row n opens the n-th answer line.
    public func reduce(_ event: Event, _ state: inout AppState, _ scope: StepScope) -> StepOutcome {
        guard var run = scope.run(state) else { return .stay() }
        let lines = answers(state, in: scope.flow)
        let lastRow = lines.count
        switch event {
        case .moveUp: run.cursor = max(run.cursor - 1, 0)
        case .moveDown: run.cursor = min(run.cursor + 1, lastRow)
        case .moveFirst, .pageUp: run.cursor = 0
        case .moveLast, .pageDown: run.cursor = lastRow
        case .accept:
            let row = highlightedRow(run, lineCount: lines.count)
            return row == 0 ? .goOn(recording: nil) : .open(step: lines[row - 1].step)
        case .moveLeft, .moveRight:
            return .stay()
        default:
            return .unusable
        }
        state.progress.flows[scope.flow.id] = run
        return .stay()
    }

    /// The highlighted row, kept within the rows.
    public func highlightedRow(_ run: FlowProgress, lineCount: Int) -> Int {
        min(max(run.cursor, 0), lineCount)
    }

    /// Coming back from a changed answer: the highlight stays on its line.
    func highlight(_ stepID: String, _ state: inout AppState, in flow: FlowDefinition) {
        guard let row = answers(state, in: flow).firstIndex(where: { $0.step == stepID }) else { return }
        state.progress.flows[flow.id]?.cursor = row + 1
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
