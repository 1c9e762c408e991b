import ClaimFlow

/// An info step is its paragraphs alone.
extension InfoStep: StepPresentation {
    func view(_ body: inout StepBody, _ page: StepPage) {}

    func hints(_ page: StepPage) -> [KeyHint] { Hints.info }
}
