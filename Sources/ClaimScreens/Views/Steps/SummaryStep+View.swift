import ClaimFlow

/// The answers given on the way here.
extension SummaryStep: StepPresentation {
    func view(_ body: inout StepBody, _ page: StepPage) {
        body.append(.blank)
        body.blocks += AnswerLines.blocks(answers(page.state, in: page.flow))
    }

    func hints(_ page: StepPage) -> [KeyHint] { Hints.summary }
}
