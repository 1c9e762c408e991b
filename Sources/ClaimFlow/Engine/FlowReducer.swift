/// Events inside a flow: lists, text entry, Enter to go on, Esc to go back.
enum FlowReducer {
    static func reduce(_ state: inout AppState, flow: FlowDefinition, _ event: Event, _ context: Context) -> [Effect] {
        guard var progress = state.progress.flows[flow.id],
              let step = flow.step(progress.current) ?? flow.firstStep else {
            state.progress.location = .menu
            return []
        }
        if progress.current != step.id {
            // The saved step no longer exists in the assets: start the flow again, answers kept.
            progress.current = step.id
            progress.history = []
        }
        defer {
            if state.progress.flows[flow.id] != nil, state.progress.location == .flow(flow.id) {
                state.progress.flows[flow.id]?.updatedAt = context.now
            }
        }
        state.progress.flows[flow.id] = progress

        if event == .back {
            goBack(&state, flow: flow)
            return []
        }
        switch step.kind {
        case .checklist: return checklist(&state, flow: flow, step: step, event, context)
        case .choice: return choice(&state, flow: flow, step: step, event, context)
        case .text, .readback: return text(&state, flow: flow, step: step, event, context)
        case .info, .confirm, .summary:
            switch event {
            case .accept:
                if step.kind == .confirm { record(&state, flow: flow, step: step, .confirmed, context) }
                return advance(&state, flow: flow, from: step, context)
            case .moveUp, .moveDown, .pageUp, .pageDown:
                scroll(&state, event)
            case .moveFirst, .moveLast, .moveLeft, .moveRight:
                break
            default:
                state.notice = .info(Wording.unusable(event, stepKind: step.kind))
            }
        }
        return []
    }

    // MARK: step kinds

    private static func checklist(
        _ state: inout AppState, flow: FlowDefinition, step: StepDefinition, _ event: Event, _ context: Context
    ) -> [Effect] {
        var progress = state.progress.flows[flow.id]!
        let items = step.visibleItems(progress.answers)
        let count = max(items.count, 1)
        switch event {
        case .moveUp: progress.cursor = max(progress.cursor - 1, 0)
        case .moveDown: progress.cursor = min(progress.cursor + 1, count - 1)
        case .moveFirst, .pageUp: progress.cursor = 0
        case .moveLast, .pageDown: progress.cursor = count - 1
        case .toggle:
            guard !items.isEmpty else { return [] }
            let item = items[min(max(progress.cursor, 0), count - 1)]
            var checked = progress.checkedItems(step.id)
            let nowChecked: Bool
            if let index = checked.firstIndex(of: item.id) {
                checked.remove(at: index)
                nowChecked = false
            } else {
                checked.append(item.id)
                nowChecked = true
                // Ticking moves on to the next item, as clerks work down a paper list.
                progress.cursor = min(progress.cursor + 1, count - 1)
            }
            progress.answers[step.id] = .checked(checked)
            state.progress.flows[flow.id] = progress
            return [.appendAudit(AuditEntry(
                at: context.now, flow: flow.id, step: step.id, item: item.id,
                action: nowChecked ? "checked" : "unchecked", by: context.operatorName))]
        case .accept:
            let checked = Set(progress.checkedItems(step.id))
            if let missing = items.firstIndex(where: { $0.required && !checked.contains($0.id) }) {
                progress.cursor = missing
                state.progress.flows[flow.id] = progress
                state.notice = .warning(Wording.uncheckedRequired(items[missing].text))
                return []
            }
            progress.answers[step.id] = .checked(items.map(\.id).filter(checked.contains))
            progress.answeredAt[step.id] = context.now
            state.progress.flows[flow.id] = progress
            return advance(&state, flow: flow, from: step, context)
        default:
            state.notice = .info(Wording.unusable(event, stepKind: .checklist))
        }
        state.progress.flows[flow.id] = progress
        return []
    }

    private static func choice(
        _ state: inout AppState, flow: FlowDefinition, step: StepDefinition, _ event: Event, _ context: Context
    ) -> [Effect] {
        let count = step.options.count
        var progress = state.progress.flows[flow.id]!
        switch event {
        case .moveUp: progress.cursor = max(progress.cursor - 1, 0)
        case .moveDown: progress.cursor = min(progress.cursor + 1, count - 1)
        case .moveFirst, .pageUp: progress.cursor = 0
        case .moveLast, .pageDown: progress.cursor = count - 1
        case .toggle, .accept:
            let option = step.options[min(max(progress.cursor, 0), count - 1)]
            progress.answers[step.id] = .choice(option.id)
            progress.answeredAt[step.id] = context.now
            state.progress.flows[flow.id] = progress
            if event == .accept { return advance(&state, flow: flow, from: step, context) }
            return []
        case .pick(let number) where (1...count).contains(number):
            progress.cursor = number - 1
        default:
            state.notice = .info(Wording.unusable(event, stepKind: .choice))
        }
        state.progress.flows[flow.id] = progress
        return []
    }

    private static func text(
        _ state: inout AppState, flow: FlowDefinition, step: StepDefinition, _ event: Event, _ context: Context
    ) -> [Effect] {
        guard let field = step.field else { return [] }
        var editor = TextEditing(text: field.secret ? state.secretDraft : state.progress.flows[flow.id]!.draft,
                                 caret: state.caret, maxLength: field.maxLength)
        switch event {
        case .insert(let typed):
            if let problem = editor.insert(typed) { state.notice = .warning(problem) }
        case .pick(let digit):
            if let problem = editor.insert(String(digit)) { state.notice = .warning(problem) }
        case .deleteBackward: editor.deleteBackward()
        case .deleteForward: editor.deleteForward()
        case .caretLeft: editor.moveLeft()
        case .caretRight: editor.moveRight()
        case .caretHome, .moveFirst: editor.moveHome()
        case .caretEnd, .moveLast: editor.moveEnd()
        case .toggleReveal where field.secret:
            state.revealSecret.toggle()
        case .convertToHalfWidth:
            let converted = FullWidth.toHalfWidth(editor.text)
            state.notice = .info(converted == editor.text ? Wording.nothingToConvert : Wording.converted)
            editor.text = converted
        case .accept:
            return accept(&state, flow: flow, step: step, field: field, typed: editor.text, context)
        default:
            state.notice = .info(Wording.unusable(event, stepKind: step.kind))
        }
        storeDraft(&state, flow: flow, field: field, editor.text)
        state.caret = editor.storedCaret
        return []
    }

    private static func storeDraft(_ state: inout AppState, flow: FlowDefinition, field: TextField, _ text: String) {
        if field.secret { state.secretDraft = text } else { state.progress.flows[flow.id]!.draft = text }
    }

    /// Enter on a text or readback step: validate, record, audit, go on.
    private static func accept(
        _ state: inout AppState, flow: FlowDefinition, step: StepDefinition, field: TextField, typed: String, _ context: Context
    ) -> [Effect] {
        let entered: String
        let answer: Answer
        if let kind = field.identifier, kind != .clinicCode {
            // IDs are not silently fixed: the clerk sees each problem and converts with F5 (I3).
            let analysis = IdentifierAnalysis(typed, kind: kind)
            if let error = analysis.problems.first(where: { $0.severity == .error }) {
                let hint = analysis.problems.contains { $0.kind == "full-width" } ? Wording.convertHint : Wording.fixAndRetry
                state.notice = .warning(error.message, hint)
                storeDraft(&state, flow: flow, field: field, typed)
                return []
            }
            entered = typed
            answer = .text(entered)
        } else {
            entered = FullWidth.toHalfWidth(typed).trimmingCharacters(in: .whitespaces)
            switch field.validator.answer(for: entered) {
            case .failure(let problem):
                state.notice = .warning(problem.message)
                storeDraft(&state, flow: flow, field: field, typed)
                return []
            case .success(let typedAnswer):
                answer = typedAnswer
            }
            // Doubts warn once; Enter on the same text again goes on (I1: never block on the paper's code).
            let doubts = field.validator.warnings(in: entered)
            if !doubts.isEmpty, state.warnedText != entered {
                state.warnedText = entered
                state.notice = Notice(.warning, Array(doubts.prefix(2)) + [Wording.enterAgainToKeep])
                storeDraft(&state, flow: flow, field: field, typed)
                return []
            }
        }
        var effects: [Effect] = []
        if field.secret {
            state.secrets[flow.id + "/" + step.id] = entered
            state.secretDraft = ""
            record(&state, flow: flow, step: step, .secretEntered, context)
        } else {
            state.progress.flows[flow.id]!.draft = ""
            record(&state, flow: flow, step: step, answer, context)
            // A date is echoed as understood (2027/4/1 or 令和9年4月1日 → 2027-04-01).
            if case .date(let date) = answer { state.notice = .info(DateWording.accepted(date)) }
        }
        if step.kind == .readback {
            effects.append(.appendAudit(AuditEntry(at: context.now, flow: flow.id, step: step.id, item: step.source,
                                                   action: "read-back", by: entered)))
        } else if field.audit {
            effects.append(.appendAudit(AuditEntry(at: context.now, flow: flow.id, step: step.id, item: entered,
                                                   action: "entered", by: context.operatorName)))
        }
        return effects + advance(&state, flow: flow, from: step, context)
    }

    // MARK: moving between steps

    private static func record(_ state: inout AppState, flow: FlowDefinition, step: StepDefinition, _ answer: Answer, _ context: Context) {
        state.progress.flows[flow.id]?.answers[step.id] = answer
        state.progress.flows[flow.id]?.answeredAt[step.id] = context.now
    }

    @discardableResult
    private static func advance(_ state: inout AppState, flow: FlowDefinition, from step: StepDefinition, _ context: Context) -> [Effect] {
        // A step that records (the monthly flow per payer) writes as it is accepted, so a payer
        // confirmed today is kept even if the other one is done another day (C3).
        if let record = step.record, let run = state.progress.flows[flow.id] {
            if let notice = StepRecorder.apply(record, step: step, run: run, &state.progress, context) { state.notice = notice }
        }
        guard var progress = state.progress.flows[flow.id] else { return [] }
        guard let nextID = StepPath.next(after: step, answers: progress.answers) else {
            progress.completed = true
            state.progress.flows[flow.id] = progress
            state.progress.location = .menu
            var message = Wording.flowCompleted(flow.title)
            var effects: [Effect] = []
            if let action = flow.onComplete {
                let (result, actionEffects) = action.apply(&state.progress, flow: flow, run: progress, context)
                if let result { message = result }
                effects = actionEffects
            }
            if flow.repeatable { state.progress.flows[flow.id] = nil }
            state.notice = Notice(state.notice?.level == .warning ? .warning : .info, (state.notice?.lines ?? []) + [message])
            return effects
        }
        progress.history.append(step.id)
        progress.current = nextID
        state.progress.flows[flow.id] = progress
        enterCurrentStep(&state, flow: flow)
        return []
    }

    private static func goBack(_ state: inout AppState, flow: FlowDefinition) {
        guard var progress = state.progress.flows[flow.id] else { return }
        guard let previous = progress.history.popLast() else {
            state.progress.location = .menu
            return
        }
        progress.current = previous
        state.progress.flows[flow.id] = progress
        enterCurrentStep(&state, flow: flow)
    }

    /// Puts the cursor and the draft where the earlier answer left them.
    static func enterCurrentStep(_ state: inout AppState, flow: FlowDefinition) {
        guard var progress = state.progress.flows[flow.id], let step = flow.step(progress.current) else { return }
        progress.cursor = 0
        // A draft belongs to the step it was typed on: each step starts from its own answer.
        progress.draft = ""
        if step.kind == .choice, let chosen = progress.chosenOption(step.id),
           let index = step.options.firstIndex(where: { $0.id == chosen }) {
            progress.cursor = index
        }
        if step.kind == .checklist {
            let checked = Set(progress.checkedItems(step.id))
            progress.cursor = step.visibleItems(progress.answers).firstIndex { !checked.contains($0.id) } ?? 0
        }
        if step.takesText, let field = step.field {
            if field.secret {
                state.secretDraft = state.secrets[flow.id + "/" + step.id] ?? ""
                state.revealSecret = false
            } else if let earlier = progress.answers[step.id]?.textValue {
                progress.draft = earlier
            }
        }
        state.progress.flows[flow.id] = progress
    }
}
