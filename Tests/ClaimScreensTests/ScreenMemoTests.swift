@testable import ClaimFlow
@testable import ClaimScreens
import ClaimStore
import Testing

/// Issue 19: a key that only moves a list's highlight gets the last screen with the highlight moved.
/// That screen must be the one the views build from the state, on every list of the shipped flows,
/// and any other change must build the screen anew.
@Suite struct ScreenMemoTests {
    let nine = LocalDateTime(year: 2026, month: 12, day: 3, hour: 9, minute: 0)!

    func context(at now: LocalDateTime) throws -> ViewContext {
        ViewContext(catalog: try AssetFolder.loadFlows(from: assetsDirectory), now: now,
                    rules: try AssetFolder.loadRules(from: assetsDirectory), desks: try AssetFolder.loadDesks(from: assetsDirectory))
    }

    /// Every checklist and choice of the shipped flows, every row highlighted in turn, with some rows
    /// ticked or chosen: the moved screen is the built one.
    @Test func theMovedScreenIsTheBuiltOneOnEveryShippedList() throws {
        let context = try context(at: nine)
        var lists = 0
        for flow in context.catalog.flows {
            for step in flow.steps where step.kind == .checklist || step.kind == .choice {
                var state = AppState()
                var run = FlowProgress(start: step.id, at: nine)
                if step.kind == .checklist, let first = step.items.first { run.answers[step.id] = .checked([first.id]) }
                if step.kind == .choice, let last = step.options.last { run.answers[step.id] = .choice(last.id) }
                state.progress.flows[flow.id] = run
                state.progress.location = .flow(flow.id)
                let memo = ScreenMemo()
                let first = Views.screen(for: state, context, screens: memo)
                // A list whose rows all depend on earlier answers may show none here: nothing to move.
                guard !first.selectable.isEmpty else { continue }
                for cursor in first.selectable.indices.reversed() {
                    state.progress.flows[flow.id]?.cursor = cursor
                    let moved = try #require(memo.screen(for: state, context), "\(flow.id)/\(step.id) row \(cursor)")
                    #expect(moved == Views.screen(for: state, context), "\(flow.id)/\(step.id) row \(cursor)")
                }
                lists += 1
            }
        }
        #expect(lists >= 10, "only \(lists) lists were moved over")
    }

    /// Anything but the cursor builds the screen again: a tick, the next minute, help, a notice.
    @Test func anythingElseBuildsTheScreenAgain() throws {
        let context = try context(at: nine)
        let flow = try #require(context.catalog.flows.first { $0.steps.contains { $0.kind == .checklist } })
        let step = try #require(flow.steps.first { $0.kind == .checklist && $0.items.count > 1 })
        var state = AppState()
        state.progress.flows[flow.id] = FlowProgress(start: step.id, at: nine)
        state.progress.location = .flow(flow.id)
        let memo = ScreenMemo()
        _ = Views.screen(for: state, context, screens: memo)
        state.progress.flows[flow.id]?.cursor = 1
        #expect(memo.screen(for: state, context) != nil)
        var ticked = state
        ticked.progress.flows[flow.id]?.answers[step.id] = .checked([step.items[1].id])
        #expect(memo.screen(for: ticked, context) == nil)
        #expect(memo.screen(for: state, try self.context(at: LocalDateTime(year: 2026, month: 12, day: 3, hour: 9, minute: 1)!)) == nil)
        var helped = state
        helped.showingHelp = true
        #expect(memo.screen(for: helped, context) == nil)
        var noticed = state
        noticed.notice = Notice(.info, ["保存しました。"])
        #expect(memo.screen(for: noticed, context) == nil)
        var demo = context
        demo.demo = true
        #expect(memo.screen(for: state, demo) == nil)
        // Help over the list: no row to move there, so the next key builds the list again.
        _ = Views.screen(for: helped, context, screens: memo)
        #expect(memo.screen(for: helped, context) == nil)
    }

    /// Screens without a list, or whose rows say more than the highlight (the menu, a summary), are never moved.
    @Test func otherScreensAreAlwaysBuilt() throws {
        let context = try context(at: nine)
        let memo = ScreenMemo()
        var state = AppState()
        let menu = Views.screen(for: state, context, screens: memo)
        #expect(menu.selectable.isEmpty)
        state.progress.menuCursor = 1
        #expect(memo.screen(for: state, context) == nil)
    }

    /// A window's frames, with the screens moved by the memo and laid out by the window's layout memo
    /// (which skips the blocks whose version did not change), are the frames drawn from scratch:
    /// up and down a list, a tick, the next minute, and back.
    @Test func aWindowsFramesAreTheFramesDrawnFromScratch() throws {
        let context = try context(at: nine)
        let flow = try #require(context.catalog.flows.first { $0.steps.contains { $0.kind == .checklist && $0.items.count > 3 } })
        let step = try #require(flow.steps.first { $0.kind == .checklist && $0.items.count > 3 })
        var state = AppState()
        state.progress.flows[flow.id] = FlowProgress(start: step.id, at: nine)
        state.progress.location = .flow(flow.id)
        let screens = ScreenMemo(), layout = WrapMemo(), today = TodayMemo()
        var later = context
        later.now = LocalDateTime(year: 2026, month: 12, day: 3, hour: 9, minute: 1)!
        let cursors = [1, 2, 3, 2, 1, 0, 1, 3, 0]
        for (n, cursor) in cursors.enumerated() {
            state.progress.flows[flow.id]?.cursor = cursor
            if n == 4 { state.progress.flows[flow.id]?.answers[step.id] = .checked([step.items[1].id]) }
            let moment = n >= 6 ? later : context
            let framed = Layout.render(Views.screen(for: state, moment, memo: today, screens: screens), width: 80, height: 24, memo: layout)
            let fresh = Layout.render(Views.screen(for: state, moment), width: 80, height: 24)
            #expect(framed.lines == fresh.lines, "frame \(n):\n\(framed.lines.joined(separator: "\n"))")
            #expect(framed == fresh, "frame \(n)")
        }
    }

    /// On every list of the shipped flows, at two sizes, the highlight down every row and back up with
    /// jumps: each frame of the window (the rows of the moved blocks drawn on the last frame, or the
    /// frame drawn in full when lines moved) is the frame drawn from scratch, cursor included.
    @Test func movedFramesAreTheFramesDrawnFromScratchOnEveryShippedList() throws {
        let context = try context(at: nine)
        var moved = 0
        for flow in context.catalog.flows {
            for step in flow.steps where step.kind == .checklist || step.kind == .choice {
                for (width, height) in [(80, 24), (100, 30)] {
                    var state = AppState()
                    var run = FlowProgress(start: step.id, at: nine)
                    if step.kind == .checklist, let first = step.items.first { run.answers[step.id] = .checked([first.id]) }
                    state.progress.flows[flow.id] = run
                    state.progress.location = .flow(flow.id)
                    let screens = ScreenMemo(), layout = WrapMemo(), today = TodayMemo()
                    let rows = Views.screen(for: state, context).selectable.count
                    guard rows > 1 else { continue }
                    let cursors = Array(0..<rows) + Array((0..<rows).reversed()) + [rows - 1, 0, rows / 2, 0]
                    for cursor in cursors {
                        state.progress.flows[flow.id]?.cursor = cursor
                        let framed = Layout.render(Views.screen(for: state, context, memo: today, screens: screens),
                                                   width: width, height: height, memo: layout)
                        let fresh = Layout.render(Views.screen(for: state, context), width: width, height: height)
                        #expect(framed == fresh, "\(flow.id)/\(step.id) \(width)x\(height) row \(cursor):\n\(framed.lines.joined(separator: "\n"))")
                    }
                    moved += layout.movedFrames
                }
            }
        }
        // Most moves are drawn on the last frame: the path above is the one taken.
        #expect(moved > 100, "only \(moved) frames were drawn on the last one")
    }
}
