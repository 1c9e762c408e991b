import ClaimFlow
import ClaimStore
@testable import ClaimScreens
import Foundation
import Testing

let assetsDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Assets").path
let december3 = LocalDateTime(year: 2026, month: 12, day: 3, hour: 9, minute: 0)!

@Suite struct ScreenTests {
    let catalog: FlowCatalog

    init() throws {
        catalog = try AssetFolder.loadFlows(from: assetsDirectory)
    }

    /// Every step of every shipped flow, with help open and closed, at the 80x24 floor.
    func everyScreen() -> [(String, Screen)] {
        var screens: [(String, Screen)] = []
        let context = ViewContext(catalog: catalog, now: december3, demo: true)
        for flow in catalog.flows {
            for step in flow.steps {
                var progress = FlowProgress(start: step.id, at: december3)
                progress.history = flow.steps.prefix { $0.id != step.id }.map(\.id)
                progress.cursor = max(step.items.count, step.options.count, 1) - 1
                var state = AppState()
                state.progress.location = .flow(flow.id)
                state.progress.flows[flow.id] = progress
                state.notice = .warning("注意: 送信は早めにしてください。締め切りは10日24:00です。")
                screens.append(("\(flow.id)/\(step.id)", Views.screen(for: state, context)))
                state.showingHelp = true
                screens.append(("\(flow.id)/\(step.id)+help", Views.screen(for: state, context)))
            }
        }
        screens.append(("menu", Views.screen(for: AppState(notice: .warning("注意: 締め切りは10日24:00です。")), context)))
        return screens
    }

    @Test func everyScreenFitsTheFloorWithAllItsParts() {
        for (name, screen) in everyScreen() {
            let grid = Layout.render(screen, width: 80, height: 24)
            // (24 rows of at most 80 columns is what the grid guarantees; the parts below are what can go wrong.)
            let lines = grid.lines
            #expect(lines[0].contains("デモ"), "\(name): banner")
            #expect(lines[23].contains("F10"), "\(name): quit hint")
            #expect(lines[2].contains(screen.heading.prefix(6)), "\(name): heading")
            #expect(lines[20].contains("注意"), "\(name): warning area")
        }
    }

    @Test func theHighlightedRowIsAlwaysVisible() {
        for (name, screen) in everyScreen() {
            guard let focus = screen.focus, case .item(_, let text, _, _, _) = screen.body[focus] else { continue }
            let grid = Layout.render(screen, width: 80, height: 24)
            #expect(grid.text.contains("> "), "\(name)")
            #expect(grid.text.contains(String(text.prefix(8))), "\(name)")
        }
    }

    /// Below 80x24 the screen is not drawn (keys there would act unseen), the window's size is
    /// said, and what room there is starts the message; nothing breaks at 0x0.
    @Test(arguments: [(79, 24), (80, 23), (40, 12), (10, 3), (1, 1), (0, 0)])
    func smallWindowsAskToBeEnlarged(width: Int, height: Int) {
        let screen = everyScreen()[0].1
        let grid = Layout.render(screen, width: width, height: height)
        #expect(!screen.heading.isEmpty && !grid.text.contains(screen.heading), "the screen itself is not drawn")
        if width >= 20 && height >= 2 {
            #expect(grid.text.contains("画面が小さすぎます"))
            #expect(grid.text.contains("いま \(width)x\(height) です"))
        } else if width >= 3 && height >= 1 {
            #expect(grid.lines.first?.contains("画面") == true, "\(grid.lines)")
        }
    }

    @Test func eightyByTwentyFourIsTheFloor() {
        let screen = everyScreen()[0].1
        let grid = Layout.render(screen, width: 80, height: 24)
        #expect(grid.lines[2].contains(screen.heading))
        #expect(!grid.text.contains("画面が小さすぎます"))
    }

    @Test func qQuitsOnTheMenuButTypesInAField() throws {
        var state = AppState()
        #expect(KeyMap.action(for: .character("q"), in: state, catalog) == .event(.quit))
        state.progress.location = .flow("setup")
        state.progress.flows["setup"] = FlowProgress(start: "clinic-code", at: december3)
        #expect(KeyMap.action(for: .character("q"), in: state, catalog) == .event(.insert("q")))
        #expect(KeyMap.action(for: .function(10), in: state, catalog) == .event(.quit))
        #expect(KeyMap.action(for: .control("c"), in: state, catalog) == .interrupt)
    }

    /// East Asian Ambiguous symbols draw 2 wide on many Japanese terminals and shift the chrome;
    /// which ones are ambiguous comes from the generated Unicode table (issue 16, 8).
    @Test func noAmbiguousSymbolsInTheChromeOrTheAssets() throws {
        let ambiguous = { (c: Character) in c.unicodeScalars.contains { DisplayWidth.isAmbiguous($0) } }
        var texts: [String] = []
        for (_, screen) in everyScreen() {
            texts += screen.hints.map { $0.key + $0.label } + [screen.place, screen.heading, screen.title]
            for block in screen.body {
                switch block {
                case .paragraph(let t, _): texts.append(t)
                case .item(let m, let t, _, _, let d): texts += [m, t, d ?? ""]
                case .field(let l, let v, let n, _, _): texts += [l, v, n ?? ""]
                case .spans(let spans): texts += spans.map(\.text)
                case .blank: break
                }
            }
        }
        for text in texts {
            let found = text.filter(ambiguous)
            #expect(found.isEmpty, "\(text)")
        }
    }
}
