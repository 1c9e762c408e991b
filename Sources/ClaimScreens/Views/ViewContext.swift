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
    /// Worked out once when a frame starts (`Views.screen`); every part of the frame reads it.
    fileprivate var snapshot: Today?

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

    /// The frame's one snapshot of today; computed here only when a view is drawn on its own (tests).
    func today(_ state: AppState) -> Today { snapshot ?? Today(state.progress, engine) }

    /// C10, worded; empty unless `Today` says a deadline passed for this clinic.
    func missedDeadline(_ state: AppState) -> [String] {
        let missed = today(state).missedDeadline
        return missed.isEmpty ? [] : Messages.monthly.missedDeadline(month: now.date.month, payers: missed)
    }
}

/// The state as a screen.
public enum Views {
    /// `memo`: the window's last snapshot of today, kept while nothing it reads changed;
    /// `paths`: its last step position, kept while the run's step, way back and answers are the same.
    /// `screens`: its last screen, moved to the new highlight when a key moved nothing else.
    public static func screen(for state: AppState, _ context: ViewContext, memo: TodayMemo? = nil, paths: StepPathMemo? = nil,
                              screens: ScreenMemo? = nil) -> Screen {
        if let known = screens?.screen(for: state, context) { return known }
        var context = context
        context.snapshot = memo?.today(state.progress, context.engine) ?? Today(state.progress, context.engine)
        var screen: Screen
        switch state.progress.location {
        case .menu:
            screen = MenuView.screen(state, context)
        case .calendar:
            screen = CalendarView.screen(state, context)
        case .changes:
            screen = ChangesView.screen(state, context)
        case .certificates:
            screen = CertificatesView.screen(state, context)
        case .flow(let id):
            if let flow = context.catalog.flow(id), let progress = state.progress.flows[id] {
                screen = StepView.screen(state, flow: flow, progress: progress, context,
                                         position: paths?.position(in: flow, progress: progress))
            } else {
                screen = MenuView.screen(state, context)
            }
        }
        if state.showingMemo {
            screen = MemoView.screen(over: screen, state, context)
        }
        if state.showingHelp {
            screen = HelpView.screen(over: screen, state, context)
        }
        if state.showingMemo || state.showingHelp { screen.selectable = [] } // the list is under the overlay
        if screen.focus == nil { screen.scroll = state.bodyScroll }
        screen.clock = memo?.clockText(context.now) ?? context.now.japanese
        screen.banner = context.demo ? Messages.screen.text(.demoBanner) : nil
        if context.demo, !screen.hints.isEmpty {
            // After F1: when the line is full, F12 gives way before help does — the key hints always
            // say how to reach help (issue 18), and trainers know F12.
            let afterF1 = screen.hints.firstIndex { $0.key == "F1" }.map { $0 + 1 } ?? screen.hints.count - 1
            screen.hints.insert(Hints.demoReset, at: afterF1)
        }
        if state.progress.location == .menu || screen.warnings.isEmpty {
            // Today's warnings (deadline, peak day, freeze) stay in the fixed place.
            let today = context.today(state)
            var warnings = context.missedDeadline(state) + today.status.warnings
            warnings.insert(contentsOf: today.plannedConflicts.map(Messages.changes.plannedChangeInFreeze), at: min(1, warnings.count))
            // [S0]: a plan whose day has passed stays planned until the clerk says what became of it.
            let overdue = today.overdueChanges
            if state.progress.location == .menu, !overdue.isEmpty { warnings.append(Messages.changes.overdue(overdue)) }
            // Issue 14: certificates after the month's own warnings (today's deadline comes first).
            // Several PCs share one reminder: two would push the menu and the deadline line off.
            warnings += Messages.certificates.reminders(today.certificates)
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
        return screens?.remember(screen, for: state, context) ?? screen
    }
}
