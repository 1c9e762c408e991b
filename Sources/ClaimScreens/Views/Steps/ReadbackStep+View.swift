import ClaimFlow

/// The 読み上げ list of the text being read back (classes only when secret and hidden), then the
/// checker's name field.
extension ReadbackStep: StepPresentation {
    func view(_ body: inout StepBody, _ page: StepPage) {
        let source = textToReadBack(page.state, in: page.flow)
        if let text = source.text {
            body.blocks += IDEntryView.readback(text, masked: source.secret && !page.showsSecret)
        } else {
            body.append(.paragraph("読み上げる文字がありません（パスワードは保存しないため、起動し直すと消えます）。Esc で戻って入力してください。", .warning))
        }
        body.append(.blank)
        let name = page.state.fieldContent(flow: page.flow.id, step: definition.id, secret: false)
        body.append(.field(label: field.label, value: name.text, note: nil, caret: name.caret, replacing: name.replacesOnTyping),
                    focused: true)
        if name.replacesOnTyping { body.append(.paragraph(Messages.screen.text(.fieldReplacesOnTyping), .dim)) }
    }

    func hints(_ page: StepPage) -> [KeyHint] { Hints.text }
}
