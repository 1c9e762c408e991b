/// An answer opened from a summary (issue 15): the summary to come back to, the step opened, and
/// the way to the summary as it was then, so the flow can tell which steps a change put on it.
public struct Revisit: Codable, Equatable, Sendable {
    /// The summary step to come back to.
    public var summary: String
    /// The step opened from it.
    public var opened: String
    /// The steps before the summary when the answer was opened, oldest first.
    public var path: [String]

    public init(summary: String, opened: String, path: [String]) {
        self.summary = summary
        self.opened = opened
        self.path = path
    }
}

/// From a summary, an answer is opened, changed and returned from in a few keys (issue 15).
/// Enter on a step goes straight back to the summary when every step on the way there is still
/// answered, else to the first step the change made necessary; Esc on the opened step goes back
/// to the summary unchanged. Only where the flow stands moves here: answers stay the steps' own.
enum SummaryReturn {
    /// Enter on a summary's answer line: that step opens; the way back is remembered.
    static func open(_ stepID: String, from summary: StepDefinition, _ state: inout AppState, flow: FlowDefinition) {
        guard var run = state.progress.flows[flow.id], let index = run.history.firstIndex(of: stepID) else { return }
        run.revisit = Revisit(summary: summary.id, opened: stepID, path: run.history)
        run.history = Array(run.history[..<index])
        run.current = stepID
        state.progress.flows[flow.id] = run
        FlowReducer.enterCurrentStep(&state, flow: flow)
    }

    /// Enter on `step` while an answer is reopened: on to the summary, or to the first step that
    /// needs the clerk. False when the way no longer reaches the summary: the flow goes on as usual.
    static func goOn(from step: StepDefinition, _ state: inout AppState, flow: FlowDefinition) -> Bool {
        guard let run = state.progress.flows[flow.id], let revisit = run.revisit else { return false }
        let way = wayOn(from: step, flow: flow, run: run, revisit: revisit)
        guard let stop = way.stop else {
            state.progress.flows[flow.id]?.revisit = nil
            return false
        }
        move(to: stop, passing: [step.id] + way.passed, &state, flow: flow, revisit: revisit)
        return true
    }

    /// Esc on the opened step: back to the summary as it was, when the way there is still
    /// answered. False otherwise: Esc goes one step back as usual.
    static func back(_ state: inout AppState, flow: FlowDefinition) -> Bool {
        guard let run = state.progress.flows[flow.id], let revisit = run.revisit, run.current == revisit.opened,
              let opened = flow.step(run.current), !opened.flowStep.awaitsAnswer(run) else { return false }
        let way = wayOn(from: opened, flow: flow, run: run, revisit: revisit)
        guard way.stop == revisit.summary else { return false }
        move(to: revisit.summary, passing: [opened.id] + way.passed, &state, flow: flow, revisit: revisit)
        return true
    }

    /// The steps after `step` the clerk need not see again, and where to stop: the summary, or
    /// the first step that was not on the way before or still awaits an answer. `stop` is nil
    /// when the way ends before the summary.
    static func wayOn(from step: StepDefinition, flow: FlowDefinition, run: FlowProgress, revisit: Revisit)
        -> (passed: [String], stop: String?) {
        var passed: [String] = []
        var next = StepPath.next(after: step, answers: run.answers).flatMap(flow.step)
        var bound = flow.steps.count // validated acyclic; the bound is belt and braces
        while let candidate = next, bound > 0 {
            bound -= 1
            if candidate.id == revisit.summary || !revisit.path.contains(candidate.id) || candidate.flowStep.awaitsAnswer(run) {
                return (passed, candidate.id)
            }
            passed.append(candidate.id)
            next = StepPath.next(after: candidate, answers: run.answers).flatMap(flow.step)
        }
        return (passed, nil)
    }

    private static func move(to stop: String, passing: [String], _ state: inout AppState, flow: FlowDefinition, revisit: Revisit) {
        guard var run = state.progress.flows[flow.id] else { return }
        run.history += passing
        run.current = stop
        let backAtSummary = stop == revisit.summary
        if backAtSummary { run.revisit = nil }
        state.progress.flows[flow.id] = run
        FlowReducer.enterCurrentStep(&state, flow: flow)
        if backAtSummary, let summary = flow.step(stop)?.flowStep as? SummaryStep {
            summary.highlight(revisit.opened, &state, in: flow)
        }
    }
}
