/// Where a moment stands in the month's submission window: the phase, and what to say about it
/// as values (`Headline`, `Caution`) that `CalendarMessages` words as what to do.
public struct WindowStatus: Equatable, Sendable {
    public enum Phase: String, Equatable, Sendable {
        /// Days 1–4 (C5): opens on the 5th.
        case notYetOpen = "not-yet-open"
        /// A window day, before 08:00.
        case opensLaterToday = "opens-later-today"
        /// Claims can be sent now.
        case open
        /// A window day after closing time; opens again tomorrow 08:00.
        case closedForToday = "closed-for-today"
        /// After the deadline, ASP corrections until the 12th (C3).
        case correctionsOnly = "corrections-only"
        /// Nothing more this month (or the year-end closure).
        case closed
    }

    /// What the top line of the main screen says (C1–C8), as a value; `headline` words it.
    public enum Headline: Equatable, Sendable {
        /// C5: days 1–4; the window opens on `opens` at 8:00.
        case notYetOpen(opens: CivilDate, inDays: Int)
        /// C1: a window day before opening; today is not the deadline.
        case opensLater(opensAt: Int, minutesLeft: Int, closesAt: Int, deadline: Deadline)
        /// C1, C2: the deadline day before opening.
        case opensLaterOnDeadline(opensAt: Int, minutesLeft: Int, closesAt: Int)
        /// C1, C8: open, in the last hour before today's closing time.
        case lastHour(minutesLeft: Int, closesAt: Int, deadline: Deadline)
        /// C2: open, the last hour of the deadline day.
        case lastHourOnDeadline(minutesLeft: Int, closesAt: Int)
        /// C1: open, more than an hour left today.
        case open(closesAt: Int, deadline: Deadline)
        /// C2: open on the deadline day, more than an hour left.
        case openOnDeadline(closesAt: Int)
        /// C3: no new claims; ASP corrections until `lastDay` of `month`, 21:00.
        case correctionsOnly(month: Int, lastDay: Int)
        /// The deadline day is over and the corrections too.
        case monthOver
        /// C1: a window day after closing time; opens again tomorrow 08:00.
        case closedForToday(deadline: Deadline)
        /// Nothing more this month; the next window opens on `next` at 8:00.
        case closedUntil(next: CivilDate)
        /// C5: the year-end closure from December `from` to the 31st; opens again on January `reopensOn`.
        case yearEndClosure(from: Int, reopensOn: Int)
        /// C9: the month is in; corrections possible until `correctionsUntil` 21:00 (C3) when given.
        case submitted(correctionsUntil: Int?)
    }

    /// The month's last day and closing time (C2, C8).
    public struct Deadline: Equatable, Sendable {
        public var month: Int
        public var day: Int
        /// Minutes after midnight; 24:00 is 1440.
        public var close: Int

        public init(month: Int, day: Int, close: Int) {
            self.month = month
            self.day = day
            self.close = close
        }
    }

    /// A line for the warning area, as a value; `warnings` words them.
    public enum Caution: Equatable, Sendable {
        /// C2: the deadline day while open: send now.
        case deadlineSendNow(close: Int)
        /// C2, C7: the deadline day before opening: send as soon as it opens.
        case deadlineSendAtOpening(close: Int, opensAt: Int)
        /// C7: the last day is busy.
        case peakLastDay
        /// C7: the day after a run of days off is busy; send before the deadline day.
        case peakAfterDaysOff(deadlineDay: Int)
        /// [S0]: the change freeze, through `throughDay`.
        case freeze(throughDay: Int)
        /// C2, T10: the deadline is a day off and some desks are closed then; send earlier.
        case desksClosedOnDeadline(DeadlineDayOff)
    }

    public var phase: Phase
    public var day: CalendarDay
    /// The claim month (`YYYY-MM`) is already submitted (受領書 recorded).
    public var submitted: Bool
    /// What the top of the main screen says.
    public var topLine: Headline
    /// The warning area: deadline, peak, freeze.
    public var cautions: [Caution]
    /// Before opening on a window day: minutes until the system opens (C1).
    public var minutesUntilOpen: Int?
    /// While open: minutes until today's closing time (C1, C2, C8).
    public var minutesUntilClose: Int?

    /// One line for the top of the main screen, worded by the calendar catalog.
    public var headline: String { Messages.calendar.headline(topLine) }
    /// Lines for the warning area, worded by the calendar catalog.
    public var warnings: [String] { cautions.map(Messages.calendar.caution) }

    /// C1, C7: how long before closing the headline counts the minutes down.
    public static let lastHour = 60

    /// `submitted`: the claim month of `now` is confirmed for every payer.
    public static func at(_ now: LocalDateTime, calendar: SubmissionCalendar, submitted: Bool = false) -> WindowStatus {
        let date = now.date
        let day = calendar.day(date)
        let rules = calendar.rules
        let deadlineDay = calendar.deadline(year: date.year, month: date.month)
        let deadline = Deadline(month: date.month, day: deadlineDay.day, close: deadlineDay.close)
        let minute = now.minuteOfDay

        let phase: Phase
        var headline: Headline
        var untilOpen: Int?
        var untilClose: Int?
        if day.closed && date.day <= rules.closedThroughDay {
            // C5: closed on days 1–4; no time-of-day advice while the system is closed (C7).
            phase = .notYetOpen
            let opens = CivilDate.nearest(year: date.year, month: date.month, day: rules.firstWindowDay)
            headline = .notYetOpen(opens: opens, inDays: opens.dayNumber - date.dayNumber)
        } else if let hours = day.submission {
            if minute < hours.open {
                // C1: a window day before opening: say when it opens, nothing about quiet hours (C7).
                phase = .opensLaterToday
                untilOpen = hours.open - minute
                headline = day.deadline
                    ? .opensLaterOnDeadline(opensAt: hours.open, minutesLeft: hours.open - minute, closesAt: hours.close)
                    : .opensLater(opensAt: hours.open, minutesLeft: hours.open - minute, closesAt: hours.close, deadline: deadline)
            } else if minute < hours.close {
                phase = .open
                untilClose = hours.close - minute
                if hours.close - minute <= lastHour {
                    // C1/C2/C8: the last hour before today's closing time (21:00, 24:00 or an extension's).
                    headline = day.deadline
                        ? .lastHourOnDeadline(minutesLeft: hours.close - minute, closesAt: hours.close)
                        : .lastHour(minutesLeft: hours.close - minute, closesAt: hours.close, deadline: deadline)
                } else {
                    headline = day.deadline ? .openOnDeadline(closesAt: hours.close) : .open(closesAt: hours.close, deadline: deadline)
                }
            } else if day.deadline {
                phase = date.day < rules.lastCorrectionDay ? .correctionsOnly : .closed
                headline = phase == .correctionsOnly ? .correctionsOnly(month: date.month, lastDay: rules.lastCorrectionDay) : .monthOver
            } else {
                phase = .closedForToday
                headline = .closedForToday(deadline: deadline)
            }
        } else if day.correction != nil {
            phase = .correctionsOnly
            headline = .correctionsOnly(month: date.month, lastDay: rules.lastCorrectionDay)
        } else {
            phase = .closed
            headline = .closedUntil(next: nextOpening(after: date, rules: rules))
            if day.closed && date.month == 12 {
                headline = .yearEndClosure(from: rules.yearEndClosureFrom, reopensOn: rules.firstWindowDay)
            }
        }
        if submitted && phase != .notYetOpen {
            headline = .submitted(correctionsUntil: phase == .correctionsOnly ? rules.lastCorrectionDay : nil)
        }

        var cautions: [Caution] = []
        if !submitted, day.deadline, let hours = day.submission {
            // C2: "send now" only while it can be done; before opening, say when (C7: no contradiction).
            if phase == .open {
                cautions.append(.deadlineSendNow(close: deadline.close))
            } else if phase == .opensLaterToday {
                cautions.append(.deadlineSendAtOpening(close: deadline.close, opensAt: hours.open))
            }
        }
        if day.peak && !submitted && (phase == .open || phase == .opensLaterToday) {
            // C7: only what the sources say: the last day and the day after a run of days off are
            // busy; send early in the window. No quiet hours: no source gives any.
            cautions.append(day.deadline ? .peakLastDay : .peakAfterDaysOff(deadlineDay: deadline.day))
        }
        if day.freeze {
            cautions.append(.freeze(throughDay: max(rules.freezeThroughDay, deadline.day)))
        }
        return WindowStatus(phase: phase, day: day, submitted: submitted, topLine: headline, cautions: cautions,
                            minutesUntilOpen: untilOpen, minutesUntilClose: untilClose)
    }

    /// `30分`, `1時間`, `1時間30分`: a span of minutes as clerks say it (the calendar catalog's).
    public static func span(_ minutes: Int) -> String {
        Messages.calendar.span(minutes: minutes)
    }

    static func nextOpening(after date: CivilDate, rules: SubmissionRules) -> CivilDate {
        let year = date.month == 12 ? date.year + 1 : date.year
        let month = date.month == 12 ? 1 : date.month + 1
        return CivilDate.nearest(year: year, month: month, day: rules.firstWindowDay)
    }
}

extension WindowStatus {
    /// Where `now` stands for this clinic: its calendar, and whether its claim month is in.
    public static func at(_ now: LocalDateTime, calendar: SubmissionCalendar, progress: SavedProgress) -> WindowStatus {
        at(now, calendar: calendar, submitted: progress.isSubmitted(year: now.date.year, month: now.date.month))
    }
}
