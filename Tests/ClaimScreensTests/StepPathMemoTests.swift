import ClaimFlow
@testable import ClaimScreens
import Testing

/// Issue 19: a window remembers "手順 k / n" between frames. Whenever the answers, the step or
/// the way back change, the remembered position must be the one worked out afresh.
@Suite struct StepPathMemoTests {
    /// A choice "c" whose "yes" adds a step "extra" before "end".
    let flow = FlowDefinition(id: "x", title: "X", summary: "", steps: [
        StepDefinition(id: "c", kind: .choice, title: "C", options: [ChoiceOption(id: "yes", label: "はい"), ChoiceOption(id: "no", label: "いいえ")],
                       next: [Transition(when: ["c": "yes"], goto: "extra"), Transition(goto: "end")]),
        StepDefinition(id: "extra", kind: .info, title: "E", next: [Transition(goto: "end")]),
        StepDefinition(id: "end", kind: .info, title: "End"),
    ])

    @Test func aChangedAnswerChangesTheRememberedPosition() {
        let memo = StepPathMemo()
        var run = FlowProgress(start: "c", at: LocalDateTime(parsing: "2026-12-03T09:00")!)
        #expect(memo.position(in: flow, progress: run) == (1, 2))
        run.answers["c"] = .choice("yes")
        #expect(memo.position(in: flow, progress: run) == (1, 3))
        run.answers["c"] = .choice("no")
        #expect(memo.position(in: flow, progress: run) == StepPath.position(in: flow, progress: run))
        #expect(memo.position(in: flow, progress: run) == (1, 2))
    }

    @Test func aChangedStepOrWayBackChangesTheRememberedPosition() {
        let memo = StepPathMemo()
        var run = FlowProgress(start: "c", at: LocalDateTime(parsing: "2026-12-03T09:00")!)
        run.answers["c"] = .choice("yes")
        #expect(memo.position(in: flow, progress: run) == (1, 3))
        run.history = ["c"]
        run.current = "extra"
        #expect(memo.position(in: flow, progress: run) == (2, 3))
        run.history = ["c", "extra"]
        run.current = "end"
        #expect(memo.position(in: flow, progress: run) == (3, 3))
        run.cursor = 1 // a cursor move keeps it
        #expect(memo.position(in: flow, progress: run) == (3, 3))
    }
}
