/// The dated milestones of getting started, computed from the planned designation date (S2):
/// designation 1 April → apply from mid-March, paper forms by 20 March, first claim 5–10 May.
public struct Milestone: Equatable, Sendable {
    /// Which milestone: what the code asks for (the paper deadline, the first window), never its title.
    public enum Kind: String, Equatable, Sendable, CaseIterable {
        /// S2: applications from the middle of the month before designation.
        case applicationsOpen = "applications-open"
        /// S2: paper forms reach 国保連 and 支払基金 by the 20th, two months before the first claim month.
        case paperDeadline = "paper-deadline"
        /// S2: the setup tool and the certificate notice arrive (early or late in a month).
        case toolsArrive = "tools-arrive"
        /// S2: only the setup tool arrives: the PC keeps the オン資 certificate it has (domain "Setup", certificates).
        case setupToolArrives = "setup-tool-arrives"
        /// C6: the first day the 導通試験 can run.
        case firstTest = "first-test"
        /// S2: the certificate must be downloaded within 180 days of issue.
        case certificateDownload = "certificate-download"
        /// C1, C2: the first window (5th to 10th 24:00 of the month after designation).
        case firstSubmission = "first-submission"
        /// S2: the certificate is valid about three years.
        case certificateExpiry = "certificate-expiry"
    }

    public var kind: Kind
    public var date: CivilDate
    public var until: CivilDate?
    /// A date the program can only estimate (when the post arrives).
    public var estimate: Bool
    /// Missing it has consequences: shown as overdue once passed.
    public var deadline: Bool

    /// The milestone's title, worded by the calendar catalog.
    public var title: String { Messages.calendar.milestone(kind) }
}

public enum SetupTimeline {
    /// Empty when the designation date is outside the supported years (issue 16: a saved
    /// 9999-12-31 or 0001-01-01 has no month after or before it to compute with).
    /// `certificateInstalled`: setup said the PC already has its オン資 certificate, so no notice
    /// arrives and there is no download deadline nor an expiry counted from the designation.
    public static func milestones(designation: CivilDate, rules: SubmissionRules = .standard,
                                  certificateInstalled: Bool = false) -> [Milestone] {
        guard designation.isSupported else { return [] }
        let (py, pm) = previousMonth(designation.year, designation.month)
        let (sy, sm) = nextMonth(designation.year, designation.month)       // first claim month
        let (ry, rm) = previousMonth(previousMonth(sy, sm).0, previousMonth(sy, sm).1) // two months before it
        let toolsArrive = designation
        let firstTest = firstTestDay(onOrAfter: toolsArrive, rules: rules)
        guard let applyFrom = CivilDate(year: py, month: pm, day: 15),
              let paperDeadline = CivilDate(year: ry, month: rm, day: 20),
              let windowStart = CivilDate(year: sy, month: sm, day: rules.firstWindowDay),
              let windowEnd = CivilDate(year: sy, month: sm, day: rules.lastWindowDay),
              let certificateExpiry = CivilDate(year: toolsArrive.year + 3, month: toolsArrive.month, day: min(toolsArrive.day, 28))
        else { return [] }
        if certificateInstalled {
            return [
                Milestone(kind: .applicationsOpen, date: applyFrom, until: nil, estimate: false, deadline: false),
                Milestone(kind: .paperDeadline, date: paperDeadline, until: nil, estimate: false, deadline: true),
                Milestone(kind: .setupToolArrives, date: toolsArrive, until: nil, estimate: true, deadline: false),
                Milestone(kind: .firstTest, date: firstTest, until: nil, estimate: true, deadline: false),
                Milestone(kind: .firstSubmission, date: windowStart, until: windowEnd, estimate: false, deadline: true),
            ]
        }
        return [
            Milestone(kind: .applicationsOpen, date: applyFrom, until: nil, estimate: false, deadline: false),
            Milestone(kind: .paperDeadline, date: paperDeadline, until: nil, estimate: false, deadline: true),
            Milestone(kind: .toolsArrive, date: toolsArrive, until: nil, estimate: true, deadline: false),
            Milestone(kind: .firstTest, date: firstTest, until: nil, estimate: true, deadline: false),
            Milestone(kind: .certificateDownload, date: toolsArrive.adding(days: 180), until: nil, estimate: true, deadline: true),
            Milestone(kind: .firstSubmission, date: windowStart, until: windowEnd, estimate: false, deadline: true),
            Milestone(kind: .certificateExpiry, date: certificateExpiry, until: nil, estimate: true, deadline: false),
        ]
    }

    /// C5/C6: tests run from the 5th to month end, never on days 1–4 or at the year end.
    static func firstTestDay(onOrAfter date: CivilDate, rules: SubmissionRules) -> CivilDate {
        var day = date
        for _ in 0..<62 {
            let closedYearEnd = day.month == 12 && day.day >= rules.yearEndClosureFrom
            if day.day >= rules.firstWindowDay && !closedYearEnd { return day }
            day = day.adding(days: 1)
        }
        return day
    }

    /// One milestone as the timeline shows it: which one is next, which is today, which deadline has passed.
    public struct Entry: Equatable, Sendable {
        public var milestone: Milestone
        public var isNext: Bool
        public var isToday: Bool
        /// A deadline milestone whose (last) day is before today.
        public var isOverdue: Bool
    }

    /// The milestones in date order, the next one marked, past deadlines flagged.
    public static func entries(designation: CivilDate, today: CivilDate, rules: SubmissionRules = .standard,
                               certificateInstalled: Bool = false) -> [Entry] {
        let milestones = milestones(designation: designation, rules: rules, certificateInstalled: certificateInstalled)
            .sorted { $0.date < $1.date }
        let next = milestones.firstIndex { ($0.until ?? $0.date) >= today }
        return milestones.enumerated().map { index, milestone in
            Entry(milestone: milestone, isNext: index == next, isToday: milestone.date == today,
                  isOverdue: milestone.deadline && (milestone.until ?? milestone.date) < today)
        }
    }

    /// The milestones as lines, `>` at the next one, past deadlines flagged (the calendar catalog's words).
    public static func lines(designation: CivilDate, today: CivilDate, rules: SubmissionRules = .standard,
                             certificateInstalled: Bool = false) -> [String] {
        entries(designation: designation, today: today, rules: rules, certificateInstalled: certificateInstalled)
            .map(Messages.calendar.timelineLine)
    }

    static func previousMonth(_ year: Int, _ month: Int) -> (Int, Int) { month == 1 ? (year - 1, 12) : (year, month - 1) }
    static func nextMonth(_ year: Int, _ month: Int) -> (Int, Int) { month == 12 ? (year + 1, 1) : (year, month + 1) }
}
