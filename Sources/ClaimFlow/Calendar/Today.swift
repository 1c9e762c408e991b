/// What the clock and the saved progress say about today, worked out once per frame (issue 10:
/// one snapshot of "today"), so the headline, the warnings and the menu cannot disagree, and the
/// history is read once per frame rather than by each part of the screen (issue 11).
public struct Today: Sendable {
    public var now: LocalDateTime { parts.now }
    /// The clinic's calendar: rules, its recorded extensions, its claim duty.
    public var calendar: SubmissionCalendar { parts.calendar }
    /// Where the window stands right now (C1–C8), knowing whether the month is already in.
    public var status: WindowStatus { parts.status }
    /// This claim month per payer (C3).
    public var month: MonthStanding { parts.month }
    /// Payers whose deadline passed unconfirmed (C10). Said only to a clinic that keeps its
    /// monthly submission here and has a claim this month; empty otherwise.
    public var missedDeadline: [Payer] { parts.missedDeadline }
    /// PCs whose certificate needs downloading or renewing, or has expired (issue 14).
    public var certificates: [CertificateReminder] { parts.certificates }
    /// Changes still to come that fall in a freeze (the main screen's warnings).
    public var plannedConflicts: [FreezeCheck.PlannedConflict] { parts.plannedConflicts }
    /// Planned changes whose day has passed [S0]: the clerk is asked what became of them.
    public var overdueChanges: [ChangeRecord] { parts.overdueChanges }
    /// This claim month's records, kept while the list of records is the same.
    var records: MonthRecords { parts.records }
    /// Everything the snapshot was worked out from.
    var reads: Reads { parts.reads }

    /// The snapshot in one shared box, never changed once made: every part of a frame reads it,
    /// and copying the fields themselves (a calendar, lists, a month's standing) at each read was
    /// a hundred copies a frame (issue 19).
    private final class Parts: Sendable {
        let now: LocalDateTime
        let calendar: SubmissionCalendar
        let status: WindowStatus
        let month: MonthStanding
        let missedDeadline: [Payer]
        let certificates: [CertificateReminder]
        let plannedConflicts: [FreezeCheck.PlannedConflict]
        let overdueChanges: [ChangeRecord]
        let records: MonthRecords
        let reads: Reads

        init(now: LocalDateTime, calendar: SubmissionCalendar, status: WindowStatus, month: MonthStanding, missedDeadline: [Payer],
             certificates: [CertificateReminder], plannedConflicts: [FreezeCheck.PlannedConflict], overdueChanges: [ChangeRecord],
             records: MonthRecords, reads: Reads) {
            self.now = now
            self.calendar = calendar
            self.status = status
            self.month = month
            self.missedDeadline = missedDeadline
            self.certificates = certificates
            self.plannedConflicts = plannedConflicts
            self.overdueChanges = overdueChanges
            self.records = records
            self.reads = reads
        }
    }

    private let parts: Parts

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
    }

    /// `previous`: the last frame's snapshot. When nothing `Today` reads changed it is the answer
    /// (a tick on a checklist changes only the flows); otherwise this month's records are taken
    /// again only when the list of records changed (issue 19: a frame's cost must not grow
    /// with years of history).
    public init(_ progress: SavedProgress, _ context: Context, reusing previous: Today? = nil) {
        let now = context.now
        let duty = ClaimDuty(progress, catalog: context.catalog)
        let keepsMonthly = !progress.submissions.isEmpty || context.catalog.run(.monthly, in: progress) != nil
        let reads = Reads(now: now, rules: context.rules, desks: context.desks, duty: duty, keepsMonthly: keepsMonthly,
                          submissions: progress.submissions, payers: progress.payers, extensions: progress.extensions,
                          contacts: progress.contacts, certificates: progress.certificates, changes: progress.changes)
        if let previous, previous.reads == reads {
            self = previous
            return
        }
        let calendar = SubmissionCalendar(rules: context.rules, extensions: progress.extensions, duty: duty)
        let monthKey = SubmissionCalendar.monthKey(year: now.date.year, month: now.date.month)
        let records: MonthRecords
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
        let month = MonthStanding(records, claimedPayers: progress.claimedPayers, now: now, calendar: calendar)
        parts = Parts(now: now, calendar: calendar, status: status, month: month,
                      missedDeadline: keepsMonthly && calendar.duty.hasClaim(on: now.date) ? month.missed : [],
                      certificates: CertificateReminder.at(now.date, progress.certificates,
                                                           freezeEnds: FreezeCheck.conflict(for: now.date, calendar: calendar)?.firstSafeDay),
                      plannedConflicts: FreezeCheck.plannedConflicts(progress.changes, today: now.date, calendar: calendar),
                      overdueChanges: ChangeRecord.overdue(progress.changes, today: now.date), records: records, reads: reads)
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
