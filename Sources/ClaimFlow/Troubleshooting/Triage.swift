/// Turns a finished troubleshooting run into a record and its memo (T10, T11).
enum Triage {
    /// The desk a `desk-…` step hands over to; the network desk depends on the line (T10).
    /// The provider comes from the setup profile, where the clinic chose it.
    static func deskID(forStep stepID: String, run: FlowProgress, profile: FlowProgress?) -> String? {
        typealias Step = FlowContract.Trouble
        switch stepID {
        case Step.deskNetwork:
            if run.chosenOption(Step.lineType) == FlowContract.Options.ipsec {
                return "ipsec-" + (profile?.chosenOption(FlowContract.Setup.ipsecProvider) ?? "provider")
            }
            return "network-support"
        case Step.deskPortal, Step.deskOshiPortal: return "portal"
        case Step.deskClaim: return "claim-system"
        case Step.deskMaker: return "maker"
        case Step.deskUsual: return "oshi-vendor"
        default: return nil
        }
    }

    static func record(_ progress: inout SavedProgress, flow: FlowDefinition, run: FlowProgress, _ context: Context)
        -> (String?, [Effect]) {
        func label(_ step: StepDefinition) -> String? {
            switch run.answers[step.id] {
            case .choice(let id)?: return step.options.first { $0.id == id }?.label
            case .text(let text)?: return text
            case .date(let date)?: return date.description
            case .checked(let ids)?: return "\(ids.count) / \(step.visibleItems(run.answers).count) 項目を確認"
            case .secretEntered?: return "入力して確かめた（内容は記録しません）"
            case .confirmed?, nil: return nil
            }
        }
        let path = StepPath.taken(in: flow, progress: run)
        typealias Step = FlowContract.Trouble
        let symptom = flow.step(Step.symptom).flatMap(label) ?? "不明"
        let other = flow.step(Step.otherText).flatMap(label)
        let message: String
        if case .text(let text)? = run.answers[Step.message] { message = text } else { message = "" }
        let steps = path.dropLast().compactMap { step -> TriageRecord.StepAnswer? in
            guard step.id != Step.symptom, step.id != Step.message, let answer = label(step) else { return nil }
            return TriageRecord.StepAnswer(step: step.title, answer: answer)
        }
        let last = run.current
        let outcome: String
        let desk = deskID(forStep: last, run: run, profile: progress.flows[FlowContract.Flows.setup])
        let directory = context.directory(progress)
        if last == Step.solved {
            let solvedAt = path.dropLast().last { run.answers[$0.id] == .choice(FlowContract.Options.fixed) }
            outcome = "解決（\(solvedAt?.title ?? "確認の途中")）"
        } else if last == Step.outageWait {
            outcome = "障害・混雑のため、時間をおいて再接続"
        } else if let desk {
            outcome = "相談先: " + (directory.desk(desk)?.name ?? desk)
        } else {
            outcome = flow.step(last)?.title ?? last
        }
        let record = TriageRecord(at: context.now, symptom: other.map { "\(symptom)（\($0)）" } ?? symptom, message: message,
                                  started: flow.step(Step.started).flatMap(label) ?? "", steps: steps, outcome: outcome, deskID: desk,
                                  lineType: flow.step(Step.lineType).flatMap(label))
        let memo = ConsultationMemo.render(record, progress: progress, directory: directory, context: context)
        progress.triages.append(record)
        return ("記録しました: \(outcome)", [.writeMemo(name: "memo-\(context.now.compactStamp).txt", text: memo)])
    }
}
