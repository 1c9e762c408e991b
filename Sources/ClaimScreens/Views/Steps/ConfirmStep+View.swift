import ClaimFlow

/// The answers to look over, and how to confirm or go back to correct.
extension ConfirmStep: StepPresentation {
    func view(_ body: inout StepBody, _ page: StepPage) {
        body.append(.blank)
        body.blocks += AnswerLines.blocks(answers(page.state, in: page.flow))
        body.append(.blank)
        body.append(.paragraph("この内容でよろしければ Enter を押してください。直すときは Esc で戻ります。"))
    }

    func hints(_ page: StepPage) -> [KeyHint] { Hints.confirm }
}
