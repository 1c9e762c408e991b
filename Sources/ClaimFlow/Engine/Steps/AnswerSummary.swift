/// How one answer reads on a confirm or summary step, as a value; the screen words it.
public enum AnswerSummary: Equatable, Sendable {
    /// The chosen option's label (its id when the option is gone from the flow).
    case chosen(String)
    /// Items ticked out of those that apply, and when the list was accepted.
    case ticked(Int, of: Int, on: LocalDateTime?)
    /// The text as entered.
    case text(String)
    /// A secret was entered this session; it is never kept (design.md §6).
    case secretEntered
}

/// One answered step on the path taken: which step, its title and how its answer reads.
public struct AnswerLine: Equatable, Sendable {
    /// The step's id, to open it from a summary.
    public var step: String
    public var title: String
    public var summary: AnswerSummary

    public init(step: String, title: String, summary: AnswerSummary) {
        self.step = step
        self.title = title
        self.summary = summary
    }

    /// The answers on the path taken, in order, one line each; the step listing them is left out.
    /// Only answers that apply are listed, and a checklist counts only ticks that apply.
    public static func taken(in flow: FlowDefinition, _ run: FlowProgress, except stepID: String) -> [AnswerLine] {
        let run = flow.applicable(run)
        return StepPath.taken(in: flow, progress: run).compactMap { step in
            guard step.id != stepID, let answer = run.answers[step.id],
                  let summary = step.flowStep.summary(of: answer, run) else { return nil }
            return AnswerLine(step: step.id, title: step.title, summary: summary)
        }
    }
}
