import ClaimFlow

/// The changes screen [S0]: every change with its date, state, kind, note and a freeze mark; on
/// the highlighted one, what can be done to it, the field for the new date or note, and what Enter
/// will record (with the freeze warning when the new date falls in it).
enum ChangesView {
    static var words: any ScreenMessages { Messages.screen }

    static func screen(_ state: AppState, _ context: ViewContext) -> Screen {
        let progress = state.progress
        let place = progress.changesPlace
        let index = place.highlightedIndex(in: progress.changes)
        let change = index.map { progress.changes[$0] }
        let calendar = context.today(state).calendar
        var body: [Block] = []
        var focus: Int?
        var hints = Hints.changes
        switch place.stage {
        case .list:
            body = [.paragraph(words.text(.changesRule)), .paragraph(words.text(.changesKeyGuide), .dim), .blank]
            if progress.changes.isEmpty { body.append(.paragraph(Messages.reducer.noChangesYet)) }
            for (row, listed) in progress.changes.enumerated() {
                // The freeze matters for a plan still to come; the warning area says what to do about it.
                let inFreeze = listed.isPlanned && listed.date >= context.now.date && calendar.day(listed.date).freeze
                if row == index { focus = body.count }
                body.append(.item(marker: "\(listed.id) ", text: words.changeRow(listed, inFreeze: inFreeze), selected: row == index,
                                  role: inFreeze ? .warning : listed.isCancelled ? .dim : .plain, detail: words.changeHistory(listed)))
            }
        case .choosing(let cursor):
            for (row, operation) in ChangeOperation.allCases.enumerated() {
                if row == cursor { focus = body.count }
                body.append(.item(marker: "\(row + 1).", text: words.changeOperation(operation), selected: row == cursor))
            }
            hints = Hints.choice
        case .typing(let operation):
            if let change {
                let content = place.fieldContent(operation, on: change, today: context.now.date)
                body += [.paragraph(words.changeRow(change, inFreeze: false)), .blank]
                focus = body.count
                body.append(.field(label: words.changeField(operation), value: content.text, note: nil, caret: content.caret,
                                   replacing: content.replacesOnTyping))
                if content.replacesOnTyping { body.append(.paragraph(words.text(.fieldReplacesOnTyping), .dim)) }
            }
            if operation == .postpone || operation == .editDate, let change,
               let conflict = FreezeCheck.conflict(for: change.date, calendar: calendar) {
                body += [.blank, .paragraph(Messages.changes.dateInFreeze(conflict), .warning)]
            }
            hints = Hints.text
        case .confirming(let operation):
            if let change { body += confirmation(operation, change, place, calendar, now: context.now) }
            body += [.blank, .paragraph(words.text(.changesConfirm))]
            hints = Hints.changeConfirm
        }
        return Screen(place: words.text(.changesPlace), heading: words.changesHeading(place.stage, change: change), body: body,
                      focus: focus, hints: hints)
    }

    /// What Enter will record, worked out from what was typed, and the freeze warning for a new date [S0].
    static func confirmation(_ operation: ChangeOperation, _ change: ChangeRecord, _ place: ChangesPlace,
                             _ calendar: SubmissionCalendar, now: LocalDateTime) -> [Block] {
        let typed = place.fieldContent(operation, on: change, today: now.date).text
        guard case .success(let command) = operation.command(typed: typed),
              case .success(let after) = change.applying(command, at: now) else { return [] }
        var blocks: [Block] = [.paragraph(words.changeRow(change, inFreeze: false)), .blank,
                               .paragraph(Messages.changes.proposal(command, before: change, after: after))]
        if after.isPlanned, after.date != change.date, let conflict = FreezeCheck.conflict(for: after.date, calendar: calendar) {
            blocks += [.blank, .paragraph(Messages.changes.dateInFreeze(conflict), .warning)]
        }
        return blocks
    }
}
