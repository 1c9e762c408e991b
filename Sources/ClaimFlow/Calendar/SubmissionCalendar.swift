/// One day of the submission calendar: everything a clerk asks about a date.
public struct CalendarDay: Equatable, Sendable {
    public var date: CivilDate
    public var holiday: String?
    /// C1 (and C8 when extended): when claims can be sent this day.
    public var submission: Hours?
    /// C3: when ASP errors can be corrected and resent.
    public var correction: Hours?
    /// C4: when 返戻 and 帳票 can be downloaded.
    public var download: Hours?
    /// C6: 導通試験 / 確認試験 hours.
    public var test: Hours?
    /// C5: the system is closed all day.
    public var closed: Bool
    /// C7: expect congestion (the deadline day, the day after a run of days off); send early in the window.
    public var peak: Bool
    /// [S0]: no changes to line, router, hub/LAN, certificates or terminal.
    public var freeze: Bool
    /// The last day claims are accepted (the 10th, or an extension's day).
    public var deadline: Bool
    /// Submission hours come from a recorded extension (C8).
    public var extended: Bool

    /// Saturday, Sunday or holiday.
    public var dayOff: Bool { holiday != nil || date.weekday == 0 || date.weekday == 6 }
}

/// The calendar for any month, from the rules, the holidays and recorded extensions.
public struct SubmissionCalendar: Sendable {
    public var rules: SubmissionRules
    public var extensions: [WindowExtension]
    /// Months without a claim to send have no change freeze (domain "Change freeze").
    public var duty: ClaimDuty

    public init(rules: SubmissionRules = .standard, extensions: [WindowExtension] = [], duty: ClaimDuty = .always) {
        self.rules = rules
        self.extensions = extensions
        self.duty = duty
    }

    public static func monthKey(year: Int, month: Int) -> String {
        "\(year)-" + (month < 10 ? "0\(month)" : "\(month)")
    }

    /// The extension for both payers (the calendar's own), or, given a payer, that payer's own
    /// extension before the one for both (C8).
    public func extensionFor(year: Int, month: Int, payer: Payer? = nil) -> WindowExtension? {
        let key = SubmissionCalendar.monthKey(year: year, month: month)
        if let payer, let own = extensions.last(where: { $0.month == key && $0.payer == payer }) { return own }
        return extensions.last { $0.month == key && $0.payer == nil }
    }

    /// The last day and closing minute of this month's window (C2, C8), for one payer if given.
    public func deadline(year: Int, month: Int, payer: Payer? = nil) -> (day: Int, close: Int) {
        if let ext = extensionFor(year: year, month: month, payer: payer) { return (ext.untilDay, ext.until.close) }
        let last = rules.windows.max { $0.to < $1.to }
        return (last?.to ?? 10, last?.hours.close ?? 24 * 60)
    }

    public func month(year: Int, month: Int) -> [CalendarDay] {
        let holidays = JapaneseHolidays.holidays(in: year)
        let count = CivilDate.daysIn(year: year, month: month)
        // Looked up once a month, not once a day: the recorded extensions grow with the years (issue 19).
        let ext = extensionFor(year: year, month: month)
        let deadline = deadline(year: year, month: month)
        var days = (1...count).map { dayNumber -> CalendarDay in
            let date = CivilDate.nearest(year: year, month: month, day: dayNumber)
            return day(date, holiday: holidays[date], extension: ext, deadline: deadline)
        }
        markPeaks(&days, holidays: holidays)
        return days
    }

    public func day(_ date: CivilDate) -> CalendarDay {
        month(year: date.year, month: date.month)[date.day - 1]
    }

    /// `ext` and `deadline`: the month's extension for both payers and its deadline (C2, C8).
    private func day(_ date: CivilDate, holiday: String?, extension ext: WindowExtension?, deadline: (day: Int, close: Int)) -> CalendarDay {
        let d = date.day
        let closed = isClosed(date)

        var submission = rules.windows.first { (d >= $0.from) && (d <= $0.to) }?.hours
        var extended = false
        if let ext, d > rules.lastWindowDay, d <= ext.untilDay {
            submission = Hours(open: 8 * 60, close: d == ext.untilDay ? ext.until.close : 24 * 60)
            extended = true
        }
        let correction = submission ?? rules.corrections.first { d >= $0.from && d <= $0.to }?.hours
        let opensFrom = rules.firstWindowDay
        let download = d >= opensFrom ? (submission ?? rules.downloadHours) : nil
        let test = d >= opensFrom ? rules.testHours : nil
        let freezeStart = opensFrom - rules.freezeDaysBefore
        let freeze = d >= freezeStart && d <= max(rules.freezeThroughDay, deadline.day)
            && duty.hasClaim(year: date.year, month: date.month)

        return CalendarDay(
            date: date, holiday: holiday,
            submission: closed ? nil : submission,
            correction: closed ? nil : correction,
            download: closed ? nil : download,
            test: closed ? nil : test,
            closed: closed, peak: false, freeze: freeze,
            deadline: d == deadline.day, extended: extended)
    }

    /// C5: the system is closed this day (days 1–4 of every month, and the year end).
    public func isClosed(_ date: CivilDate) -> Bool {
        date.day <= rules.closedThroughDay || (date.month == 12 && date.day >= rules.yearEndClosureFrom)
    }

    /// C5: a closed day in a closure longer than the monthly one (days 1–4), i.e. the year-end
    /// closure from 12/29 through 1/4: seven days in a row without the system.
    public func isLongClosure(_ date: CivilDate) -> Bool {
        guard isClosed(date) else { return false }
        var run = 1
        var other = date.adding(days: -1)
        while isClosed(other), run <= rules.closedThroughDay { run += 1; other = other.adding(days: -1) }
        other = date.adding(days: 1)
        while isClosed(other), run <= rules.closedThroughDay { run += 1; other = other.adding(days: 1) }
        return run > rules.closedThroughDay
    }

    /// C7 ([S0]: 「受付最終日(10日)や休日が続く月はアクセスが集中し接続しづらい」; domain.md C7
    /// "the last day (10th) and months with runs of holidays are busiest"). Peak days are:
    /// - the deadline day (the 10th, or an extension's last day);
    /// - the first window day after a long closure (C5): January's 5th after 12/29–1/4, when
    ///   everything held back over the new year arrives at once (issue 12, item 8);
    /// - the first working window day after `peakAfterDaysOff` or more days off in a row
    ///   (weekends, holidays, days of a long closure), e.g. 2027-05-06 after Golden Week.
    ///   The source names the busy *month*, not a day: marking the day the clinics that were
    ///   off all come back is our reading of it, kept as data (calendar.json peakAfterDaysOff).
    ///   The routine closure on days 1–4 does not count, or every month would start on a peak.
    private func markPeaks(_ days: inout [CalendarDay], holidays: [CivilDate: String]) {
        func off(_ date: CivilDate) -> Bool {
            let holiday = date.year == days[0].date.year ? holidays[date] != nil : JapaneseHolidays.name(of: date) != nil
            return holiday || date.weekday == 0 || date.weekday == 6 || isLongClosure(date)
        }
        for index in days.indices where days[index].submission != nil {
            if days[index].deadline { days[index].peak = true; continue }
            let previous = days[index].date.adding(days: -1)
            if isLongClosure(previous) { days[index].peak = true; continue }
            if days[index].dayOff { continue }
            var run = 0
            var day = previous
            while run < rules.peakAfterDaysOff, off(day) {
                run += 1
                day = day.adding(days: -1)
            }
            if run >= rules.peakAfterDaysOff { days[index].peak = true }
        }
    }
}
