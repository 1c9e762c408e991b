/// A value computed from the state and the clock that a flow text shows as `{{name}}`: the flows
/// stay data, yet speak about today. An enum, so every fact has a value the compiler checks, and
/// the validator rejects a name that is none of them.
public enum Fact: String, CaseIterable, Sendable {
    case today
    case windowHeadline = "window.headline"
    case claimMonth = "claim.month"
    case serviceMonth = "service.month"
    case deadline
    case changesFreeze = "changes.freeze"
    case changesRecent = "changes.recent"
    case receiptsHistory = "receipts.history"
    case changeFreeze = "change.freeze"
    case monthPayers = "month.payers"
    case monthMissed = "month.missed"
    case setupTimeline = "setup.timeline"
    case setupManual = "setup.manual"
    case setupFirstWindow = "setup.firstWindow"
    case setupPaperDeadline = "setup.paperDeadline"
    case troubleCongestion = "trouble.congestion"
    case troubleHistory = "trouble.history"
    case troubleSolvedBy = "trouble.solvedBy"
    case desksList = "desks.list"
    /// Issue 14: the PCs of the certificate register, each with its next date.
    case certificatesList = "certificates.list"
    case deskNetwork = "desk.network"
    case deskPortal = "desk.portal"
    case deskClaim = "desk.claim"
    case deskMaker = "desk.maker"
    case deskUsual = "desk.usual"
}

/// The facts of one moment: computed one by one, only those a text on screen asks for.
public struct Facts {
    let state: AppState
    let context: Context
    let today: Today

    /// `today`: the frame's snapshot when the caller has one (it is the same for every part of a frame).
    public init(_ state: AppState, _ context: Context, today: Today? = nil) {
        self.state = state
        self.context = context
        self.today = today ?? Today(state.progress, context)
    }

    private var progress: SavedProgress { state.progress }
    private var now: LocalDateTime { context.now }

    public func value(_ fact: Fact) -> String {
        switch fact {
        case .today: return now.japanese
        case .windowHeadline: return today.status.headline
        case .claimMonth: return FactWords.yearMonth(now.date.year, now.date.month)
        case .serviceMonth:
            // The month of care claimed this month.
            let date = now.date
            return date.month == 1 ? FactWords.yearMonth(date.year - 1, 12) : FactWords.yearMonth(date.year, date.month - 1)
        case .deadline:
            let deadline = today.calendar.deadline(year: now.date.year, month: now.date.month)
            let day = CivilDate(year: now.date.year, month: now.date.month, day: deadline.day)
            return FactWords.deadline(day, dayOfMonth: deadline.day, close: deadline.close)
        case .changesFreeze:
            let inFreeze = progress.changes.filter { $0.isPlanned && $0.date >= now.date && today.calendar.day($0.date).freeze }
            return FactWords.changesInFreeze(inFreeze)
        case .changesRecent:
            // Done changes only: a planned one (overdue ones too) is listed apart, a cancelled one not at all [S0].
            return FactWords.recentChanges(ChangeRecord.timeline(progress.changes, today: now.date, days: 30),
                                           planned: ChangeRecord.planned(progress.changes))
        case .receiptsHistory:
            // C9: the 受領書 of the three months before this one.
            let claimMonth = SubmissionCalendar.monthKey(year: now.date.year, month: now.date.month)
            let earlier = progress.submissions.filter { $0.month < claimMonth && $0.receipt != nil }
            let months = Array(Set(earlier.map(\.month))).sorted(by: >).prefix(3)
            return FactWords.receipts(months.map { month in (month, earlier.filter { $0.month == month }) })
        case .changeFreeze:
            // The date of the change being recorded, when the flow open records a change [S0].
            guard case .flow(let id) = progress.location, let flow = context.catalog.flow(id), let run = progress.flows[id],
                  let date = flow.date(.changeDate, in: run) else { return "" }
            return FreezeCheck.warning(for: date, calendar: today.calendar) ?? FactWords.notInFreeze(date)
        case .monthPayers:
            // C3: the month per payer.
            return today.month.payers.map(MonthlyWording.standing).joined(separator: "\n")
        case .monthMissed:
            // C10, through Today's guard (a new clinic before its first claim month missed nothing).
            return today.missedDeadline.isEmpty ? ""
                : MonthlyWording.missedDeadline(month: now.date.month, payers: today.missedDeadline).joined(separator: "\n")
        case .setupTimeline:
            guard let designation else { return FactWords.noDesignation }
            guard designation.isSupported else { return FactWords.designationOutsideSupportedYears(designation) }
            return ([FactWords.todayIs(now.date)]
                + SetupTimeline.lines(designation: designation, today: now.date, rules: context.rules,
                                      certificateInstalled: SetupCertificate.certificateInstalled(context.catalog, progress)))
                .joined(separator: "\n")
        case .setupManual:
            // S2: the manual for the clinic's 点数表.
            let catalog = context.catalog
            let table: FactWords.ScoreTable = catalog.chose(.dentalTable, for: .scoreTable, in: progress) ? .dental
                : catalog.chose(.pharmacyTable, for: .scoreTable, in: progress) ? .pharmacy : .medical
            return FactWords.manual(table)
        case .setupFirstWindow:
            guard let designation,
                  let window = SetupTimeline.milestones(designation: designation, rules: context.rules).first(where: { $0.until != nil }),
                  let until = window.until else { return FactWords.firstWindowUnknown }
            return FactWords.span(window.date, until)
        case .setupPaperDeadline:
            guard let designation,
                  let paper = SetupTimeline.milestones(designation: designation, rules: context.rules)
                    .first(where: { $0.kind == .paperDeadline }) else { return FactWords.paperDeadlineUnknown }
            return paper.date.japanese
        case .troubleCongestion:
            // T1, C7: congestion first.
            let status = today.status
            if status.day.closed { return TriageWords.congestionClosed }
            if status.day.deadline && (status.phase == .open || status.phase == .opensLaterToday) { return TriageWords.congestionDeadline }
            return status.day.peak ? TriageWords.congestionPeak : TriageWords.congestionQuiet
        case .troubleHistory:
            return progress.triages.last.map(TriageWords.lastRun) ?? TriageWords.noRunYet
        case .troubleSolvedBy:
            guard let flow = context.catalog.flow(role: .trouble), let run = progress.flows[flow.id],
                  let check = Triage.solvedBy(flow, run: run) else { return "" }
            return TriageWords.solvedBy(check.title)
        case .desksList:
            // T10: the numbers the clinic recorded itself; the shipped ones are always there.
            let registered = context.directory(progress).desks.filter { progress.contacts[$0.id]?.phone != nil }
            return registered.isEmpty ? TriageWords.noDeskRegistered
                : registered.map { TriageWords.registeredDesk($0.name, phone: $0.phone ?? "") }.joined(separator: "\n")
        case .certificatesList:
            return progress.certificates.isEmpty ? FactWords.noCertificates
                : progress.certificates.map(FactWords.certificateLine).joined(separator: "\n")
        case .deskNetwork:
            let catalog = context.catalog
            let flow = catalog.flow(role: .trouble)
            return describe(Triage.lineDesk(run: flow.flatMap { progress.flows[$0.id] }, flow: flow, progress: progress, catalog: catalog))
        case .deskPortal: return describe("portal")
        case .deskClaim: return describe("claim-system")
        case .deskMaker: return describe("maker")
        case .deskUsual: return describe("oshi-vendor")
        }
    }

    /// S2: the designation date the clinic gave at setup.
    private var designation: CivilDate? {
        context.catalog.date(.designation, in: progress)
    }

    /// T10: number, hours, open now, source and date checked.
    private func describe(_ deskID: String) -> String {
        context.directory(progress).describe(deskID, at: now).joined(separator: "\n")
    }

    /// Replaces each `{{name}}` with its fact; a name that is no fact is left as it is (the
    /// validator refuses such names when the flows load).
    public func fill(_ text: String) -> String {
        let tokens = FactNames.tokens(in: text)
        guard !tokens.isEmpty else { return text } // most texts: no copy, nothing built
        let bytes = Array(text.utf8)
        var result = ""
        var written = 0
        for token in tokens {
            result += String(decoding: bytes[written..<token.whole.lowerBound], as: UTF8.self)
            let name = String(decoding: bytes[token.name], as: UTF8.self)
            result += Fact(rawValue: name).map(value) ?? String(decoding: bytes[token.whole], as: UTF8.self)
            written = token.whole.upperBound
        }
        return result + String(decoding: bytes[written...], as: UTF8.self)
    }
}
