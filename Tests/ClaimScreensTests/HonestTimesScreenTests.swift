@testable import ClaimFlow
@testable import ClaimScreens
import ClaimStore
import Testing

/// Issue 12, item 5 (C1, C5, C7): the screens a clerk sees at the moments that went wrong — the
/// main menu and the monthly flow's window and sending steps, drawn at 80x24 — carry no
/// quiet-hours advice and say what the clock allows.
@Suite struct HonestTimesScreenTests {
    let catalog: FlowCatalog
    let rules: SubmissionRules
    let desks: DeskDirectory

    init() throws {
        catalog = try AssetFolder.loadFlows(from: assetsDirectory)
        rules = try AssetFolder.loadRules(from: assetsDirectory)
        desks = try AssetFolder.loadDesks(from: assetsDirectory)
    }

    /// The three screens at one moment, each as its 24 lines.
    func screens(_ moment: String) -> [(String, [String])] {
        let now = LocalDateTime(parsing: moment)!
        let context = ViewContext(catalog: catalog, now: now, rules: rules, desks: desks, revealAllowed: false)
        func draw(_ state: AppState) -> [String] {
            Layout.render(Views.screen(for: state, context), width: 80, height: 24).lines
        }
        var result = [("menu", draw(AppState()))]
        guard let flow = catalog.flow("monthly") else {
            Issue.record("the monthly flow is gone")
            return result
        }
        for stepID in ["window", "sending"] {
            var state = AppState()
            var progress = FlowProgress(start: stepID, at: now)
            progress.history = Array(flow.steps.prefix { $0.id != stepID }.map(\.id))
            state.progress.flows[flow.id] = progress
            state.progress.location = .flow(flow.id)
            result.append(("monthly/\(stepID)", draw(state)))
        }
        return result
    }

    func check(_ moment: String, says expected: String, never forbidden: [String] = [],
               sourceLocation: SourceLocation = #_sourceLocation) {
        for (name, lines) in screens(moment) {
            // A wrapped sentence is read as one: the lines joined, spaces left out.
            let joined = lines.joined().filter { !$0.isWhitespace }
            for word in ["空いている", "空いた", "早朝", "昼休み", "夜"] + forbidden {
                for line in lines {
                    #expect(!line.contains(word), "\(moment) \(name): 「\(word)」: \(line)", sourceLocation: sourceLocation)
                }
                #expect(!joined.contains(word.filter { !$0.isWhitespace }), "\(moment) \(name): 「\(word)」 across lines", sourceLocation: sourceLocation)
            }
            #expect(joined.contains(expected.filter { !$0.isWhitespace }), "\(moment) \(name): missing 「\(expected)」\n\(lines.joined(separator: "\n"))",
                    sourceLocation: sourceLocation)
        }
    }

    @Test func theFifthAtHalfPastSeven() {
        check("2026-12-05T07:30", says: "8:00から送信できます（あと30分）", never: ["今すぐ"])
    }

    @Test func theSeventhAtHalfPastNine() {
        check("2026-12-07T21:30", says: "今日の受付は終わりました。明日8:00から送信できます。", never: ["今すぐ", "混み合う日です"])
    }

    @Test func tenMinutesBeforeTheDeadline() {
        check("2026-12-10T23:50", says: "締め切りまであと10分です", never: ["時間をおいて"])
    }

    @Test func theFirstOfTheMonth() {
        check("2026-12-01T10:00", says: "今月の送信は12月5日8:00からです（あと4日）", never: ["今すぐ", "送信できます（"])
    }

    @Test func theLastHalfHourOfTheSixth() {
        check("2026-12-06T20:30", says: "今日の受付終了まであと30分です", never: ["締め切りまであと"])
    }

    @Test func anOrdinaryOpenMoment() {
        check("2026-12-09T10:00", says: "送信できます（今日は24:00まで）", never: ["受付は終わりました", "から送信できます（あと"])
    }
}
