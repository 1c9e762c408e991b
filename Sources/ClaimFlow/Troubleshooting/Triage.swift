/// Turns a finished troubleshooting run into a record and its memo (T10, T11).
enum Triage {
    /// The desk a step hands over to (its `desk` in the flow); `line` is the desk of the clinic's
    /// line: the IPsec+IKE provider the setup profile chose, else the network's desk (T10).
    static func deskID(for step: StepDefinition, run: FlowProgress, flow: FlowDefinition,
                       progress: SavedProgress, catalog: FlowCatalog) -> String? {
        guard let desk = step.desk else { return nil }
        return desk == StepDefinition.lineDesk ? lineDesk(run: run, flow: flow, progress: progress, catalog: catalog) : desk
    }

    /// T10: IP-VPN lines go to the network's desk; IPsec+IKE to the provider's.
    static func lineDesk(run: FlowProgress?, flow: FlowDefinition?, progress: SavedProgress, catalog: FlowCatalog) -> String {
        guard let run, let flow, flow.chose(.ipsecLine, for: .triageLineType, in: run) else { return "network-support" }
        return "ipsec-" + (catalog.answer(.ipsecProvider, in: progress).flatMap { answer -> String? in
            if case .choice(let id) = answer { return id }
            return nil
        } ?? "provider")
    }

    /// The last check on the path whose answer was the option that solved it.
    static func solvedBy(_ flow: FlowDefinition, run: FlowProgress) -> StepDefinition? {
        StepPath.taken(in: flow, progress: run).last { step in
            guard let fixed = step.option(role: .fixedIt) else { return false }
            return run.answers[step.id] == .choice(fixed)
        }
    }

    static func record(_ progress: inout SavedProgress, flow: FlowDefinition, run: FlowProgress, _ context: Context)
        -> (String?, [Effect]) {
        // Only answers that apply reach the record and the memo (Applicability.swift).
        let run = flow.applicable(run)
        func label(_ step: StepDefinition) -> String? {
            switch run.answers[step.id] {
            case .choice(let id)?: return step.label(ofOption: id)
            case .text(let text)?: return text
            case .date(let date)?: return date.description
            case .checked(let ids)?: return TriageWords.checked(ids.count, of: step.visibleItems(run.answers).count)
            case .secretEntered?: return TriageWords.secretChecked
            case .confirmed?, nil: return nil
            }
        }
        let path = StepPath.taken(in: flow, progress: run)
        let symptom = flow.step(role: .symptom).flatMap(label) ?? TriageWords.unknownSymptom
        let other = flow.step(role: .symptomOther).flatMap(label)
        let message = flow.text(.shownMessage, in: run) ?? ""
        let steps = path.dropLast().compactMap { step -> TriageRecord.StepAnswer? in
            guard step.role != .symptom, step.role != .shownMessage, let answer = label(step) else { return nil }
            return TriageRecord.StepAnswer(step: step.title, answer: answer)
        }
        let last = flow.step(run.current)
        let desk = last.flatMap { deskID(for: $0, run: run, flow: flow, progress: progress, catalog: context.catalog) }
        let directory = context.directory(progress)
        let outcome: String
        if last?.role == .solved {
            outcome = TriageWords.solved(by: solvedBy(flow, run: run)?.title)
        } else if last?.role == .outageWait {
            outcome = TriageWords.waitForOutage
        } else if let desk {
            outcome = TriageWords.handedOver(to: directory.desk(desk)?.name ?? desk)
        } else {
            outcome = last?.title ?? run.current
        }
        let record = TriageRecord(at: context.now, symptom: TriageWords.symptom(symptom, other: other), message: message,
                                  started: flow.step(role: .since).flatMap(label) ?? "", steps: steps, outcome: outcome, deskID: desk,
                                  lineType: flow.step(role: .triageLineType).flatMap(label))
        let memo = ConsultationMemo.render(record, progress: progress, directory: directory, context: context)
        progress.triages.append(record)
        return (TriageWords.recorded(outcome), [.writeMemo(name: "memo-\(context.now.compactStamp).txt", text: memo)])
    }
}
