/// What the clock and the saved progress say about today, worked out once per frame (issue 10:
/// one snapshot of "today"), so the headline, the warnings and the menu cannot disagree, and the
/// history is read once per frame rather than by each part of the screen (issue 11).
///
/// A class, made once and then only read: every part of a frame reads it, and copying a struct of a
/// calendar, lists and a month's standing at each read was a hundred copies a frame (issue 19).
public final class Today: Sendable {
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
    /// Changes still to come that fall in a freeze (the main screen's warnings).
    public let plannedConflicts: [FreezeCheck.PlannedConflict]
    /// Planned changes whose day has passed [S0]: the clerk is asked what became of them.
    public let overdueChanges: [ChangeRecord]
    /// This claim month's records, kept while the list of records is the same.
    let records: MonthRecords
    /// Everything the snapshot was worked out from.
    let reads: Reads

    /// What `Today` reads: equal reads give an equal snapshot. The catalog is read only through
    /// `duty` and `keepsMonthly`. Lists are compared by value, which costs nothing when they are
    /// the very list of the last frame (Swift compares shared storage first).
    struct Reads: Equatable, Sendable {
        var now: LocalDateTime
        var rules: SubmissionRules
        var desks: DeskDirectory
        var duty: ClaimDuty
        var keepsMonthly: Bool
        var submissions: [Submission]
        var payers: [Payer]
        var extensions: [WindowExtension]
        var contacts: [String: Desk]
        var certificates: [Certificate]
        var changes: [ChangeRecord]

        init(_ progress: SavedProgress, _ context: Context) {
            now = context.now
            rules = context.rules
            desks = context.desks
            duty = ClaimDuty(progress, catalog: context.catalog)
            keepsMonthly = !progress.submissions.isEmpty || context.catalog.run(.monthly, in: progress) != nil
            submissions = progress.submissions
            payers = progress.payers
            extensions = progress.extensions
            contacts = progress.contacts
            certificates = progress.certificates
            changes = progress.changes
        }
    }

    /// The snapshot for `progress` now. `previous`: the last frame's snapshot. When nothing `Today`
    /// reads changed it is the answer (a tick on a checklist changes only the flows); otherwise this
    /// month's records are taken again only when the list of records changed (issue 19: a frame's
    /// cost must not grow with years of history).
    public static func at(_ progress: SavedProgress, _ context: Context, reusing previous: Today?) -> Today {
        let reads = Reads(progress, context)
        if let previous, previous.reads == reads { return previous }
        return Today(progress, context, reads: reads, previous: previous)
    }

    public convenience init(_ progress: SavedProgress, _ context: Context) {
        self.init(progress, context, reads: Reads(progress, context), previous: nil)
    }

    private init(_ progress: SavedProgress, _ context: Context, reads: Reads, previous: Today?) {
        let now = context.now
        let calendar = SubmissionCalendar(rules: context.rules, extensions: progress.extensions, duty: reads.duty)
        self.now = now
        self.calendar = calendar
        self.reads = reads
        let monthKey = SubmissionCalendar.monthKey(year: now.date.year, month: now.date.month)
        if let previous, previous.records.month == monthKey, previous.reads.submissions == progress.submissions {
            records = previous.records
        } else {
            records = MonthRecords(month: monthKey, in: progress.submissions)
        }
        let submitted = records.unconfirmedPayers(claimed: progress.claimedPayers).isEmpty
        var status = WindowStatus.at(now, calendar: calendar, submitted: submitted)
        // C2, T10: a deadline on a day off closes weekday desks; said before the freeze line.
        if let off = DeadlineDayOff.at(now, calendar: calendar, desks: context.directory(progress), submitted: status.submitted) {
            let freeze = status.cautions.firstIndex { if case .freeze = $0 { return true } else { return false } }
            status.cautions.insert(.desksClosedOnDeadline(off), at: freeze ?? status.cautions.count)
        }
        self.status = status
        month = MonthStanding(records, claimedPayers: progress.claimedPayers, now: now, calendar: calendar)
        certificates = CertificateReminder.at(now.date, progress.certificates,
                                              freezeEnds: FreezeCheck.conflict(for: now.date, calendar: calendar)?.firstSafeDay)
        missedDeadline = reads.keepsMonthly && calendar.duty.hasClaim(on: now.date) ? month.missed : []
        plannedConflicts = FreezeCheck.plannedConflicts(progress.changes, today: now.date, calendar: calendar)
        overdueChanges = ChangeRecord.overdue(progress.changes, today: now.date)
    }
}

extension Today {
    /// True when two progresses differ at most in what `Today` never reads: where the clerk stands
    /// (screen, highlighted rows, the register's and changes screen's places). They give the same
    /// `Today` at the same time and context, so a window may keep its last snapshot across cursor
    /// moves (issue 19, perf). Whatever `Today` starts to read must stay compared here.
    public static func readsTheSame(_ a: SavedProgress, _ b: SavedProgress) -> Bool {
        a.sameRecords(as: b) && SavedProgress.sameFlowsApartFromCursors(a.flows, b.flows)
    }
}
