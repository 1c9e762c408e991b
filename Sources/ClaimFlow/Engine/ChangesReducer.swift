/// The changes screen [S0]: the list of changes; on a planned one, postpone it, correct its date
/// or note, mark it done or cancel it — typed, then confirmed on screen, then recorded. Adding is
/// the changes flow, which comes back here. Done and cancelled changes stay as they were recorded.
enum ChangesReducer {
    static func reduce(_ state: inout AppState, _ event: Event, _ context: Context) -> [Effect] {
        switch state.progress.changesPlace.stage {
        case .list: return list(&state, event, context)
        case .choosing(let cursor): return choosing(&state, cursor: cursor, event, context)
        case .typing(let operation): return typing(&state, operation, event, context)
        case .confirming(let operation): return confirming(&state, operation, event, context)
        }
    }

    // MARK: the list

    private static func list(_ state: inout AppState, _ event: Event, _ context: Context) -> [Effect] {
        let changes = state.progress.changes
        let index = state.progress.changesPlace.highlightedIndex(in: changes)
        switch event {
        case .moveUp, .moveDown, .moveFirst, .moveLast, .pageUp, .pageDown:
            guard let index, let moved = ListCursor.moved(from: index, by: event, count: changes.count) else { break }
            state.progress.changesPlace.selected = changes[moved].id
        case .accept:
            guard let change = highlighted(state) else {
                state.notice = .info(Wording.noChangesYet)
                break
            }
            guard change.isPlanned else {
                state.notice = .info(Messages.changes.refusal(.notPlanned(change)))
                break
            }
            state.progress.changesPlace.stage = .choosing(cursor: 0)
        case .operateOnChange(let operation):
            start(operation, &state, context)
        case .openFlow(let role):
            return openFlow(role, &state, context)
        case .back, .openMenu:
            state.progress.location = .menu
        default:
            state.notice = .info(changes.isEmpty ? Wording.noChangesYet : Wording.changesKeys)
        }
        return []
    }

    // MARK: what to do to the highlighted change

    private static func choosing(_ state: inout AppState, cursor: Int, _ event: Event, _ context: Context) -> [Effect] {
        let operations = ChangeOperation.allCases
        switch event {
        case .moveUp: state.progress.changesPlace.stage = .choosing(cursor: max(cursor - 1, 0))
        case .moveDown: state.progress.changesPlace.stage = .choosing(cursor: min(cursor + 1, operations.count - 1))
        case .moveFirst, .pageUp: state.progress.changesPlace.stage = .choosing(cursor: 0)
        case .moveLast, .pageDown: state.progress.changesPlace.stage = .choosing(cursor: operations.count - 1)
        case .accept: start(operations[min(max(cursor, 0), operations.count - 1)], &state, context)
        case .pick(let number):
            guard (1...operations.count).contains(number) else {
                state.notice = .info(Wording.pickRange(operations.count))
                break
            }
            start(operations[number - 1], &state, context)
        case .operateOnChange(let operation): start(operation, &state, context)
        case .back: state.progress.changesPlace.stage = .list
        case .openMenu: state.progress.location = .menu
        default: state.notice = .info(Wording.unusable(event, stepKind: .choice))
        }
        return []
    }

    /// Starts `operation` on the highlighted change: a field for the date or note (what was typed
    /// for it before is kept), or straight to the confirmation for a cancellation.
    private static func start(_ operation: ChangeOperation, _ state: inout AppState, _ context: Context) {
        guard let change = highlighted(state) else {
            state.notice = .info(Wording.noChangesYet)
            return
        }
        guard change.isPlanned else {
            state.notice = .info(Messages.changes.refusal(.notPlanned(change)))
            state.progress.changesPlace.stage = .list
            return
        }
        var place = state.progress.changesPlace
        place.selected = change.id
        guard operation.takesText else {
            place.stage = .confirming(operation)
            state.progress.changesPlace = place
            return
        }
        // What was typed for another operation or change is dropped; for this one it is kept.
        if place.draft?.operation != operation || place.draft?.changeID != change.id { place.draft = nil }
        place.stage = .typing(operation)
        state.progress.changesPlace = place
    }

    // MARK: typing the date or the note

    private static func typing(_ state: inout AppState, _ operation: ChangeOperation, _ event: Event, _ context: Context) -> [Effect] {
        guard let change = highlighted(state) else {
            state.progress.changesPlace.stage = .list
            return []
        }
        let shown = state.progress.changesPlace.fieldContent(operation, on: change, today: context.now.date)
        var editor = TextEditing(text: shown.text, caret: shown.caret, maxLength: operation.maxLength)
        if case .edited(let notice) = editor.edit(event, replacesOnTyping: shown.replacesOnTyping) {
            // The date or note the field starts from is replaced by what is typed, never appended to.
            if let notice { state.notice = notice }
            state.progress.changesPlace.draft = ChangeDraft(operation: operation, changeID: change.id, text: editor.text, caret: editor.storedCaret)
            return []
        }
        switch event {
        case .accept:
            switch check(operation, typed: editor.text, change: change, state.progress, context.now) {
            case .refused(let problem):
                state.notice = .warning(problem)
            case .understood(let command):
                state.progress.changesPlace.stage = .confirming(operation)
                if let date = command.date { state.notice = .info(DateWording.accepted(date)) }
            }
            return []
        case .back:
            // The draft stays: the same operation on the same change starts from it again.
            state.progress.changesPlace.stage = .list
            return []
        case .openMenu:
            state.progress.location = .menu
            return []
        default:
            state.notice = .info(Wording.unusable(event, stepKind: .text))
            return []
        }
    }

    private enum EntryCheck {
        case understood(ChangeCommand)
        /// What is wrong with the text, worded.
        case refused(String)
    }

    /// The command the typed text makes for `change`, or the sentence saying what is wrong.
    private static func check(_ operation: ChangeOperation, typed: String, change: ChangeRecord,
                              _ progress: SavedProgress, _ now: LocalDateTime) -> EntryCheck {
        switch operation.command(typed: typed) {
        case .failure(let problem):
            return .refused(DateWording.problem(problem))
        case .success(let command):
            if case .failure(let refusal) = progress.trying(command, onChange: change.id, at: now) {
                return .refused(Messages.changes.refusal(refusal))
            }
            return .understood(command)
        }
    }

    // MARK: confirming

    private static func confirming(_ state: inout AppState, _ operation: ChangeOperation, _ event: Event, _ context: Context) -> [Effect] {
        let back: ChangesStage = operation.takesText ? .typing(operation) : .list
        switch event {
        case .accept:
            return record(operation, &state, context)
        case .back:
            state.progress.changesPlace.stage = back
        case .openMenu:
            state.progress.location = .menu
        default:
            state.notice = .info(Wording.unusable(event, stepKind: .confirm))
        }
        return []
    }

    /// Enter on the confirmation: the command is applied and saved with its audit line; the
    /// screen says what was recorded, and warns when the new date falls in the freeze [S0].
    private static func record(_ operation: ChangeOperation, _ state: inout AppState, _ context: Context) -> [Effect] {
        var place = state.progress.changesPlace
        guard let change = highlighted(state) else {
            place.stage = .list
            state.progress.changesPlace = place
            return []
        }
        let typed = place.fieldContent(operation, on: change, today: context.now.date).text
        guard case .success(let command) = operation.command(typed: typed) else {
            place.stage = operation.takesText ? .typing(operation) : .list
            state.progress.changesPlace = place
            return []
        }
        switch state.progress.apply(command, toChange: change.id, at: context.now) {
        case .failure(let refusal):
            // Changed in another window or by a command since the confirmation was shown.
            state.notice = .warning(Messages.changes.refusal(refusal))
            place.stage = .list
            state.progress.changesPlace = place
            return []
        case .success(let after):
            place.stage = .list
            place.draft = nil
            state.progress.changesPlace = place
            var lines = [Messages.changes.applied(command, before: change, after: after)]
            var level = Notice.Level.info
            if after.isPlanned, after.date != change.date,
               let warning = FreezeCheck.warning(for: after.date, calendar: context.calendar(for: state.progress)) {
                lines.append(warning)
                level = .warning
            }
            state.notice = Notice(level, lines)
            let action = after.history.last?.action.rawValue ?? operation.rawValue
            return [.appendAudit(AuditEntry(at: context.now, flow: "changes", step: operation.rawValue, item: "\(change.id)",
                                            action: action, by: context.operatorName))]
        }
    }

    // MARK: helpers

    private static func highlighted(_ state: AppState) -> ChangeRecord? {
        state.progress.changesPlace.highlightedIndex(in: state.progress.changes).map { state.progress.changes[$0] }
    }

    private static func openFlow(_ role: FlowRole, _ state: inout AppState, _ context: Context) -> [Effect] {
        guard let flow = context.catalog.flow(role: role) else { return [] }
        return MenuReducer.open(.flow(flow.id), &state, context)
    }
}

extension ChangesPlace {
    /// The row to highlight: the selected change, else the first planned one, else the last row.
    public func highlightedIndex(in changes: [ChangeRecord]) -> Int? {
        if let selected, let index = changes.firstIndex(where: { $0.id == selected }) { return index }
        return changes.firstIndex(where: \.isPlanned) ?? (changes.isEmpty ? nil : changes.count - 1)
    }
}

extension ChangeOperation {
    /// The command typed text makes: a date read as clerks type it (issue 15), or the note.
    public func command(typed: String) -> Result<ChangeCommand, ClerkDate.Problem> {
        switch self {
        case .cancel: return .success(.cancel)
        case .editNote: return .success(.edit(date: nil, note: typed))
        case .postpone: return ClerkDate.read(typed).map { .postpone(to: $0) }
        case .editDate: return ClerkDate.read(typed).map { .edit(date: $0, note: nil) }
        case .markDone: return ClerkDate.read(typed).map { .markDone(on: $0) }
        }
    }
}

extension ChangeCommand {
    /// The date the command sets, if any.
    public var date: CivilDate? {
        switch self {
        case .postpone(let day), .markDone(let day): return day
        case .edit(let day, _): return day
        case .cancel: return nil
        }
    }
}
