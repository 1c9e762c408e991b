import ClaimFlow
import ClaimStore
@testable import ClaimScreens
import Testing

/// Issue 18: every frame says where the terminal's cursor goes — the highlighted row or the caret.
@Suite struct CursorTests {
    static let hints = [KeyHint("F1", "ヘルプ")]

    @Test func theCursorIsOnTheHighlightedRow() {
        for selected in 0..<3 {
            let body: [Block] = [.paragraph("選んでください。"), .blank] + (0..<3).map {
                .item(marker: "\($0 + 1).", text: "項目\($0 + 1)", selected: $0 == selected, detail: "説明")
            }
            let grid = Layout.render(Screen(place: "p", heading: "h", body: body, focus: 2 + selected, hints: Self.hints),
                                     width: 80, height: 24)
            let cursor = grid.cursor
            #expect(cursor?.column == 4)
            let row = cursor.map { grid.lines[$0.row] } ?? ""
            #expect(row.hasPrefix("  > \(selected + 1). 項目\(selected + 1)"), "\(grid.text)")
        }
    }

    @Test func theCursorIsAtTheCaretByDisplayWidth() {
        func cursor(_ value: String, caret: Int?, replacing: Bool = false) -> CellPosition? {
            let screen = Screen(place: "p", heading: "h", body: [.field(label: "名前", value: value, note: nil, caret: caret, replacing: replacing)],
                                focus: 0, hints: Self.hints)
            return Layout.render(screen, width: 80, height: 24).cursor
        }
        // Row 4 is the label, row 5 the field: "  [ " then the text.
        #expect(cursor("", caret: nil) == CellPosition(row: 5, column: 4))
        #expect(cursor("ab", caret: nil) == CellPosition(row: 5, column: 6))
        #expect(cursor("abさくら", caret: nil) == CellPosition(row: 5, column: 12))
        #expect(cursor("abさくら", caret: 3) == CellPosition(row: 5, column: 8))
        #expect(cursor("abさくら", caret: nil, replacing: true) == CellPosition(row: 5, column: 12))
    }

    @Test func withoutAFocusTheCursorIsOnTheHeading() {
        let grid = Layout.render(Screen(place: "p", heading: "見出し", body: [.paragraph("本文")], hints: Self.hints), width: 80, height: 24)
        #expect(grid.cursor == CellPosition(row: 2, column: 2))
        #expect(Layout.render(Screen(place: "p", heading: "h", body: [], hints: []), width: 40, height: 10).cursor == CellPosition(row: 0, column: 0))
    }

    /// Issue 18: the key hints always say how to reach help, the demo's F12 and all.
    @Test func everyScreenSaysF1OpensHelp() throws {
        let catalog = try AssetFolder.loadFlows(from: assetsDirectory)
        for demo in [false, true] {
            let context = ViewContext(catalog: catalog, now: december3, demo: demo)
            for flow in catalog.flows {
                for step in flow.steps {
                    var state = AppState()
                    state.progress.location = .flow(flow.id)
                    state.progress.flows[flow.id] = FlowProgress(start: step.id, at: december3)
                    let grid = Layout.render(Views.screen(for: state, context), width: 80, height: 24)
                    #expect(grid.lines[23].contains("F1 "), "\(flow.id)/\(step.id) demo \(demo): \(grid.lines[23])")
                }
            }
            let menu = Layout.render(Views.screen(for: AppState(), context), width: 80, height: 24)
            #expect(menu.lines[23].contains("F1 "), "menu demo \(demo): \(menu.lines[23])")
        }
    }
}
