/// Checks a decoded flow so that the engine can trust it: every step reachable by a
/// transition exists, choices and checklists are not empty, each condition reads an earlier
/// choice step and names one of its options, and the steps form no cycle (so "step k of n" is always finite).
enum FlowValidator {
    static func validate(_ flow: FlowDefinition, file: String) throws(FlowAssetError) {
        func fail(_ step: String?, _ problem: AssetProblem) -> FlowAssetError {
            FlowAssetError(file: file, stepID: step, problem)
        }
        if flow.id.isEmpty { throw fail(nil, .emptyFlowID) }
        if flow.steps.isEmpty { throw fail(nil, .noSteps) }

        var ids = Set<String>()
        for step in flow.steps {
            if step.id.isEmpty { throw fail(nil, .emptyStepID(title: step.title)) }
            if !ids.insert(step.id).inserted { throw fail(step.id, .duplicateStepID) }
        }
        var earlier = EarlierSteps(flow)
        for step in flow.steps {
            if step.title.isEmpty { throw fail(step.id, .emptyTitle) }
            let texts = step.body + step.items.map(\.text) + step.items.compactMap(\.detail) + step.options.map(\.label)
                + step.options.compactMap(\.detail) + [step.title]
            for name in texts.flatMap(FactNames.names) where Fact(rawValue: name) == nil {
                throw fail(step.id, .unknownFact(name: name, known: Fact.allCases.map(\.rawValue).sorted()))
            }
            switch step.kind {
            case .checklist:
                if step.items.isEmpty { throw fail(step.id, .checklistWithoutItems) }
                for item in step.items {
                    if let problem = problem(in: item.when, on: step, mayReadItself: false, flow, &earlier) {
                        throw fail(step.id, .badCondition(item: item.id, problem))
                    }
                }
                var itemIDs = Set<String>()
                for item in step.items where !itemIDs.insert(item.id).inserted {
                    throw fail(step.id, .duplicateItemID(item.id))
                }
            case .choice:
                if step.options.isEmpty { throw fail(step.id, .choiceWithoutOptions) }
                var optionIDs = Set<String>()
                for option in step.options where !optionIDs.insert(option.id).inserted {
                    throw fail(step.id, .duplicateOptionID(option.id))
                }
            case .text, .readback:
                guard let field = step.field else { throw fail(step.id, .fieldMissing(kind: step.kind)) }
                if step.kind == .readback {
                    guard let source = step.source, let read = flow.step(source), read.kind == .text else {
                        throw fail(step.id, .readbackSourceNotText)
                    }
                }
                if field.maxLength < 1 || field.maxLength > 1000 {
                    throw fail(step.id, .maxLengthOutOfRange)
                }
                // Issue 16 (design.md §6): a secret never leaves memory; the audit trail is written to disk.
                if field.secret && field.audit { throw fail(step.id, .secretAudited) }
            case .info, .confirm, .summary:
                break
            }
            if let record = step.record {
                let needs = record.needs
                guard step.kind == needs.kind else {
                    throw fail(step.id, .recordOnWrongKind(record: record.kind.rawValue, kind: needs.kind))
                }
                if needs.payer && record.payer == nil {
                    throw fail(step.id, .recordNeedsPayer(record: record.kind.rawValue))
                }
                if needs.number {
                    guard let number = record.number, flow.step(number)?.kind == .text else {
                        throw fail(step.id, .receiptNeedsNumberStep)
                    }
                }
            }
            for (index, transition) in step.next.enumerated() {
                guard ids.contains(transition.goto) else {
                    throw fail(step.id, .nextStepMissing(transition.goto))
                }
                if index == step.next.count - 1, !transition.when.isAlways {
                    throw fail(step.id, .lastTransitionConditional)
                }
                // A step's own choice decides where it goes, so a transition may read its own step.
                if let problem = problem(in: transition.when, on: step, mayReadItself: true, flow, &earlier) {
                    throw fail(step.id, .badCondition(item: nil, problem))
                }
            }
        }
        for (local, source) in flow.prefill {
            let parts = source.split(separator: "/").map(String.init)
            guard flow.step(local)?.kind == .choice, parts.count == 2 else {
                throw fail(local, .prefillShape)
            }
        }
        try checkAcyclic(flow, fail: fail)
    }

    /// The shipped flows promise F1 help on every step (issue 15): a step without help, or with
    /// only blank lines, stops start-up naming the file and the step. Engine fixtures skip this.
    static func requireHelp(_ flow: FlowDefinition, file: String) throws(FlowAssetError) {
        for step in flow.steps where step.help.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) {
            throw FlowAssetError(file: file, stepID: step.id, .helpMissing)
        }
    }

    /// What is wrong with a `when` on `step`, nil when nothing: each clause must read a choice
    /// step the clerk passes before this one (or one prefilled from another flow), and name one
    /// of its options.
    private static func problem(
        in when: Guard, on step: StepDefinition, mayReadItself: Bool, _ flow: FlowDefinition, _ earlier: inout EarlierSteps
    ) -> ConditionProblem? {
        for clause in when.clauses {
            guard let choice = flow.step(clause.step) else {
                return .stepMissing(clause.step)
            }
            guard choice.kind == .choice else {
                return .notAChoice(clause.step)
            }
            // A prefilled step (the line type copied from setup) is answered before the flow starts.
            let isItself = choice.id == step.id
            let isEarlier = !isItself && (earlier.of(step.id).contains(choice.id) || flow.prefill[choice.id] != nil)
            guard (isItself && mayReadItself) || isEarlier else {
                return .notEarlier(clause.step)
            }
            if let option = clause.option, !choice.options.contains(where: { $0.id == option }) {
                return .optionMissing(step: clause.step, option: option)
            }
        }
        return nil
    }

    private static func checkAcyclic(
        _ flow: FlowDefinition, fail: (String?, AssetProblem) -> FlowAssetError
    ) throws(FlowAssetError) {
        enum Mark { case visiting, done }
        var marks: [String: Mark] = [:]
        // Iterative DFS so a long flow cannot overflow the stack.
        for start in flow.steps.map(\.id) where marks[start] == nil {
            var stack: [(id: String, nextIndex: Int)] = [(start, 0)]
            marks[start] = .visiting
            while let top = stack.last {
                let targets = flow.step(top.id)?.next.map(\.goto) ?? []
                if top.nextIndex < targets.count {
                    stack[stack.count - 1].nextIndex += 1
                    let target = targets[top.nextIndex]
                    switch marks[target] {
                    case .visiting?:
                        throw fail(top.id, .cycle(to: target))
                    case .done?:
                        continue
                    case nil:
                        marks[target] = .visiting
                        stack.append((target, 0))
                    }
                } else {
                    marks[top.id] = .done
                    stack.removeLast()
                }
            }
        }
    }
}

/// The steps from which a step can be reached: what a clerk may have answered on the way to it.
struct EarlierSteps {
    private var before: [String: [String]] = [:]
    private var known: [String: Set<String>] = [:]

    init(_ flow: FlowDefinition) {
        for step in flow.steps {
            for transition in step.next { before[transition.goto, default: []].append(step.id) }
        }
    }

    /// Every step with a path to `id` (not `id` itself unless it is on a cycle, which the
    /// acyclic check refuses anyway).
    mutating func of(_ id: String) -> Set<String> {
        if let set = known[id] { return set }
        var found = Set<String>()
        var queue = before[id] ?? []
        while let next = queue.popLast() {
            if found.insert(next).inserted { queue += before[next] ?? [] }
        }
        known[id] = found
        return found
    }
}
