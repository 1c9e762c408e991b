import FoundationEssentials

/// Typing on a step with a field (a text step, and the checker's name on a readback): the keys of
/// a one-line editor, and Enter through the field's validator.
enum FieldEntry {
    /// A key on the field. `audit` says what accepting `entered` writes to the audit trail.
    static func reduce(
        _ event: Event, _ state: inout AppState, _ scope: StepScope, step: StepDefinition, field: TextField,
        audit: (_ entered: String) -> AuditEntry?
    ) -> StepOutcome {
        guard scope.run(state) != nil else { return .stay() }
        let shown = state.fieldContent(flow: scope.flow.id, step: step.id, secret: field.secret)
        var editor = TextEditing(text: shown.text, caret: shown.caret, maxLength: field.maxLength)
        switch editor.edit(event, replacesOnTyping: shown.replacesOnTyping) {
        case .edited(let notice):
            if let notice { state.notice = notice }
        case .notAnEdit:
            switch event {
            case .toggleReveal where field.secret:
                state.revealSecret.toggle()
                return .stay()
            case .accept:
                return accept(&state, scope, step: step, field: field, typed: editor, audit: audit)
            default:
                return .unusable
            }
        }
        storeDraft(&state, scope, step: step, field: field, editor)
        return .stay()
    }

    /// Validation of what Enter would take: the validator's refusal, a doubt to confirm, or the text to record.
    static func check(_ typed: String, field: TextField, warned: String?) -> FieldCheck {
        if let kind = field.identifier, kind != .clinicCode {
            // IDs are not silently fixed: the clerk sees each problem and converts with F5 (I3).
            let analysis = IdentifierAnalysis(typed, kind: kind)
            if let error = analysis.problems.first(where: { $0.severity == .error }) {
                let hint = analysis.problems.contains { if case .fullWidth = $0.reason { return true } else { return false } } ? Wording.convertHint : Wording.fixAndRetry
                return .refused(.warning(error.message, hint))
            }
            return .accepted(typed)
        }
        let entered = field.validator.normalized(FullWidth.toHalfWidth(typed)).trimmingSpaces
        if let problem = field.validator.problem(in: entered) { return .refused(.warning(problem)) }
        // Doubts warn once; Enter on the same text again goes on (I1: never block on the paper's code).
        let doubts = field.validator.warnings(in: entered)
        if !doubts.isEmpty, warned != entered {
            return .doubted(Notice(.warning, Array(doubts.prefix(2)) + [Wording.enterAgainToKeep]), entered: entered)
        }
        return .accepted(entered)
    }

    /// Enter: validate; a refusal keeps the draft as typed, an accepted text is recorded (a secret
    /// only in memory, design.md §6) and the flow goes on.
    private static func accept(
        _ state: inout AppState, _ scope: StepScope, step: StepDefinition, field: TextField, typed editor: TextEditing,
        audit: (String) -> AuditEntry?
    ) -> StepOutcome {
        switch check(editor.text, field: field, warned: state.warnedText) {
        case .refused(let notice):
            state.notice = notice
            storeDraft(&state, scope, step: step, field: field, editor)
            return .stay()
        case .doubted(let notice, let entered):
            state.warnedText = entered
            state.notice = notice
            storeDraft(&state, scope, step: step, field: field, editor)
            return .stay()
        case .accepted(let entered):
            let answer: Answer
            if field.secret {
                state.secrets[secretKey(flow: scope.flow.id, step: step.id)] = entered
                state.secretDraft = nil
                answer = .secretEntered
            } else {
                // Typed answers: a date field records the date it understood (2027/4/1 or 令和9年4月1日).
                if case .success(let typed) = field.validator.answer(for: entered) { answer = typed } else { answer = .text(entered) }
                // Issue 14: the add flow refuses what `certs add` and an edit refuse, at the step that breaks it.
                if let refusal = CertificateAnswerCheck.refusal(flow: scope.flow, step: step, answer: answer,
                                                               progress: state.progress, today: scope.context.now.date) {
                    state.notice = .warning(Messages.certificates.refusal(refusal))
                    storeDraft(&state, scope, step: step, field: field, editor)
                    return .stay()
                }
                // The accepted text is the answer now, not a draft.
                state.progress.flows[scope.flow.id]?.drafts[step.id] = nil
                if case .date(let date) = answer { state.notice = .info(DateWording.accepted(date)) }
            }
            return .goOn(recording: answer, effects: audit(entered).map { [.appendAudit($0)] } ?? [])
        }
    }

    /// The field shows its own draft or its earlier answer (`AppState.fieldContent`). A secret
    /// starts again from what was accepted, hidden: a half-typed one is not kept (design.md §6).
    static func enter(_ state: inout AppState, in flow: FlowDefinition, step: StepDefinition, field: TextField) {
        guard field.secret else { return }
        state.secretDraft = nil
        state.revealSecret = false
    }

    /// Where a secret answer waits in memory.
    static func secretKey(flow: String, step: String) -> String { flow + "/" + step }

    /// Keeps what is in the field as this step's draft: a secret's in memory only (design.md §6).
    private static func storeDraft(_ state: inout AppState, _ scope: StepScope, step: StepDefinition, field: TextField, _ editor: TextEditing) {
        let draft = FieldDraft(text: editor.text, caret: editor.storedCaret)
        if field.secret {
            state.secretDraft = draft
        } else {
            state.progress.flows[scope.flow.id]?.drafts[step.id] = draft
        }
    }
}

/// What the validator says of a field's text when Enter is pressed.
public enum FieldCheck: Equatable, Sendable {
    /// Acceptable: the text to record (half-width and trimmed; an ID exactly as typed).
    case accepted(String)
    /// Refused, with what to do; the draft stays as typed.
    case refused(Notice)
    /// Acceptable but doubtful (I1): warned once, and Enter on the same text again goes on.
    case doubted(Notice, entered: String)
}
