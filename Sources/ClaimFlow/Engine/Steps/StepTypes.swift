/// The one place a step kind becomes its type.
extension StepKind {
    public var stepType: any FlowStep.Type {
        switch self {
        case .info: InfoStep.self
        case .checklist: ChecklistStep.self
        case .choice: ChoiceStep.self
        case .text: TextStep.self
        case .readback: ReadbackStep.self
        case .confirm: ConfirmStep.self
        case .summary: SummaryStep.self
        }
    }
}

extension StepDefinition {
    /// This step, as the type of its kind handles it.
    public var flowStep: any FlowStep { kind.stepType.init(self) }
}
