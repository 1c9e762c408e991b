/// What a changed answer did to the others (issue 15, deliverable 2): the answers that applied
/// before and are kept but no longer apply are named to the clerk at once, and a flow under way
/// that copied the changed answer when it started (`prefill`: the triage's line type) follows it.
enum AnswerChange {
    /// A kept answer that stopped applying.
    enum Dropped: Equatable {
        /// The step is no longer on the path: its whole answer.
        case step(StepDefinition)
        /// The step still is, but this many of its ticks are on items whose `when` no longer holds.
        case ticks(StepDefinition, Int)
    }

    /// The answers that applied with `before` and no longer do with `after`, in the flow's order.
    /// Only answers still saved are named: one the clerk took back is gone, not set aside. A
    /// readback is named with the answer it confirms.
    static func dropped(in flow: FlowDefinition, before: [String: Answer], after: [String: Answer]) -> [Dropped] {
        let was = flow.applicableAnswers(before), now = flow.applicableAnswers(after)
        var dropped: [Dropped] = []
        for step in flow.steps {
            guard let old = was[step.id], let kept = after[step.id] else { continue }
            guard let new = now[step.id] else {
                dropped.append(.step(step))
                continue
            }
            if case .checked(let oldTicks) = old, case .checked(let newTicks) = new, case .checked(let keptTicks) = kept {
                let lost = oldTicks.filter { !newTicks.contains($0) && keptTicks.contains($0) }.count
                if lost > 0 { dropped.append(.ticks(step, lost)) }
            }
        }
        let droppedSteps = Set(dropped.compactMap { entry -> String? in
            if case .step(let step) = entry { return step.id }
            return nil
        })
        return dropped.filter { entry in
            guard case .step(let step) = entry, let source = step.source else { return true }
            return !droppedSteps.contains(source)
        }
    }

    /// After a key on `step`: follows the change in the flows that copied it and tells the clerk
    /// what no longer applies, after whatever the key itself said.
    static func tell(_ state: inout AppState, changed step: StepDefinition, in flow: FlowDefinition,
                     before: SavedProgress, _ context: Context) {
        guard let old = before.flows[flow.id]?.answers, let new = state.progress.flows[flow.id]?.answers, old != new else { return }
        let say = Messages.applicability
        var lines: [String] = []
        let here = dropped(in: flow, before: old, after: new)
        if !here.isEmpty { lines.append(say.noLongerApply(changed: step.shortName, answers: here.map(name))) }
        lines += follow(&state, source: flow, before: before, context)
        guard !lines.isEmpty else { return }
        state.notice = Notice(state.notice?.level == .error ? .error : .warning, (state.notice?.lines ?? []) + lines)
    }

    /// Every other flow under way whose `prefill` copied an answer of `source` that has just
    /// changed takes the new answer (when it is one of its options), and stands on its new path.
    /// Only a copy follows: an answer the clerk gave in that flow itself is theirs and stays.
    static func follow(_ state: inout AppState, source: FlowDefinition, before: SavedProgress, _ context: Context) -> [String] {
        let catalog = context.catalog
        var lines: [String] = []
        for other in catalog.flows where other.id != source.id {
            guard var run = state.progress.flows[other.id] else { continue }
            let answersBefore = run.answers
            for (local, reference) in other.prefill.sorted(by: { $0.key < $1.key }) where reference.hasPrefix(source.id + "/") {
                let was = catalog.applicableAnswer(reference, in: before), now = catalog.applicableAnswer(reference, in: state.progress)
                guard was != nil, run.answers[local] == was, now != was, case .choice(let option)? = now,
                      other.step(local)?.options.contains(where: { $0.id == option }) == true else { continue }
                run.answers[local] = .choice(option)
            }
            guard run.answers != answersBefore else { continue }
            realign(&run, flow: other)
            state.progress.flows[other.id] = run
            lines.append(Messages.applicability.followed(
                flow: other.title, answers: dropped(in: other, before: answersBefore, after: run.answers).map(name)))
        }
        return lines
    }

    /// A run whose path changed under it goes on from the first step where its way so far and
    /// the new path part; the steps before stay its way back.
    static func realign(_ run: inout FlowProgress, flow: FlowDefinition) {
        let path = flow.pathIDs(run.answers)
        let walked = run.history + [run.current]
        let common = zip(walked, path).prefix { $0 == $1 }.count
        guard common < walked.count, common < path.count else { return }
        run.history = Array(walked.prefix(common))
        run.current = path[common]
    }

    static func name(_ dropped: Dropped) -> String {
        switch dropped {
        case .step(let step): return step.shortName
        case .ticks(let step, let count): return Messages.applicability.ticks(on: step.shortName, count: count)
        }
    }
}
