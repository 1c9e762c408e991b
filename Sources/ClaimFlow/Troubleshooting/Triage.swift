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

    /// What the run was about (S4: the card reader has its own memo) and the error its symptom names (T3, T4).
    static func topic(_ flow: FlowDefinition, run: FlowProgress) -> (TriageTopic, ConnectionError?) {
        if flow.chose(.cardReader, for: .symptom, in: run) { return (.cardReader, nil) }
        let error: ConnectionError? = flow.chose(.error651, for: .symptom, in: run) ? .e651
            : flow.chose(.error691, for: .symptom, in: run) ? .e691 : nil
        return (.claimConnection, error)
    }

    static func record(_ progress: inout SavedProgress, flow: FlowDefinition, run: FlowProgress, _ context: Context)
        -> (String?, [Effect]) {
        // Only answers that apply reach the record and the memo (Applicability.swift).
        let run = flow.applicable(run)
        let path = StepPath.taken(in: flow, progress: run)
        let (topic, error) = topic(flow, run: run)
        // T4: the network ID retyped on this path, compared with the setup's (read by role).
        let comparison: NetworkIDComparison? = flow.step(role: .retypedNetworkID).flatMap { step in
            guard path.contains(where: { $0.id == step.id }), let typed = run.answers[step.id]?.textValue else { return nil }
            return NetworkIDComparison(typed: typed, recorded: context.catalog.text(.networkID, in: progress))
        }
        func label(_ step: StepDefinition) -> String? {
            if step.role == .retypedNetworkID { return comparison.map(TriageWords.Memo.idChecked) }
            switch run.answers[step.id] {
            case .choice(let id)?: return step.label(ofOption: id)
            case .text(let text)?: return step.field?.identifier == nil ? text : nil
            case .date(let date)?: return date.description
            case .checked(let ids)?: return TriageWords.checked(ids.count, of: step.visibleItems(run.answers).count)
            case .secretEntered?: return TriageWords.secretChecked
            case .confirmed?, nil: return nil
            }
        }
        let symptom = flow.step(role: .symptom).flatMap(label) ?? TriageWords.unknownSymptom
        let other = flow.step(role: .symptomOther).flatMap(label)
        let message = flow.text(.shownMessage, in: run) ?? ""
        // Each check and its result; the answers the memo has its own line for are not repeated.
        let ownLines: Set<StepRole> = [.symptom, .symptomOther, .shownMessage, .since, .triageLineType]
        let steps = path.dropLast().compactMap { step -> TriageRecord.StepAnswer? in
            guard !(step.role.map(ownLines.contains) ?? false), let answer = label(step) else { return nil }
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
        var record = TriageRecord(at: context.now, symptom: TriageWords.symptom(symptom, other: other), message: message,
                                  started: flow.step(role: .since).flatMap(label) ?? "", steps: steps, outcome: outcome, deskID: desk,
                                  lineType: flow.step(role: .triageLineType).flatMap(label), topic: topic, error: error,
                                  idComparison: comparison)
        let name = TriageRecord.memoFileName(at: context.now, earlier: progress.triages)
        let memo = ConsultationMemo.render(record, progress: progress, directory: directory, context: context)
        record.memoFile = name
        record.memo = memo
        progress.triages.append(record)
        return (TriageWords.recorded(outcome), [.writeMemo(name: name, text: memo)])
    }
}
