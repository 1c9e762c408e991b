/// The register screen (issue 14; domain "Setup", certificates [S2]): the PCs with their
/// certificates' dates; on the highlighted one, correct a date, the role or the name — typed,
/// confirmed on screen, then recorded. Adding is the certificates flow (a), which comes back here.
/// Follows the changes screen (ChangesReducer): the same stages, drafts kept the same way.
enum CertificatesReducer {
    static func reduce(_ state: inout AppState, _ event: Event, _ context: Context) -> [Effect] {
        switch state.progress.certificatesPlace.stage {
        case .list: return list(&state, event, context)
        case .choosing(let cursor): return choosing(&state, cursor: cursor, event)
        case .typing(let field): return typing(&state, field, event, today: context.now.date)
        case .confirming(let field): return confirming(&state, field, event, context)
        }
    }

    private static var words: any CertificateMessages { Messages.certificates }

    // MARK: the list

    private static func list(_ state: inout AppState, _ event: Event, _ context: Context) -> [Effect] {
        let entries = state.progress.certificates
        let index = state.progress.certificatesPlace.highlightedIndex(in: entries)
        switch event {
        case .moveUp, .moveDown, .moveFirst, .moveLast, .pageUp, .pageDown:
            guard let index, let moved = ListCursor.moved(from: index, by: event, count: entries.count) else { break }
            state.progress.certificatesPlace.selected = entries[moved].id
        case .accept:
            guard let index else {
                state.notice = .info(words.noPCsYet)
                break
            }
            state.progress.certificatesPlace.selected = entries[index].id
            state.progress.certificatesPlace.stage = .choosing(cursor: 0)
        case .openFlow(let role):
            guard let flow = context.catalog.flow(role: role) else { return [] }
            return MenuReducer.open(.flow(flow.id), &state, context)
        case .back, .openMenu:
            state.progress.location = .menu
        default:
            state.notice = .info(entries.isEmpty ? words.noPCsYet : words.registerKeys)
        }
        return []
    }

    // MARK: which value to correct

    private static func choosing(_ state: inout AppState, cursor: Int, _ event: Event) -> [Effect] {
        let fields = CertificateField.allCases
        switch event {
        case .moveUp: state.progress.certificatesPlace.stage = .choosing(cursor: max(cursor - 1, 0))
        case .moveDown: state.progress.certificatesPlace.stage = .choosing(cursor: min(cursor + 1, fields.count - 1))
        case .moveFirst, .pageUp: state.progress.certificatesPlace.stage = .choosing(cursor: 0)
        case .moveLast, .pageDown: state.progress.certificatesPlace.stage = .choosing(cursor: fields.count - 1)
        case .accept: start(fields[min(max(cursor, 0), fields.count - 1)], &state)
        case .pick(let number):
            guard (1...fields.count).contains(number) else {
                state.notice = .info(Wording.pickRange(fields.count))
                break
            }
            start(fields[number - 1], &state)
        case .back: state.progress.certificatesPlace.stage = .list
        case .openMenu: state.progress.location = .menu
        default: state.notice = .info(Wording.unusable(event, stepKind: .choice))
        }
        return []
    }

    /// Starts correcting `field` of the highlighted entry: its field (what was typed for it before
    /// is kept), or straight to the confirmation for the role.
    private static func start(_ field: CertificateField, _ state: inout AppState) {
        guard let entry = highlighted(state) else {
            state.progress.certificatesPlace.stage = .list
            return
        }
        var place = state.progress.certificatesPlace
        place.selected = entry.id
        guard field.takesText else {
            place.stage = .confirming(field)
            state.progress.certificatesPlace = place
            return
        }
        // What was typed for another value or entry is dropped; for this one it is kept.
        if place.draft?.field != field || place.draft?.certificateID != entry.id { place.draft = nil }
        place.stage = .typing(field)
        state.progress.certificatesPlace = place
    }

    // MARK: typing

    private static func typing(_ state: inout AppState, _ field: CertificateField, _ event: Event, today: CivilDate) -> [Effect] {
        guard let entry = highlighted(state) else {
            state.progress.certificatesPlace.stage = .list
            return []
        }
        let shown = state.progress.certificatesPlace.fieldContent(field, on: entry)
        var editor = TextEditing(text: shown.text, caret: shown.caret, maxLength: field.maxLength)
        if case .edited(let notice) = editor.edit(event, replacesOnTyping: shown.replacesOnTyping) {
            if let notice { state.notice = notice }
            state.progress.certificatesPlace.draft = CertificateDraft(field: field, certificateID: entry.id, text: editor.text,
                                                                      caret: editor.storedCaret)
            return []
        }
        switch event {
        case .accept:
            switch check(field, typed: editor.text, entry, state.progress, today: today) {
            case .failure(let problem): state.notice = .warning(problem.sentence)
            case .success(let edit):
                state.progress.certificatesPlace.stage = .confirming(field)
                if let date = edit.date { state.notice = .info(DateWording.accepted(date)) }
            }
        case .back:
            // The draft stays: the same value of the same entry starts from it again.
            state.progress.certificatesPlace.stage = .list
        case .openMenu:
            state.progress.location = .menu
        default:
            state.notice = .info(Wording.unusable(event, stepKind: .text))
        }
        return []
    }

    /// A problem worded for the warning area.
    struct Problem: Error {
        var sentence: String
    }

    /// The edit the typed text makes, checked against the register, or what is wrong with it.
    static func check(_ field: CertificateField, typed: String, _ entry: Certificate,
                      _ progress: SavedProgress, today: CivilDate? = nil) -> Result<CertificateEdit, Problem> {
        switch field.edit(typed: typed, on: entry) {
        case .failure(let problem):
            return .failure(Problem(sentence: DateWording.problem(problem)))
        case .success(let edit):
            if case .failure(let refusal) = progress.trying(edit, onCertificate: entry.id, today: today) {
                return .failure(Problem(sentence: words.refusal(refusal)))
            }
            return .success(edit)
        }
    }

    // MARK: confirming

    private static func confirming(_ state: inout AppState, _ field: CertificateField, _ event: Event, _ context: Context) -> [Effect] {
        switch event {
        case .accept:
            return record(field, &state, context)
        case .back:
            state.progress.certificatesPlace.stage = field.takesText ? .typing(field) : .list
        case .openMenu:
            state.progress.location = .menu
        default:
            state.notice = .info(Wording.unusable(event, stepKind: .confirm))
        }
        return []
    }

    /// Enter on the confirmation: the edit is applied and saved with its audit line; the screen
    /// says what changed.
    private static func record(_ field: CertificateField, _ state: inout AppState, _ context: Context) -> [Effect] {
        var place = state.progress.certificatesPlace
        guard let entry = highlighted(state) else {
            place.stage = .list
            state.progress.certificatesPlace = place
            return []
        }
        let typed = place.fieldContent(field, on: entry).text
        guard case .success(let edit) = field.edit(typed: typed, on: entry) else {
            place.stage = field.takesText ? .typing(field) : .list
            state.progress.certificatesPlace = place
            return []
        }
        switch state.progress.apply(edit, toCertificate: entry.id, today: context.now.date) {
        case .failure(let refusal):
            // Changed in another window or by a command since the confirmation was shown.
            state.notice = .warning(words.refusal(refusal))
            place.stage = .list
            state.progress.certificatesPlace = place
            return []
        case .success(let after):
            place.stage = .list
            place.draft = nil
            state.progress.certificatesPlace = place
            state.notice = Notice(.info, [words.edited(after)] + words.differences(entry, after))
            return [.appendAudit(AuditEntry(at: context.now, flow: "certificates", step: field.rawValue, item: "\(entry.id)",
                                            action: "edited", by: context.operatorName))]
        }
    }

    private static func highlighted(_ state: AppState) -> Certificate? {
        state.progress.certificatesPlace.highlightedIndex(in: state.progress.certificates).map { state.progress.certificates[$0] }
    }
}

extension CertificateEdit {
    /// The date the edit sets, if any (the screen says how it read it).
    public var date: CivilDate? { issued ?? downloaded ?? expiresOnNotice ?? backedUpOn }
}
