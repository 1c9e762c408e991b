import ClaimFlow

/// What the views need besides the state.
public struct ViewContext: Sendable {
    public var catalog: FlowCatalog
    public var now: LocalDateTime
    /// Demo mode shows a デモ banner on every screen (issue 6).
    public var demo: Bool
    public var rules: SubmissionRules
    /// False when playing or recording tapes: a secret is never drawn, so never snapshotted.
    public var revealAllowed: Bool
    public var desks: DeskDirectory

    public init(catalog: FlowCatalog, now: LocalDateTime, demo: Bool = false, rules: SubmissionRules = .standard,
                desks: DeskDirectory = DeskDirectory(desks: []), revealAllowed: Bool = true) {
        self.desks = desks
        self.catalog = catalog
        self.now = now
        self.demo = demo
        self.rules = rules
        self.revealAllowed = revealAllowed
    }

    var engine: Context { Context(catalog: catalog, now: now, rules: rules, desks: desks) }

    /// This claim month per payer (C3), and the payers whose deadline passed unconfirmed (C10).
    func month(_ state: AppState) -> MonthStanding {
        MonthStanding(month: SubmissionCalendar.monthKey(year: now.date.year, month: now.date.month), progress: state.progress,
                      now: now, calendar: engine.calendar(for: state.progress))
    }

    /// C10 is said only to a clinic that keeps its monthly submission here and has a claim this month.
    func missedDeadline(_ state: AppState) -> [String] {
        let progress = state.progress
        let keepsMonthly = !progress.submissions.isEmpty || progress.flows[FlowContract.Flows.monthly] != nil
        guard keepsMonthly, ClaimDuty(progress).hasClaim(on: now.date) else { return [] }
        let standing = month(state)
        return standing.missed.isEmpty ? [] : MonthlyWording.missedDeadline(month: now.date.month, payers: standing.missed)
    }

    func status(_ state: AppState) -> WindowStatus {
        WindowStatus.at(now, calendar: engine.calendar(for: state.progress),
                        submittedMonths: state.progress.submittedMonths)
    }
}

/// The state as a screen.
public enum Views {
    public static func screen(for state: AppState, _ context: ViewContext) -> Screen {
        var screen: Screen
        switch state.progress.location {
        case .menu:
            screen = MenuView.screen(state, context)
        case .calendar:
            screen = CalendarView.screen(state, context)
        case .flow(let id):
            if let flow = context.catalog.flow(id), let progress = state.progress.flows[id] {
                screen = StepView.screen(state, flow: flow, progress: progress, context)
            } else {
                screen = MenuView.screen(state, context)
            }
        }
        if state.showingHelp {
            screen = HelpView.screen(over: screen, state, context)
        }
        if screen.focus == nil { screen.scroll = state.bodyScroll }
        screen.clock = context.now.japanese
        screen.banner = context.demo ? "デモ" : nil
        if context.demo, !screen.hints.isEmpty {
            // Before F1: when the line is full, help gives way first (trainers know it).
            let f1 = screen.hints.firstIndex { $0.key == "F1" } ?? screen.hints.count - 1
            screen.hints.insert(KeyHint("F12", "デモを最初から"), at: f1)
        }
        if state.progress.location == .menu || screen.warnings.isEmpty {
            // Today's warnings (deadline, peak day, freeze) stay in the fixed place.
            var warnings = context.missedDeadline(state) + context.status(state).warnings
            let planned = FreezeCheck.plannedChangeWarnings(state.progress.changes, today: context.now.date,
                                                            calendar: context.engine.calendar(for: state.progress))
            warnings.insert(contentsOf: planned, at: min(1, warnings.count))
            screen.warnings += warnings.map { Warning($0) }
        }
        if let problem = state.storeProblem, state.notice == nil {
            // A failed save stays in view until a save works again.
            screen.warnings.insert(contentsOf: problem.map { Warning($0, role: .error) }, at: 0)
        }
        if let notice = state.notice {
            let role: CellRole = notice.level == .error ? .error : notice.level == .warning ? .warning : .info
            screen.warnings = notice.lines.map { Warning($0, role: role) } + screen.warnings
        }
        return screen
    }
}
