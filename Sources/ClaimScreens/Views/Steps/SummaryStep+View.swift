import ClaimFlow

/// The row that finishes, then the answers given on the way here; the highlighted row stays in
/// view, and the key hints say what Enter does on it (issue 15).
extension SummaryStep: StepPresentation {
    func view(_ body: inout StepBody, _ page: StepPage) {
        let lines = answers(page.state, in: page.flow)
        let row = highlightedRow(page.progress, lineCount: lines.count)
        body.append(.blank)
        body.append(.item(marker: "*", text: Messages.screen.text(.summaryFinishRow), selected: row == 0), focused: row == 0)
        let first = body.blocks.count
        body.blocks += AnswerLines.blocks(lines, highlighted: row == 0 ? nil : row - 1)
        if row > 0 { body.focus = first + row - 1 }
    }

    func hints(_ page: StepPage) -> [KeyHint] {
        highlightedRow(page.progress, lineCount: answers(page.state, in: page.flow).count) == 0 ? Hints.summary : Hints.summaryAnswer
    }
}
