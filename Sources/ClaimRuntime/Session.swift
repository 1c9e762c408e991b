import ClaimFlow
import ClaimScreens
import ClaimStore

/// The program minus the terminal: keys in, saved progress and a cell grid out. The terminal
/// shell, the headless tape player and live playback all drive this same object, so a tape
/// exercises exactly the keyboard's path.
public final class Session {
    public enum Outcome: Equatable, Sendable {
        case running
        case redraw
        case quit
        case interrupted
    }

    public private(set) var state: AppState
    public let catalog: FlowCatalog
    public var clock: () -> LocalDateTime
    public var demo: Bool
    /// F3 may show a typed password only on a live screen, never when tapes play or record.
    public var revealAllowed = true
    public let rules: SubmissionRules
    public let desks: DeskDirectory
    public private(set) var width: Int
    public private(set) var height: Int
    private let store: ProgressStore?
    private var canSave: Bool
    /// What the database holds as of `revision`, as far as this window knows.
    private var persisted: SavedProgress
    private var revision: Int
    /// Wrapped texts from earlier frames: most of a frame's text is the same as the last one's.
    private let wrapMemo = WrapMemo()
    /// Today's snapshot from the last frame, kept while the clock and what it reads stay the same.
    private let todayMemo = TodayMemo()
    /// "手順 k / n" from the last frame, kept while the run's step and answers stay the same.
    private let stepPathMemo = StepPathMemo()
    /// The last screen, moved to the new highlight when a key moved nothing else (issue 19).
    private let screenMemo = ScreenMemo()

    /// Loads saved progress from the store; an unusable file is explained on the first screen.
    /// `loaded`: what `store` has already read, when the shell read it (on start-up, while the flows were
    /// decoded on another core); else the store is read here.
    public init(catalog: FlowCatalog, store: ProgressStore?, loaded: LoadResult? = nil, clock: @escaping () -> LocalDateTime,
                width: Int = 80, height: Int = 24, demo: Bool = false, rules: SubmissionRules = .standard,
                desks: DeskDirectory = DeskDirectory(desks: [])) {
        self.catalog = catalog
        self.rules = rules
        self.desks = desks
        self.store = store
        self.clock = clock
        self.demo = demo
        self.width = width
        self.height = height
        if let store {
            let loaded = loaded ?? store.load(now: clock())
            let notice = loaded.problem.map { Notice(.error, $0.japanese) } ?? loaded.notice.map { Notice(.info, $0) }
            state = AppState(progress: loaded.progress, notice: notice)
            canSave = loaded.canSave
            persisted = loaded.progress
            revision = loaded.revision
        } else {
            state = AppState()
            canSave = false
            persisted = SavedProgress()
            revision = 0
        }
    }

    /// The window stops; the data folder learns it was a clean stop.
    public func close() { store?.close() }

    /// The problem met while loading, for the shell to print on exit too.
    public var loadNotice: Notice? { state.notice }

    /// The demo's starting point; F12 goes back to it (issue 6).
    public var demoSeed: SavedProgress?

    public func handle(_ key: Key) -> Outcome {
        if key == .function(12), let seed = demoSeed {
            return apply(.effectResult(.demoReset(seed)))
        }
        switch KeyMap.action(for: key, in: state, catalog) {
        case .redraw: return .redraw
        case .interrupt: return .interrupted
        case .resize(let w, let h):
            width = max(w, 0)
            height = max(h, 0)
            return .redraw
        case .event(let event):
            // The clerk cannot see the screen the key would act on (issue 15): only quitting works
            // until the window is large enough again.
            if !Layout.fits(width: width, height: height) && event != .quit { return .redraw }
            return apply(event)
        }
    }

    /// Sends keys in order; a run of characters typed into a field becomes one insert, so a
    /// paste of thousands of characters is one event and one save.
    public func handle(_ keys: [Key]) -> Outcome {
        var index = 0
        var outcome = Outcome.running
        while index < keys.count {
            if KeyMap.isTyping(state, catalog), case .character = keys[index] {
                var text = ""
                while index < keys.count, case .character(let c) = keys[index] {
                    text.append(c)
                    index += 1
                }
                outcome = apply(.insert(text))
            } else {
                outcome = handle(keys[index])
                index += 1
            }
            if outcome == .quit || outcome == .interrupted { return outcome }
        }
        return outcome
    }

    /// Text typed in one go (a tape's `Type`): characters into a field, keys elsewhere.
    public func type(_ text: String) -> Outcome {
        handle(text.map { Key.character($0) })
    }

    /// One event through the reducer, then its effects; what the effects bring back goes to the
    /// reducer as events too, so this is the only place the state changes (issue 10). What the
    /// event changed is saved as one transaction with its audit lines (issue 11).
    public func apply(_ event: Event) -> Outcome {
        let context = Context(catalog: catalog, now: clock(), rules: rules, desks: desks)
        takeInSavedElsewhere(context)
        let before = state
        var effects = Reducer.reduce(&state, event, context)
        if canSave, let store, state.progress.differsDurably(from: before.progress) || effects.contains(where: \.isAudit) {
            do {
                revision = try store.commit(expecting: revision) { saved in
                    var base = persisted
                    if let saved {
                        // Saved elsewhere between the last key and now: the event is applied again on
                        // top of it, so both changes are kept (the reducer is pure, replaying is safe).
                        state = before
                        _ = Reducer.reduce(&state, .effectResult(.savedElsewhere(saved)), context)
                        effects = Reducer.reduce(&state, event, context)
                        base = saved
                    }
                    return StoreChange(before: base, after: state.progress, audit: effects.compactMap(\.auditEntry))
                }
                persisted = state.progress
                if state.storeProblem != nil { _ = Reducer.reduce(&state, .effectResult(.storeRecovered), context) }
            } catch {
                _ = Reducer.reduce(&state, .effectResult(.storeFailed(lines: error.problem.japanese)), context)
            }
        }
        for effect in effects {
            if let result = run(effect) { _ = Reducer.reduce(&state, .effectResult(result), context) }
        }
        if effects.contains(.quit) { return .quit }
        return .running
    }

    /// A change made in another window or by a command is seen at the next key.
    private func takeInSavedElsewhere(_ context: Context) {
        guard canSave, let store, let current = store.revision(), current != revision else { return }
        guard let saved = try? store.reload() else { return }
        _ = Reducer.reduce(&state, .effectResult(.savedElsewhere(saved.progress)), context)
        persisted = saved.progress
        revision = saved.revision
    }

    /// Carries out one effect; nil when there is nothing to tell the reducer.
    private func run(_ effect: Effect) -> EffectResult? {
        switch effect {
        case .appendAudit, .quit:
            return nil // audit lines were saved with the event
        case .writeMemo(let name, let text):
            guard let store else { return nil }
            do {
                let written = try store.writeMemo(name: name, text: text)
                // Relative to the data folder, as the memo screen says it: the same screen on every
                // machine and every run, so a tape's snapshot does not change with a temporary folder.
                let file = written.split(separator: "/").last.map(String.init) ?? written
                return .memoWritten(path: "memos/" + file)
            } catch {
                return .storeFailed(lines: error.problem.japanese)
            }
        }
    }

    public var screen: Screen {
        Views.screen(for: state, ViewContext(catalog: catalog, now: clock(), demo: demo, rules: rules, desks: desks,
                                             revealAllowed: revealAllowed), memo: todayMemo, paths: stepPathMemo,
                     screens: screenMemo)
    }

    public func render() -> CellGrid {
        Layout.render(screen, width: width, height: height, memo: wrapMemo)
    }

    /// True when what is being typed must never be recorded (record mode masks it).
    public var isTypingSecret: Bool { KeyMap.isTypingSecret(state, catalog) }

    /// True when characters go into a text field rather than acting as keys.
    public var isTyping: Bool { KeyMap.isTyping(state, catalog) }
}
