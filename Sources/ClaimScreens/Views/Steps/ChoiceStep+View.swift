import ClaimFlow

/// The options numbered from 1, the chosen one marked (*), the highlighted one's detail.
extension ChoiceStep: StepPresentation {
    func view(_ body: inout StepBody, _ page: StepPage) {
        let chosen = page.progress.chosenOption(definition.id)
        body.separateFromParagraphs()
        for (index, option) in definition.options.enumerated() {
            let selected = index == page.progress.cursor
            body.append(.item(marker: option.id == chosen ? "(*)" : "( )", text: "\(index + 1). " + page.fill(option.label),
                              selected: selected, detail: option.detail.map(page.fill)),
                        focused: selected)
        }
    }

    var cursorOnlyHighlights: Bool { true }

    func hints(_ page: StepPage) -> [KeyHint] { Hints.choice }
}
