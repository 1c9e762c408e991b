/// What the reducer may know about the world: the flows and the time (passed in, never read).
public struct Context: Sendable {
    public var catalog: FlowCatalog
    public var now: LocalDateTime
    /// Who is at the keyboard, for the audit trail (nil until a name is given).
    public var operatorName: String?
    /// Hours and limits of the submission window (Assets/calendar.json or the defaults).
    public var rules: SubmissionRules
    /// The desks shipped in Assets/contacts.json (T10).
    public var desks: DeskDirectory

    public init(catalog: FlowCatalog, now: LocalDateTime, operatorName: String? = nil, rules: SubmissionRules = .standard,
                desks: DeskDirectory = DeskDirectory(desks: [])) {
        self.catalog = catalog
        self.now = now
        self.operatorName = operatorName
        self.rules = rules
        self.desks = desks
    }

    /// The desks with the numbers the clinic recorded.
    public func directory(_ progress: SavedProgress) -> DeskDirectory {
        desks.merged(with: progress.contacts)
    }

    /// The calendar with the extensions the clerk recorded.
    public func calendar(extensions: [WindowExtension]) -> SubmissionCalendar {
        SubmissionCalendar(rules: rules, extensions: extensions)
    }

    /// The clinic's own calendar: its recorded extensions, and no freeze in months without a
    /// claim to send (a new clinic in setup, domain "Change freeze").
    public func calendar(for progress: SavedProgress) -> SubmissionCalendar {
        SubmissionCalendar(rules: rules, extensions: progress.extensions, duty: ClaimDuty(progress, catalog: catalog))
    }
}

/// The state machine: `(state, event, context) -> (state, effects)`, pure and deterministic.
public enum Reducer {
    public static func reduce(_ state: AppState, _ event: Event, _ context: Context) -> (AppState, [Effect]) {
        var next = state
        let effects = reduce(&next, event, context)
        return (next, effects)
    }

    public static func reduce(_ state: inout AppState, _ event: Event, _ context: Context) -> [Effect] {
        let before = screenIdentity(state)
        let effects = reduceScreen(&state, event, context)
        if screenIdentity(state) != before {
            state.bodyScroll = 0
            state.warnedText = nil
        }
        return effects
    }

    /// Which screen is showing: scrolling starts again at the top whenever it changes.
    static func screenIdentity(_ state: AppState) -> ScreenIdentity {
        var step: String?
        var changesStage: ChangesStage?
        if case .flow(let id) = state.progress.location { step = state.progress.flows[id]?.current }
        if state.progress.location == .changes { changesStage = state.progress.changesPlace.stage }
        let certificatesStage = state.progress.location == .certificates ? state.progress.certificatesPlace.stage : nil
        return ScreenIdentity(location: state.progress.location, showingHelp: state.showingHelp, showingMemo: state.showingMemo, step: step,
                              changesStage: changesStage, certificatesStage: certificatesStage)
    }

    struct ScreenIdentity: Equatable {
        var location: Location
        var showingHelp: Bool
        var showingMemo: Bool
        var step: String?
        var changesStage: ChangesStage?
        var certificatesStage: CertificatesStage?
    }

    static func reduceScreen(_ state: inout AppState, _ event: Event, _ context: Context) -> [Effect] {
        if case .effectResult(let result) = event {
            reduceEffectResult(&state, result)
            return []
        }
        state.notice = nil
        if event == .quit { return [.quit] }
        if state.showingHelp {
            // Any of these closes help; other keys are answered with how to close it.
            switch event {
            case .help, .back, .accept: state.showingHelp = false
            case .moveDown, .pageDown, .moveUp, .pageUp: scroll(&state, event)
            case .openMenu: state.showingHelp = false; state.progress.location = .menu
            default: state.notice = .info(Wording.closeHelp)
            }
            return []
        }
        if event == .help {
            state.showingHelp = true
            return []
        }
        if state.showingMemo {
            // T11: the memo is read here; these keys close it, the arrows move the text.
            switch event {
            case .back, .accept, .showMemo: state.showingMemo = false
            case .openMenu: state.showingMemo = false; state.progress.location = .menu
            case .moveDown, .pageDown, .moveUp, .pageUp: scroll(&state, event)
            case .moveFirst: state.bodyScroll = 0
            default: state.notice = .info(Wording.memoKeys)
            }
            return []
        }
        switch state.progress.location {
        case .menu:
            return MenuReducer.reduce(&state, event, context)
        case .calendar:
            switch event {
            case .back, .openMenu, .accept: state.progress.location = .menu
            case .moveLeft, .moveUp, .pageUp: state.calendarOffset = calendarOffset(state.calendarOffset - 1, context)
            case .moveRight, .moveDown, .pageDown: state.calendarOffset = calendarOffset(state.calendarOffset + 1, context)
            case .moveFirst: state.calendarOffset = 0
            case .openFlow(let role):
                guard let flow = context.catalog.flow(role: role) else { return [] }
                return MenuReducer.open(.flow(flow.id), &state, context)
            default: state.notice = .info(Wording.calendarKeys)
            }
            return []
        case .changes:
            return ChangesReducer.reduce(&state, event, context)
        case .certificates:
            return CertificatesReducer.reduce(&state, event, context)
        case .flow(let id):
            guard let flow = context.catalog.flow(id) else {
                // The flow vanished from the assets (an older data file): back to safety.
                state.progress.location = .menu
                state.notice = .warning(Wording.flowMissing(id))
                return []
            }
            if event == .openMenu {
                state.progress.location = .menu
                return []
            }
            return FlowReducer.reduce(&state, flow: flow, event, context)
        }
    }
}

/// Results of effects: they add to what the clerk sees, never replace the key's own message.
func reduceEffectResult(_ state: inout AppState, _ result: EffectResult) {
    switch result {
    case .memoWritten(let path):
        state.notice = Notice(state.notice?.level ?? .info, (state.notice?.lines ?? []) + [Wording.memoSaved(path)])
    case .storeFailed(let lines):
        state.storeProblem = lines
        state.notice = Notice(.error, lines)
    case .storeRecovered:
        state.storeProblem = nil
    case .demoReset(let seed):
        state = AppState(progress: seed, notice: .info(Wording.demoReset))
    case .savedElsewhere(let saved):
        state.progress = state.progress.adopting(saved)
    }
}

/// Up/Down and PageUp/PageDown on a screen without a list move the text (the layout clamps).
func scroll(_ state: inout AppState, _ event: Event) {
    switch event {
    case .moveDown: state.bodyScroll += 1
    case .pageDown: state.bodyScroll += 10
    case .moveUp: state.bodyScroll -= 1
    case .pageUp: state.bodyScroll -= 10
    default: break
    }
    state.bodyScroll = min(max(state.bodyScroll, 0), 500)
}

/// The main menu: move, pick, open.
enum MenuReducer {
    static func reduce(_ state: inout AppState, _ event: Event, _ context: Context) -> [Effect] {
        let items = MainMenu.items(context.catalog)
        var cursor = min(max(state.progress.menuCursor, 0), items.count - 1)
        switch event {
        case .moveUp: cursor = max(cursor - 1, 0)
        case .moveDown: cursor = min(cursor + 1, items.count - 1)
        case .moveFirst, .pageUp: cursor = 0
        case .moveLast, .pageDown: cursor = items.count - 1
        case .pick(let number):
            guard (1...items.count).contains(number) else {
                state.notice = .info(Wording.pickRange(items.count))
                return []
            }
            cursor = number - 1
            state.progress.menuCursor = cursor
            return open(items[cursor], &state, context)
        case .accept, .toggle:
            state.progress.menuCursor = cursor
            return open(items[cursor], &state, context)
        case .showMemo:
            // T11: the last memo, as written to its file.
            if state.progress.triages.isEmpty { state.notice = .info(Wording.noMemoYet) } else { state.showingMemo = true }
        case .back, .openMenu:
            state.notice = .info(Wording.menuEscape)
        case .unusable(let name), .insert(let name):
            state.notice = .info(Wording.unusableOnMenu(name))
        default:
            break
        }
        state.progress.menuCursor = cursor
        return []
    }

    static func open(_ item: MenuItem, _ state: inout AppState, _ context: Context) -> [Effect] {
        switch item {
        case .quit:
            return [.quit]
        case .calendar:
            state.progress.location = .calendar
            state.calendarOffset = 0
        case .changes:
            // Where the clerk left it, with anything typed (like a flow's step).
            state.progress.location = .changes
        case .certificates:
            state.progress.location = .certificates
        case .flow(let id):
            guard let flow = context.catalog.flow(id), let first = flow.firstStep else { return [] }
            if state.progress.flows[id] == nil {
                var fresh = FlowProgress(start: first.id, at: context.now)
                // Only an answer that applies is copied (a line type the clerk has since changed is not).
                for (local, source) in flow.prefill {
                    if let answer = context.catalog.applicableAnswer(source, in: state.progress),
                       case .choice(let option) = answer, flow.step(local)?.options.contains(where: { $0.id == option }) == true {
                        fresh.answers[local] = answer
                    }
                }
                state.progress.flows[id] = fresh
            }
            state.progress.location = .flow(id)
            FlowReducer.enterCurrentStep(&state, flow: flow)
        }
        return []
    }
}

extension Reducer {
    /// Issue 16: the calendar pages only through the years it computes (2000–2099), however
    /// long a key is held.
    static func calendarOffset(_ wanted: Int, _ context: Context) -> Int {
        let today = context.now.date
        let current = today.year * 12 + today.month - 1
        let first = CivilDate.supportedYears.lowerBound * 12, last = CivilDate.supportedYears.upperBound * 12 + 11
        return min(max(current + wanted, first), last) - current
    }
}
