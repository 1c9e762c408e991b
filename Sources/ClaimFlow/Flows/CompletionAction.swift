/// What a flow records when it is finished. Each reads the answers of steps with fixed ids,
/// which the validator checks when the flow is loaded.
public enum CompletionAction: String, Codable, Sendable {
    /// The change log [S0]: steps "date" (text, date), "kind" (choice of ChangeKind), "note" (text).
    case recordChange
    /// An announced extension (C8): steps "until-day" (choice "11"/"12"), "close" (choice "21:00"/"24:00").
    case recordExtension
    /// "It won't connect" (issue 5): step "symptom" (choice); the last step says the outcome
    /// (`solved`, `outage-wait` or `desk-…`); writes the 相談メモ.
    case recordTriage
    /// A desk's number as printed on the clinic's papers (T10): "desk", "phone", "hours".
    case recordContact

    /// Step ids (and kinds) the flow must have.
    var requiredSteps: [(id: String, kind: StepKind)] {
        switch self {
        case .recordChange: return [("date", .text), ("kind", .choice), ("note", .text)]
        case .recordExtension: return [("until-day", .choice), ("close", .choice)]
        case .recordTriage: return [(FlowContract.Trouble.symptom, .choice), (FlowContract.Trouble.solved, .summary)]
        case .recordContact: return [("desk", .choice), ("phone", .text), ("hours", .choice)]
        }
    }

    /// Applies the action; returns the line for the warning area and what the shell must do.
    func apply(_ progress: inout SavedProgress, flow: FlowDefinition, run: FlowProgress, _ context: Context) -> (String?, [Effect]) {
        let answers = run.answers
        switch self {
        case .recordTriage:
            return Triage.record(&progress, flow: flow, run: run, context)
        case .recordContact:
            guard case .choice(let deskID)? = answers["desk"], case .text(let phone)? = answers["phone"] else { return (nil, []) }
            // T10: the clinic's own number (and hours, unless it keeps the shipped ones: "shipped") wins.
            var hours: DeskSchedule?
            if case .choice(let raw)? = answers["hours"] { hours = DeskHours(rawValue: raw)?.schedule }
            let shipped = context.desks.desk(deskID)
            progress.contacts[deskID] = Desk(id: deskID, name: shipped?.name ?? deskID, handles: shipped?.handles ?? "",
                                             phone: phone, hours: hours, checkedOn: context.now.date, source: "医療機関で登録した番号")
            var message = "「\(shipped?.name ?? deskID)」の電話番号を登録しました（\(context.now.date.description) に確認）。"
            if let old = shipped?.phone, old != phone { message += "資料の番号 \(old) の代わりに使います。" }
            return (message, [])
        default:
            return (applyRecord(&progress, answers: answers, context), [])
        }
    }

    private func applyRecord(_ progress: inout SavedProgress, answers: [String: Answer], _ context: Context) -> String? {
        func text(_ id: String) -> String? {
            if case .text(let value)? = answers[id] { return value }
            return nil
        }
        func choice(_ id: String) -> String? {
            if case .choice(let value)? = answers[id] { return value }
            return nil
        }
        let now = context.now
        switch self {
        case .recordChange:
            guard let date = answers["date"]?.dateValue,
                  let kind = choice("kind").flatMap(ChangeKind.init(rawValue:)) else { return nil }
            let record = progress.addChange(date: date, kind: kind, note: text("note") ?? "", at: now)
            let calendar = context.calendar(for: progress)
            return FreezeCheck.warning(for: record.date, calendar: calendar)
                ?? "\(record.date.japanese) の「\(kind.japanese)」を記録しました。"
        case .recordExtension:
            guard let day = choice("until-day").flatMap(Int.init), let close = choice("close") else { return nil }
            let minute = close == "24:00" ? 24 * 60 : 21 * 60
            let month = SubmissionCalendar.monthKey(year: now.date.year, month: now.date.month)
            // C8: an outage may hit one payer's system only; "both" (or no such step) is nil.
            let payer = choice("payer").flatMap(Payer.init(rawValue:))
            progress.extensions.removeAll { $0.month == month && $0.payer == payer }
            progress.extensions.append(WindowExtension(month: month, untilDay: day, closeMinute: minute, note: text("note") ?? "", payer: payer))
            progress.extensions.sort { ($0.month, $0.payer?.rawValue ?? "") < ($1.month, $1.payer?.rawValue ?? "") }
            let whose = payer.map { "\($0.japanese)の" } ?? ""
            return "\(now.date.month)月の\(whose)送信期限を \(day)日 \(Hours.text(minute)) まで延長として記録しました。"
        case .recordTriage, .recordContact:
            return nil
        }
    }
}
