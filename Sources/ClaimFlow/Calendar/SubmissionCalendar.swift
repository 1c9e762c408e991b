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

    public func extensionFor(year: Int, month: Int) -> WindowExtension? {
        extensions.last { $0.month == SubmissionCalendar.monthKey(year: year, month: month) }
    }

    /// The last day and closing minute of this month's window (C2, C8).
    public func deadline(year: Int, month: Int) -> (day: Int, close: Int) {
        if let ext = extensionFor(year: year, month: month) { return (ext.untilDay, ext.until.close) }
        let last = rules.windows.max { $0.to < $1.to }
        return (last?.to ?? 10, last?.hours.close ?? 24 * 60)
    }

    public func month(year: Int, month: Int) -> [CalendarDay] {
        let holidays = JapaneseHolidays.holidays(in: year)
        let count = CivilDate.daysIn(year: year, month: month)
        var days = (1...count).map { dayNumber -> CalendarDay in
            let date = CivilDate(year: year, month: month, day: dayNumber)!
            return day(date, holiday: holidays[date])
        }
        markPeaks(&days, holidays: holidays)
        return days
    }

    public func day(_ date: CivilDate) -> CalendarDay {
        month(year: date.year, month: date.month)[date.day - 1]
    }

    private func day(_ date: CivilDate, holiday: String?) -> CalendarDay {
        let d = date.day
        let yearEnd = date.month == 12 && d >= rules.yearEndClosureFrom
        let closed = d <= rules.closedThroughDay || yearEnd
        let ext = extensionFor(year: date.year, month: date.month)
        let deadline = deadline(year: date.year, month: date.month)

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

    /// C7: the deadline day, and window days right after a run of days off.
    private func markPeaks(_ days: inout [CalendarDay], holidays: [CivilDate: String]) {
        for index in days.indices where days[index].submission != nil {
            if days[index].deadline { days[index].peak = true; continue }
            if days[index].dayOff { continue }
            var run = 0
            var previous = days[index].date.adding(days: -1)
            while run < 10 {
                let off = holidays[previous] != nil || previous.weekday == 0 || previous.weekday == 6
                if !off { break }
                run += 1
                previous = previous.adding(days: -1)
            }
            if run >= rules.peakAfterDaysOff { days[index].peak = true }
        }
    }
}
