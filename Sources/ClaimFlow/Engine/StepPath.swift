/// Which step follows which, given the answers so far, and "step k of n".
public enum StepPath {
    /// The step after `step`, or nil when Enter ends the flow. Unanswered conditions do not match,
    /// so the unconditional last transition is the prediction until the clerk chooses.
    public static func next(after step: StepDefinition, answers: [String: Answer]) -> String? {
        for transition in step.next {
            if transition.when.holds(answers) { return transition.goto }
        }
        return nil
    }

    /// 1-based position of the current step and the length of the whole path as it looks now.
    public static func position(in flow: FlowDefinition, progress: FlowProgress) -> (step: Int, of: Int) {
        let passed = progress.history.count
        var remaining = 0
        var cursor = flow.step(progress.current)
        var guardCount = flow.steps.count // validated acyclic; the bound is belt and braces
        let answers = flow.applicableAnswers(progress.answers)
        while let step = cursor, guardCount > 0 {
            remaining += 1
            guardCount -= 1
            cursor = next(after: step, answers: answers).flatMap(flow.step)
        }
        return (passed + 1, passed + max(remaining, 1))
    }

    /// The steps on the path taken so far, then the current one.
    public static func taken(in flow: FlowDefinition, progress: FlowProgress) -> [StepDefinition] {
        (progress.history + [progress.current]).compactMap(flow.step)
    }
}
