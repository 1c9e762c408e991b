@testable import ClaimFlow
@testable import ClaimScreens
import Testing

/// The screen's half of each step kind, on a tiny fixture step (the shipped flows are pinned by
/// the golden screens).
@Suite struct StepPresentationTests {
    /// The screen's switch (StepView.presentation) and the flow's (StepKind.stepType) name the same type.
    @Test func everyKindIsDrawnByItsOwnType() {
        for kind in StepKind.allCases {
            let step = StepDefinition(id: "s", kind: kind, title: "t", body: [])
            #expect(ObjectIdentifier(type(of: StepView.presentation(of: step))) == ObjectIdentifier(kind.stepType), "\(kind.rawValue)")
        }
    }

    @Test func theSummaryOfEachKindIsWorded() {
        let at = LocalDateTime(year: 2026, month: 12, day: 3, hour: 9, minute: 0)!
        #expect(AnswerLines.words(.ticked(2, of: 3, on: at)) == "2 / 3 項目を確認済み（\(at.japanese)）")
        #expect(AnswerLines.words(.ticked(2, of: 3, on: nil)) == "2 / 3 項目を確認済み")
        #expect(AnswerLines.words(.chosen("IPv6")) == "IPv6")
        #expect(AnswerLines.words(.text("")) == "（入力なし）", "an optional field left empty is said, not a blank after the colon")
        #expect(AnswerLines.words(.text("鈴木")) == "鈴木")
        #expect(AnswerLines.words(.secretEntered) == "入力済み（保存していません）")
    }

    @Test func aChoiceDrawsItsOptionsNumberedWithTheHighlightedOneInView() throws {
        let step = StepDefinition(id: "pick", kind: .choice, title: "回線", body: ["どちらですか。"], options: [
            ChoiceOption(id: "v4", label: "IPv4"), ChoiceOption(id: "v6", label: "IPv6"),
        ])
        let flow = FlowDefinition(id: "tiny", title: "小さな手順", summary: "", steps: [step])
        var run = FlowProgress(start: "pick", at: LocalDateTime(year: 2026, month: 12, day: 3, hour: 9, minute: 0)!)
        run.cursor = 1
        run.answers["pick"] = .choice("v4")
        var state = AppState()
        state.progress.flows["tiny"] = run
        state.progress.location = .flow("tiny")
        let context = ViewContext(catalog: try FlowCatalog(validating: []), now: run.updatedAt)
        let screen = StepView.screen(state, flow: flow, progress: run, context)
        #expect(screen.body == [
            .paragraph("どちらですか。"), .blank,
            .item(marker: "(*)", text: "1. IPv4", selected: false),
            .item(marker: "( )", text: "2. IPv6", selected: true),
        ])
        #expect(screen.focus == 3)
        #expect(screen.hints == Hints.choice)
    }
}
