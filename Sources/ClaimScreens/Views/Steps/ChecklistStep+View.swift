import ClaimFlow

/// The items with their ticks (optional ones marked 任意), the highlighted item's detail, and a count.
extension ChecklistStep: StepPresentation {
    func view(_ body: inout StepBody, _ page: StepPage) {
        let checked = Set(page.progress.checkedItems(definition.id))
        let items = shownItems(in: page.flow, page.progress.answers)
        body.separateFromParagraphs()
        for (index, item) in items.enumerated() {
            let ticked = checked.contains(item.id)
            let text = page.fill(item.required ? item.text : item.text + "（任意）")
            body.append(.item(marker: ticked ? "[x]" : "[ ]", text: text, selected: index == page.progress.cursor,
                              role: ticked ? .checked : .plain, detail: item.detail.map(page.fill)),
                        focused: index == page.progress.cursor)
        }
        let done = items.filter { checked.contains($0.id) }.count
        body.append(.blank)
        body.append(.paragraph("確認済み \(done) / \(items.count)", .dim))
    }

    var cursorOnlyHighlights: Bool { true }

    func hints(_ page: StepPage) -> [KeyHint] { Hints.checklist }
}
