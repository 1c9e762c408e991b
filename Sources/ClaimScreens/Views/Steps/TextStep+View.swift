import ClaimFlow

/// The field (masked when secret), its length and example; an identifier gets the lookalike-safe
/// character cells (I2, I3), compared with the setup record when the step says so (T4). An
/// earlier answer that typing replaces says so (issue 15).
extension TextStep: StepPresentation {
    func view(_ body: inout StepBody, _ page: StepPage) {
        let content = page.state.fieldContent(flow: page.flow.id, step: definition.id, secret: field.secret)
        let raw = content.text
        let masked = field.secret && !page.showsSecret
        let shown = masked ? String(repeating: "*", count: raw.count) : raw
        var note = "\(raw.count) 文字"
        if let example = field.example { note += "  例: \(example)" }
        if field.secret { note += "  この入力は保存しません。" }
        body.separateFromParagraphs()
        body.append(.field(label: field.label, value: shown, note: field.identifier == nil ? note : nil, caret: content.caret,
                           replacing: content.replacesOnTyping), focused: true)
        if content.replacesOnTyping { body.append(.paragraph(Messages.screen.text(.fieldReplacesOnTyping), .dim)) }
        if let kind = field.identifier, kind != .clinicCode {
            body.blocks += IDEntryView.blocks(raw, kind: kind, masked: masked,
                                              recorded: field.compareWith == nil ? nil : .some(field.recordedValue(in: page.state.progress, catalog: page.context.catalog)))
        }
    }

    func hints(_ page: StepPage) -> [KeyHint] {
        field.secret ? Hints.secret : field.identifier != nil ? Hints.identifier : Hints.text
    }
}
