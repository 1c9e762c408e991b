import ClaimFlow

/// Remembers "手順 k / n" for the last flow run drawn, for one window: working it out walks the
/// flow on the answers that apply, which was a fifth of a headless frame, and a cursor move
/// changes neither the step, nor the way back, nor the answers (issue 19, callgrind). The position
/// is pure in what the key holds, so a remembered one for an equal key is the position.
public final class StepPathMemo {
    private struct Key: Equatable {
        var flow: FlowDefinition
        var current: String
        var history: [String]
        var answers: [String: Answer]
    }

    private var last: (key: Key, position: (step: Int, of: Int))?

    public init() {}

    func position(in flow: FlowDefinition, progress: FlowProgress) -> (step: Int, of: Int) {
        let key = Key(flow: flow, current: progress.current, history: progress.history, answers: progress.answers)
        if let last, last.key == key { return last.position }
        let position = StepPath.position(in: flow, progress: progress)
        last = (key, position)
        return position
    }
}
