import ClaimFlow

/// Remembers the last screen of one window, for the keys that only move the highlight of a list (a
/// checklist, a choice): the screen is then the last one with the highlight moved, not a new one
/// built from the state, which was a quarter of a headless frame (issue 19, callgrind). The views are
/// pure: for a state that differs only in the flows' cursors (`AppState.sameApartFromCursors`), at
/// the same minute, in the same mode, with the same rules and desks, they give the same screen but
/// for the highlighted row and the row kept in view, which `Screen.selectable` names. The catalog
/// is the window's own and never changes while the memo lives.
public final class ScreenMemo {
    /// A class, so a key reads the remembered state and changes the remembered screen in place: a struct
    /// copied out to compare and patch cost a retain and a release of every string it holds.
    private final class Drawn {
        let state: AppState
        let now: LocalDateTime
        let demo: Bool
        let revealAllowed: Bool
        let rules: SubmissionRules
        let desks: DeskDirectory
        var screen: Screen
        /// Where the highlight is on `screen`: an index into `screen.selectable`.
        var highlighted: Int?

        init(state: AppState, context: ViewContext, screen: Screen) {
            self.state = state
            now = context.now
            demo = context.demo
            revealAllowed = context.revealAllowed
            rules = context.rules
            desks = context.desks
            self.screen = screen
            highlighted = screen.focus.flatMap { screen.selectable.firstIndex(of: $0) }
        }
    }

    private var last: Drawn?
    /// Counts the rows moved: a moved row's new version number.
    private var moves = 0

    public init() {}

    /// The last screen with the highlight on the row `state`'s cursor names; nil when anything else
    /// differs, or the last screen was not a list whose highlight is all the cursor changes.
    func screen(for state: AppState, _ context: ViewContext) -> Screen? {
        guard let last, !last.screen.selectable.isEmpty, case .flow(let id) = state.progress.location,
              let cursor = state.progress.flows[id]?.cursor, last.screen.selectable.indices.contains(cursor),
              last.now == context.now, last.demo == context.demo, last.revealAllowed == context.revealAllowed,
              last.rules == context.rules, last.desks == context.desks,
              state.sameApartFromCursors(last.state) else { return nil }
        if last.highlighted != cursor {
            // The frame drawn from the last screen is gone by now, so its rows change in place.
            moves += 1
            let movedOff = last.highlighted.map { moveHighlight(last, row: last.screen.selectable[$0], on: false) } ?? true
            guard movedOff, moveHighlight(last, row: last.screen.selectable[cursor], on: true) else {
                self.last = nil // not a list after all: build it again, and from now on
                return nil
            }
            last.screen.focus = last.screen.selectable[cursor]
            last.highlighted = cursor
        }
        return last.screen
    }

    /// Keeps a screen just built; returns it with its blocks' versions, for the layout.
    func remember(_ screen: Screen, for state: AppState, _ context: ViewContext) -> Screen {
        var screen = screen
        screen.versions = BodyVersions(lineage: BodyLineage(), blocks: Array(repeating: 0, count: screen.body.count))
        last = Drawn(state: state, context: context, screen: screen)
        return screen
    }

    /// Sets a list row's highlight and gives the row a new version; false when it is not a list row.
    private func moveHighlight(_ drawn: Drawn, row: Int, on: Bool) -> Bool {
        guard case .item(let marker, let text, _, let role, let detail) = drawn.screen.body[row] else { return false }
        drawn.screen.body[row] = .item(marker: marker, text: text, selected: on, role: role, detail: detail)
        drawn.screen.versions.blocks[row] = moves
        return true
    }
}
