import ClaimFlow
@testable import ClaimScreens
import Testing

/// Issue 15: a date shows in its one normal form in the summary and the field, however typed.
@Suite struct DateAnswerScreenTests {
    @Test func theSummaryShowsADateInItsNormalForm() throws {
        let date = StepDefinition(id: "date", kind: .text, title: "指定日", field: TextField(label: "日付", validator: .date),
                                  next: [Transition(goto: "done")])
        let done = StepDefinition(id: "done", kind: .summary, title: "まとめ")
        let flow = FlowDefinition(id: "x", title: "X", summary: "", steps: [date, done])
        var progress = FlowProgress(start: "done", at: december3)
        progress.history = ["date"]
        progress.answers["date"] = .date(try #require(CivilDate(year: 2027, month: 4, day: 1)))
        let lines = AnswerLines.blocks(AnswerLine.taken(in: flow, progress, except: "done")).compactMap { block -> String? in
            if case .item(_, let text, _, _, _) = block { return text }
            return nil
        }
        #expect(lines == ["指定日: 2027-04-01"])
    }
}
