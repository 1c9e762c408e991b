import ClaimFlow

enum MenuView {
    static var words: any ScreenMessages { Messages.screen }

    static func screen(_ state: AppState, _ context: ViewContext) -> Screen {
        let items = MainMenu.items(context.catalog)
        let cursor = min(max(state.progress.menuCursor, 0), items.count - 1)
        let status = context.today(state).status
        var body: [Block] = [
            .paragraph(words.today(context.now.date) + status.headline, status.cautions.isEmpty ? .info : .warning),
            .paragraph(words.text(.menuPrompt)),
            .blank,
        ]
        var focus: Int?
        for (index, item) in items.enumerated() {
            let (label, detail) = describe(item, state, context)
            if index == cursor { focus = body.count }
            body.append(.item(marker: "\(index + 1).", text: label, selected: index == cursor, detail: detail))
        }
        return Screen(place: words.text(.menuPlace), heading: words.text(.menuHeading), body: body, focus: focus,
                      hints: Hints.menu(count: items.count, hasMemo: !state.progress.triages.isEmpty))
    }

    static func describe(_ item: MenuItem, _ state: AppState, _ context: ViewContext) -> (String, String?) {
        switch item {
        case .flow(let id):
            guard let flow = context.catalog.flow(id) else { return (id, nil) }
            if flow.role == .monthly {
                // C3: the month per payer at a glance, in place of the summary.
                let glance = words.monthGlance(Messages.monthly.glance(context.today(state).month, claimMonth: context.now.date.month))
                return (flow.title + glance + status(flow, state.progress.flows[id]), flow.summary)
            }
            return (flow.title + status(flow, state.progress.flows[id]), flow.summary)
        case .calendar:
            return (words.text(.calendarEntry), words.text(.calendarEntryDetail))
        case .changes:
            // The changes screen, titled by the flow that adds to it (and how far an unfinished addition is).
            guard let flow = context.catalog.flow(role: .changes) else { return (words.text(.changesPlace), nil) }
            return (flow.title + status(flow, state.progress.flows[flow.id]), flow.summary)
        case .certificates:
            // The register, titled by the flow that adds to it (and how far an unfinished addition is).
            guard let flow = context.catalog.flow(role: .certificates) else { return (CertificateScreenWords.place, nil) }
            return (flow.title + status(flow, state.progress.flows[flow.id]), flow.summary)
        case .quit:
            return (words.text(.quitEntry), words.text(.quitEntryDetail))
        }
    }

    /// "（手順 3 / 7 まで）" or "（完了）", so the clerk sees where each job stands.
    static func status(_ flow: FlowDefinition, _ progress: FlowProgress?) -> String {
        guard let progress else { return "" }
        if progress.completed { return words.flowStanding(.completed) }
        let position = StepPath.position(in: flow, progress: progress)
        return words.flowStanding(.at(step: position.step, of: position.of))
    }
}

enum HelpView {
    static func screen(over base: Screen, _ state: AppState, _ context: ViewContext) -> Screen {
        var body: [Block] = []
        if case .flow(let id) = state.progress.location, let flow = context.catalog.flow(id),
           let progress = state.progress.flows[id], let step = flow.step(progress.current), !step.help.isEmpty {
            body += step.help.map { .paragraph($0) } + [.blank]
        }
        if state.progress.location == .changes {
            body += [.paragraph(Messages.screen.text(.changesHelp)), .blank]
        }
        if state.progress.location == .certificates {
            body += [.paragraph(CertificateScreenWords.help), .blank]
        }
        body += Messages.screen.helpKeys.map { .paragraph($0) }
        return Screen(place: base.place, heading: Messages.screen.helpHeading(base.heading), body: body, hints: Hints.help)
    }
}
