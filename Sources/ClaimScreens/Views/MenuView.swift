import ClaimFlow

enum MenuView {
    static func screen(_ state: AppState, _ context: ViewContext) -> Screen {
        let items = MainMenu.items(context.catalog)
        let cursor = min(max(state.progress.menuCursor, 0), items.count - 1)
        let status = context.today(state).status
        var body: [Block] = [
            .paragraph("今日は \(context.now.date.japanese) です。" + status.headline, status.warnings.isEmpty ? .info : .warning),
            .paragraph("番号を押すか、上下キーで選んで Enter を押してください。"),
            .blank,
        ]
        var focus: Int?
        for (index, item) in items.enumerated() {
            let (label, detail) = describe(item, state, context)
            if index == cursor { focus = body.count }
            body.append(.item(marker: "\(index + 1).", text: label, selected: index == cursor, detail: detail))
        }
        return Screen(place: "メインメニュー", heading: "何をしますか", body: body, focus: focus, hints: Hints.menu(count: items.count))
    }

    static func describe(_ item: MenuItem, _ state: AppState, _ context: ViewContext) -> (String, String?) {
        switch item {
        case .flow(let id):
            guard let flow = context.catalog.flow(id) else { return (id, nil) }
            if flow.role == .monthly {
                // C3: the month per payer at a glance, in place of the summary.
                let glance = "（" + Messages.monthly.glance(context.today(state).month, claimMonth: context.now.date.month) + "）"
                return (flow.title + glance + status(flow, state.progress.flows[id]), flow.summary)
            }
            return (flow.title + status(flow, state.progress.flows[id]), flow.summary)
        case .calendar:
            return ("カレンダー", "今月の送信できる日と時間、締め切りを確かめます。")
        case .quit:
            return ("終了", "進み具合は自動で保存されています。")
        }
    }

    /// "（手順 3 / 7 まで）" or "（完了）", so the clerk sees where each job stands.
    static func status(_ flow: FlowDefinition, _ progress: FlowProgress?) -> String {
        guard let progress else { return "" }
        if progress.completed { return "（完了）" }
        let position = StepPath.position(in: flow, progress: progress)
        return "（手順 \(position.step) / \(position.of) まで）"
    }
}


enum HelpView {
    static func screen(over base: Screen, _ state: AppState, _ context: ViewContext) -> Screen {
        var body: [Block] = []
        if case .flow(let id) = state.progress.location, let flow = context.catalog.flow(id),
           let progress = state.progress.flows[id], let step = flow.step(progress.current), !step.help.isEmpty {
            body += step.help.map { .paragraph($0) } + [.blank]
        }
        body += general.map { .paragraph($0) }
        return Screen(place: base.place, heading: "ヘルプ: " + base.heading, body: body, hints: Hints.help)
    }

    static let general = [
        "キーの使い方",
        "  Enter  決める・次へ進む",
        "  Esc    1つ前の手順に戻る（入力した内容は残ります）",
        "  上下   項目を選ぶ",
        "  Space  確認した項目に印を付ける・外す",
        "  左右   入力欄の中でカーソルを動かす（Home で先頭、End で末尾）",
        "  BS / Delete  カーソルの前 / カーソルの字を消す",
        "  F2     メインメニューへ",
        "  F10 / q  終了（進み具合は自動で保存されています）",
        "  Ctrl+L 画面を描き直す",
    ]
}
