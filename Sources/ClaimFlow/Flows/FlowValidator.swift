/// Checks a decoded flow so that the engine can trust it: every step reachable by a
/// transition exists, choices and checklists are not empty, each condition reads an earlier
/// choice step and names one of its options, and the steps form no cycle (so "step k of n" is always finite).
enum FlowValidator {
    static func validate(_ flow: FlowDefinition, file: String) throws(FlowAssetError) {
        func fail(_ step: String?, _ problem: String) -> FlowAssetError {
            FlowAssetError(file: file, stepID: step, problem: problem)
        }
        if flow.id.isEmpty { throw fail(nil, "フローの id が空です。") }
        if flow.steps.isEmpty { throw fail(nil, "手順 (steps) が1つもありません。") }

        var ids = Set<String>()
        for step in flow.steps {
            if step.id.isEmpty { throw fail(nil, "id が空の手順があります（\"\(step.title)\"）。") }
            if !ids.insert(step.id).inserted { throw fail(step.id, "同じ id の手順が2つあります。") }
        }
        var earlier = EarlierSteps(flow)
        for step in flow.steps {
            if step.title.isEmpty { throw fail(step.id, "title が空です。") }
            let texts = step.body + step.items.map(\.text) + step.items.compactMap(\.detail) + step.options.map(\.label)
                + step.options.compactMap(\.detail) + [step.title]
            for name in texts.flatMap(Facts.names) where Fact(rawValue: name) == nil {
                throw fail(step.id, "{{\(name)}} は使えません。使えるのは \(Fact.allCases.map(\.rawValue).sorted().joined(separator: ", ")) です。")
            }
            switch step.kind {
            case .checklist:
                if step.items.isEmpty { throw fail(step.id, "checklist に items がありません。") }
                for item in step.items {
                    if let problem = problem(in: item.when, on: step, mayReadItself: false, flow, &earlier) {
                        throw fail(step.id, "項目 \"\(item.id)\" の " + problem)
                    }
                }
                var itemIDs = Set<String>()
                for item in step.items where !itemIDs.insert(item.id).inserted {
                    throw fail(step.id, "項目 id \"\(item.id)\" が重複しています。")
                }
            case .choice:
                if step.options.isEmpty { throw fail(step.id, "choice に options がありません。") }
                var optionIDs = Set<String>()
                for option in step.options where !optionIDs.insert(option.id).inserted {
                    throw fail(step.id, "選択肢 id \"\(option.id)\" が重複しています。")
                }
            case .text, .readback:
                guard let field = step.field else { throw fail(step.id, "\(step.kind.rawValue) に field がありません。") }
                if step.kind == .readback {
                    guard let source = step.source, let read = flow.step(source), read.kind == .text else {
                        throw fail(step.id, "readback の source には text の手順の id を書いてください。")
                    }
                }
                if field.maxLength < 1 || field.maxLength > 1000 {
                    throw fail(step.id, "field.maxLength は 1〜1000 にしてください。")
                }
            case .info, .confirm, .summary:
                break
            }
            if let record = step.record {
                let needs = record.needs
                guard step.kind == needs.kind else {
                    throw fail(step.id, "record \"\(record.kind.rawValue)\" は \(needs.kind.rawValue) の手順に付けてください。")
                }
                if needs.payer && record.payer == nil {
                    throw fail(step.id, "record \"\(record.kind.rawValue)\" には payer（shaho か kokuho）が必要です。")
                }
                if needs.number {
                    guard let number = record.number, flow.step(number)?.kind == .text else {
                        throw fail(step.id, "record \"receipt\" の number には、受領書の番号を入れる text の手順の id を書いてください。")
                    }
                }
            }
            for (index, transition) in step.next.enumerated() {
                guard ids.contains(transition.goto) else {
                    throw fail(step.id, "次の手順 \"\(transition.goto)\" がありません。")
                }
                if index == step.next.count - 1, !transition.when.isAlways {
                    throw fail(step.id, "next の最後は条件なし (when なし) にしてください。")
                }
                // A step's own choice decides where it goes, so a transition may read its own step.
                if let problem = problem(in: transition.when, on: step, mayReadItself: true, flow, &earlier) {
                    throw fail(step.id, "next の " + problem)
                }
            }
        }
        for (local, source) in flow.prefill {
            let parts = source.split(separator: "/").map(String.init)
            guard flow.step(local)?.kind == .choice, parts.count == 2 else {
                throw fail(local, "prefill は \"choice の手順\": \"フロー/手順\" の形で書いてください。")
            }
        }
        try checkAcyclic(flow, fail: fail)
    }

    /// What is wrong with a `when` on `step`, nil when nothing: each clause must read a choice
    /// step the clerk passes before this one (or one prefilled from another flow), and name one
    /// of its options.
    private static func problem(
        in when: Guard, on step: StepDefinition, mayReadItself: Bool, _ flow: FlowDefinition, _ earlier: inout EarlierSteps
    ) -> String? {
        for clause in when.clauses {
            guard let choice = flow.step(clause.step) else {
                return "when: 手順 \"\(clause.step)\" がありません。"
            }
            guard choice.kind == .choice else {
                return "when: 手順 \"\(clause.step)\" は choice ではありません（条件には選択肢の手順だけを書けます）。"
            }
            // A prefilled step (the line type copied from setup) is answered before the flow starts.
            let isItself = choice.id == step.id
            let isEarlier = !isItself && (earlier.of(step.id).contains(choice.id) || flow.prefill[choice.id] != nil)
            guard (isItself && mayReadItself) || isEarlier else {
                return "when: 手順 \"\(clause.step)\" はこの手順より前にありません（条件にはここまでの道で答える手順を書いてください）。"
            }
            if let option = clause.option, !choice.options.contains(where: { $0.id == option }) {
                return "when: 手順 \"\(clause.step)\" に選択肢 \"\(option)\" がありません。"
            }
        }
        return nil
    }

    private static func checkAcyclic(
        _ flow: FlowDefinition, fail: (String?, String) -> FlowAssetError
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
                        throw fail(top.id, "手順が \"\(target)\" に戻る輪になっています。")
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
