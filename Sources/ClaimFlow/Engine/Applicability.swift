/// Answers that depend on answers (issue 15, deliverable 2). An answer applies while its step is on
/// the path the answers take from the first step, and a checklist tick while its item's `when`
/// holds. An answer that no longer applies stays saved (and in the audit trail), so switching back
/// restores it, but nothing reads it: the role lookups, the summary, the memo, the records.
/// Derived from the answers every time it is asked; nothing stores "not applicable".
extension FlowDefinition {
    /// The answers that apply. A prefilled step (the line type copied from setup) is answered
    /// before the first step. The path is walked on the answers that apply so far, so an answer
    /// off the path never steers it; past the last answer it follows the unconditional transitions.
    public func applicableAnswers(_ answers: [String: Answer]) -> [String: Answer] {
        var applicable: [String: Answer] = [:]
        for local in prefill.keys { applicable[local] = answers[local] }
        var cursor = firstStep
        // The validator refuses cycles; at most one visit a step is belt and braces (a count, not a Set of
        // the ids walked: this runs on every key, and the Set was a quarter of it, issue 19).
        var visits = 0
        while let step = cursor, visits < steps.count {
            visits += 1
            if let answer = answers[step.id] { applicable[step.id] = step.applicablePart(of: answer, given: applicable) }
            if let next = StepPath.next(after: step, answers: applicable) { cursor = self.step(next) } else { cursor = nil }
        }
        return applicable
    }

    /// The run as its readers see it: where it stands is unchanged, only the answers that apply
    /// (and their times) are in it.
    public func applicable(_ run: FlowProgress) -> FlowProgress {
        var seen = run
        seen.answers = applicableAnswers(run.answers)
        seen.answeredAt = run.answeredAt.filter { seen.answers[$0.key] != nil }
        return seen
    }

    /// The ids of the steps on the path the answers take, from the first step to the end.
    func pathIDs(_ answers: [String: Answer]) -> [String] {
        let applicable = applicableAnswers(answers)
        var ids: [String] = []
        var cursor = firstStep
        while let step = cursor, !ids.contains(step.id) {
            ids.append(step.id)
            cursor = StepPath.next(after: step, answers: applicable).flatMap(self.step)
        }
        return ids
    }
}

extension StepDefinition {
    /// A checklist's ticks on items whose `when` holds; any other answer as it is.
    func applicablePart(of answer: Answer, given earlier: [String: Answer]) -> Answer {
        guard kind == .checklist, case .checked(let ids) = answer else { return answer }
        let shown = Set(visibleItems(earlier).map(\.id))
        return .checked(ids.filter(shown.contains))
    }
}

extension FlowCatalog {
    /// The answer a "flow/step" reference names (a `prefill`, a field's `compareWith`), when it applies.
    public func applicableAnswer(_ reference: String, in progress: SavedProgress) -> Answer? {
        let parts = reference.split(separator: "/").map(String.init)
        guard parts.count == 2, let flow = flow(parts[0]), let run = progress.flows[flow.id] else { return nil }
        return flow.applicableAnswers(run.answers)[parts[1]]
    }
}
