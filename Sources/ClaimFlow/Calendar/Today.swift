/// What the clock and the saved progress say about today, worked out once per frame (issue 10:
/// one snapshot of "today"), so the headline, the warnings and the menu cannot disagree, and the
/// history is read once per frame rather than by each part of the screen (issue 11).
public struct Today: Sendable {
    public let now: LocalDateTime
    /// The clinic's calendar: rules, its recorded extensions, its claim duty.
    public let calendar: SubmissionCalendar
    /// Where the window stands right now (C1–C8), knowing whether the month is already in.
    public let status: WindowStatus
    /// This claim month per payer (C3).
    public let month: MonthStanding
    /// Payers whose deadline passed unconfirmed (C10). Said only to a clinic that keeps its
    /// monthly submission here and has a claim this month; empty otherwise.
    public let missedDeadline: [Payer]
    /// PCs whose certificate needs downloading or renewing, or has expired (issue 14).
    public let certificates: [CertificateReminder]

    public init(_ progress: SavedProgress, _ context: Context) {
        let now = context.now
        let calendar = context.calendar(for: progress)
        self.now = now
        self.calendar = calendar
        var status = WindowStatus.at(now, calendar: calendar, progress: progress)
        // C2, T10: a deadline on a day off closes weekday desks; said before the freeze line.
        if let off = DeadlineDayOff.at(now, calendar: calendar, desks: context.directory(progress), submitted: status.submitted) {
            let freeze = status.cautions.firstIndex { if case .freeze = $0 { return true } else { return false } }
            status.cautions.insert(.desksClosedOnDeadline(off), at: freeze ?? status.cautions.count)
        }
        self.status = status
        month = MonthStanding(month: SubmissionCalendar.monthKey(year: now.date.year, month: now.date.month),
                              progress: progress, now: now, calendar: calendar)
        let keepsMonthly = !progress.submissions.isEmpty || context.catalog.run(.monthly, in: progress) != nil
        certificates = CertificateReminder.at(now.date, progress.certificates,
                                              freezeEnds: FreezeCheck.conflict(for: now.date, calendar: calendar)?.firstSafeDay)
        missedDeadline = keepsMonthly && calendar.duty.hasClaim(on: now.date) ? month.missed : []
    }
}

extension Today {
    /// The progress with what `Today` never reads set to one value: where the clerk stands (screen,
    /// highlighted rows, the register's and changes screen's places). Two progresses with equal
    /// `inputs` give the same `Today` at the same time and context, so a window may keep its last
    /// snapshot across cursor moves (issue 19, perf). Whatever `Today` starts to read must stay here.
    public static func inputs(_ progress: SavedProgress) -> SavedProgress {
        var read = progress
        read.location = .menu
        read.menuCursor = 0
        for key in read.flows.keys { read.flows[key]?.cursor = 0 }
        read.changesPlace = ChangesPlace()
        read.certificatesPlace = CertificatesPlace()
        return read
    }
}
