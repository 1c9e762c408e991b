/// What a flow records when it is finished. Each reads the answers of the steps that carry its
/// roles (FlowRoles.swift: `StepRole.scope`), which the role check requires when the flow loads.
public enum CompletionAction: String, Codable, Sendable, CaseIterable {
    /// The change log [S0]: change-date (text, a date), change-kind (choice of ChangeKind), change-note (text).
    case recordChange
    /// An announced extension (C8): extension-until-day (choice "11"/"12"), extension-close
    /// (choice "21:00"/"24:00"), extension-payer (optional).
    case recordExtension
    /// "It won't connect" (issue 5): the troubleshooting flow's roles; the last step says the
    /// outcome (solved, outage-wait or a step with a desk); writes the 相談メモ.
    case recordTriage
    /// A desk's number as printed on the clinic's papers (T10): contact-desk, -phone, -hours.
    case recordContact
    /// A PC of the certificate register (issue 14): certificate-pc, -role (a PCRole), -issued
    /// (a date), -downloaded and -expires (a date or nothing), -backed-up ("yes"/"no").
    case recordCertificate

    /// Applies the action; returns the line for the warning area and what the shell must do.
    func apply(_ progress: inout SavedProgress, flow: FlowDefinition, run: FlowProgress, _ context: Context) -> (String?, [Effect]) {
        switch self {
        case .recordTriage:
            return Triage.record(&progress, flow: flow, run: run, context)
        case .recordContact:
            guard let deskID = flow.choice(.contactDesk, in: run), let phone = flow.text(.contactPhone, in: run) else { return (nil, []) }
            // T10: the clinic's own number (and hours, unless it keeps the shipped ones: "shipped") wins.
            let hours = flow.choice(.contactHours, in: run).flatMap(DeskHours.init(rawValue:))?.schedule
            let shipped = context.desks.desk(deskID)
            progress.contacts[deskID] = Desk(id: deskID, name: shipped?.name ?? deskID, handles: shipped?.handles ?? "",
                                             phone: phone, hours: hours, checkedOn: context.now.date, source: DeskDirectory.recordedByClinic)
            return (CompletionWords.contactRecorded(shipped?.name ?? deskID, on: context.now.date,
                                                    replacing: shipped?.phone.flatMap { $0 == phone ? nil : $0 }), [])
        default:
            return (applyRecord(&progress, flow: flow, run: run, context), [])
        }
    }

    private func applyRecord(_ progress: inout SavedProgress, flow: FlowDefinition, run: FlowProgress, _ context: Context) -> String? {
        func text(_ role: StepRole) -> String? { flow.text(role, in: run) }
        func choice(_ role: StepRole) -> String? { flow.choice(role, in: run) }
        let now = context.now
        switch self {
        case .recordChange:
            guard let date = flow.date(.changeDate, in: run),
                  let kind = choice(.changeKind).flatMap(ChangeKind.init(rawValue:)) else { return nil }
            let record = progress.addChange(date: date, kind: kind, note: text(.changeNote) ?? "", at: now)
            // The changes screen the flow returns to highlights the new change.
            progress.changesPlace.selected = record.id
            let calendar = context.calendar(for: progress)
            return record.isPlanned ? FreezeCheck.warning(for: record.date, calendar: calendar) ?? Messages.changes.recorded(record)
                : Messages.changes.recorded(record)
        case .recordExtension:
            guard let day = choice(.extensionUntilDay).flatMap(Int.init), let close = choice(.extensionClose) else { return nil }
            let minute = close == "24:00" ? 24 * 60 : 21 * 60
            let month = SubmissionCalendar.monthKey(year: now.date.year, month: now.date.month)
            // C8: an outage may hit one payer's system only; "both" (or no such step) is nil.
            let payer = choice(.extensionPayer).flatMap(Payer.init(rawValue:))
            progress.extensions.removeAll { $0.month == month && $0.payer == payer }
            progress.extensions.append(WindowExtension(month: month, untilDay: day, closeMinute: minute, note: "", payer: payer))
            progress.extensions.sort { ($0.month, $0.payer?.rawValue ?? "") < ($1.month, $1.payer?.rawValue ?? "") }
            return CompletionWords.extensionRecorded(month: now.date.month, payer: payer, untilDay: day, closeMinute: minute)
        case .recordCertificate:
            guard let pc = text(.certificatePC), let issued = flow.date(.certificateIssued, in: run),
                  let role = choice(.certificateRole).flatMap(PCRole.init(rawValue:)) else { return nil }
            // Issue 14: an answer changed from the summary is checked again; nothing is added then.
            if let refusal = CertificateAnswerCheck.refusal(flow: flow, run: run, progress: progress, today: now.date) {
                return Messages.certificates.refusal(refusal)
            }
            let added = progress.addCertificate(pc: pc, role: role, issued: issued,
                                                downloaded: flow.date(.certificateDownloaded, in: run),
                                                expiresOnNotice: flow.date(.certificateExpires, in: run),
                                                backedUp: choice(.certificateBackedUp) == "yes")
            return CompletionWords.certificateRecorded(added)
        case .recordTriage, .recordContact:
            return nil
        }
    }
}
