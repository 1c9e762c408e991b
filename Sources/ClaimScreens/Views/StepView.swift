import ClaimFlow

/// A step of a flow, by kind.
enum StepView {
    static func screen(_ state: AppState, flow: FlowDefinition, progress: FlowProgress, _ context: ViewContext) -> Screen {
        guard let step = flow.step(progress.current) else { return MenuView.screen(state, context) }
        let position = StepPath.position(in: flow, progress: progress)
        let place = "\(flow.title)  手順 \(position.step) / \(position.of)"
        // Facts are computed only when a text on this step asks for one.
        var facts: [String: String]?
        let fill = { (text: String) -> String in
            guard text.contains("{{") else { return text }
            if facts == nil { facts = Facts.values(state, context.engine, today: context.today(state)) }
            return Facts.fill(text, with: facts ?? [:])
        }
        var body: [Block] = step.body.map { .paragraph(fill($0)) }
        var focus: Int?
        let hints: [KeyHint]
        switch step.kind {
        case .info:
            hints = Hints.info
        case .checklist:
            let checked = Set(progress.checkedItems(step.id))
            let items = step.visibleItems(progress.answers)
            if !body.isEmpty { body.append(.blank) }
            for (index, item) in items.enumerated() {
                let selected = index == progress.cursor
                if selected { focus = body.count }
                let mark = checked.contains(item.id) ? "[x]" : "[ ]"
                let text = fill(item.required ? item.text : item.text + "（任意）")
                body.append(.item(marker: mark, text: text, selected: selected,
                                  role: checked.contains(item.id) ? .checked : .plain, detail: item.detail.map(fill)))
            }
            let done = items.filter { checked.contains($0.id) }.count
            body.append(.blank)
            body.append(.paragraph("確認済み \(done) / \(items.count)", .dim))
            hints = Hints.checklist
        case .choice:
            let chosen = progress.chosenOption(step.id)
            if !body.isEmpty { body.append(.blank) }
            for (index, option) in step.options.enumerated() {
                let selected = index == progress.cursor
                if selected { focus = body.count }
                body.append(.item(marker: option.id == chosen ? "(*)" : "( )", text: "\(index + 1). " + fill(option.label),
                                  selected: selected, detail: option.detail.map(fill)))
            }
            hints = Hints.choice
        case .text:
            let field = step.field ?? TextField(label: "")
            let raw = field.secret ? state.secretDraft : progress.draft
            let masked = field.secret && !(state.revealSecret && context.revealAllowed)
            let shown = masked ? String(repeating: "*", count: raw.count) : raw
            var note = "\(raw.count) 文字"
            if let example = field.example { note += "  例: \(example)" }
            if field.secret { note += "  この入力は保存しません。" }
            if !body.isEmpty { body.append(.blank) }
            focus = body.count
            body.append(.field(label: field.label, value: shown, note: field.identifier == nil ? note : nil, caret: state.caret))
            if let kind = field.identifier, kind != .clinicCode {
                body += IDEntryView.blocks(raw, kind: kind, masked: masked,
                                           recorded: field.compareWith == nil ? nil : .some(field.recordedValue(in: state.progress)))
            }
            hints = field.secret ? Hints.secret : field.identifier != nil ? Hints.identifier : Hints.text
        case .readback:
            let source = step.source.flatMap(flow.step)
            let secret = source?.field?.secret == true
            let value: String?
            if secret {
                value = state.secrets[flow.id + "/" + (step.source ?? "")]
            } else if let text = progress.answers[step.source ?? ""]?.textValue {
                value = text
            } else {
                value = nil
            }
            if let value {
                body += IDEntryView.readback(value, masked: secret && !(state.revealSecret && context.revealAllowed))
            } else {
                body.append(.paragraph("読み上げる文字がありません（パスワードは保存しないため、起動し直すと消えます）。Esc で戻って入力してください。", .warning))
            }
            let field = step.field ?? TextField(label: "")
            body.append(.blank)
            focus = body.count
            body.append(.field(label: field.label, value: progress.draft, note: nil, caret: state.caret))
            hints = Hints.text
        case .confirm:
            body.append(.blank)
            body += answerLines(flow, progress, upTo: step.id)
            body.append(.blank)
            body.append(.paragraph("この内容でよろしければ Enter を押してください。直すときは Esc で戻ります。"))
            hints = Hints.confirm
        case .summary:
            body.append(.blank)
            body += answerLines(flow, progress, upTo: step.id)
            hints = Hints.summary
        }
        return Screen(place: place, heading: fill(step.title), body: body, focus: focus, hints: hints)
    }

    /// The answers on the path taken, one line each.
    static func answerLines(_ flow: FlowDefinition, _ progress: FlowProgress, upTo stepID: String) -> [Block] {
        StepPath.taken(in: flow, progress: progress).compactMap { step -> Block? in
            guard step.id != stepID, let answer = progress.answers[step.id] else { return nil }
            let value: String
            switch answer {
            case .choice(let id): value = step.options.first { $0.id == id }?.label ?? id
            case .checked(let ids):
                let dated = progress.answeredAt[step.id].map { "（\($0.japanese)）" } ?? ""
                value = "\(ids.count) / \(step.visibleItems(progress.answers).count) 項目を確認済み" + dated
            case .text(let text): value = text
            case .date(let date): value = date.description
            case .secretEntered: value = "入力済み（保存していません）"
            case .confirmed: return nil
            }
            return .item(marker: "-", text: "\(step.title): \(value)", selected: false)
        }
    }
}
