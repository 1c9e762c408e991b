/// The dated milestones of getting started, computed from the planned designation date (S2):
/// designation 1 April → apply from mid-March, paper forms by 20 March, first claim 5–10 May.
public struct Milestone: Equatable, Sendable {
    public var date: CivilDate
    public var until: CivilDate?
    public var title: String
    /// A date the program can only estimate (when the post arrives).
    public var estimate: Bool
    /// Missing it has consequences: shown as overdue once passed.
    public var deadline: Bool
}

public enum SetupTimeline {
    public static func milestones(designation: CivilDate, rules: SubmissionRules = .standard) -> [Milestone] {
        let (py, pm) = previousMonth(designation.year, designation.month)
        let (sy, sm) = nextMonth(designation.year, designation.month)       // first claim month
        let (ry, rm) = previousMonth(previousMonth(sy, sm).0, previousMonth(sy, sm).1) // two months before it
        let applyFrom = CivilDate(year: py, month: pm, day: 15)!
        let paperDeadline = CivilDate(year: ry, month: rm, day: 20)!
        let toolsArrive = designation
        let firstTest = firstTestDay(onOrAfter: toolsArrive, rules: rules)
        let windowStart = CivilDate(year: sy, month: sm, day: rules.firstWindowDay)!
        let windowEnd = CivilDate(year: sy, month: sm, day: rules.lastWindowDay)!
        return [
            Milestone(date: applyFrom, until: nil, title: "申請を始める（指定の前の月の中旬から、すみやかに）", estimate: false, deadline: false),
            Milestone(date: paperDeadline, until: nil, title: "紙で申請する場合の締め切り（国保連・支払基金に届く日）", estimate: false, deadline: true),
            Milestone(date: toolsArrive, until: nil, title: "設定ツールと電子証明書発行通知が届く（月の上旬か下旬）", estimate: true, deadline: false),
            Milestone(date: firstTest, until: nil, title: "導通試験ができる最初の日（毎月5日〜月末 8:00〜21:00）", estimate: true, deadline: false),
            Milestone(date: toolsArrive.adding(days: 180), until: nil, title: "電子証明書のダウンロード期限（発行から180日）", estimate: true, deadline: true),
            Milestone(date: windowStart, until: windowEnd, title: "最初の送信（10日 24:00 まで）", estimate: false, deadline: true),
            Milestone(date: CivilDate(year: toolsArrive.year + 3, month: toolsArrive.month, day: min(toolsArrive.day, 28))!,
                      until: nil, title: "電子証明書の有効期限（およそ3年）", estimate: true, deadline: false),
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

    /// The milestones as lines, `>` at the next one, past deadlines flagged.
    public static func lines(designation: CivilDate, today: CivilDate, rules: SubmissionRules = .standard) -> [String] {
        let milestones = milestones(designation: designation, rules: rules).sorted { $0.date < $1.date }
        let next = milestones.firstIndex { ($0.until ?? $0.date) >= today }
        return milestones.enumerated().map { index, milestone in
            var text = (index == next ? "> " : "  ") + milestone.date.description
            if let until = milestone.until { text += "〜" + until.description.suffix(5) }
            text += "  " + milestone.title
            if milestone.estimate { text += "（目安）" }
            if milestone.date == today { text += " [今日]" }
            if milestone.deadline && (milestone.until ?? milestone.date) < today { text += " [過ぎました]" }
            return text
        }
    }

    static func previousMonth(_ year: Int, _ month: Int) -> (Int, Int) { month == 1 ? (year - 1, 12) : (year, month - 1) }
    static func nextMonth(_ year: Int, _ month: Int) -> (Int, Int) { month == 12 ? (year + 1, 1) : (year, month + 1) }
}
