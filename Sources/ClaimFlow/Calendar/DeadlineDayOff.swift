/// C2, T10: the deadline (the 10th, or an extension's last day, C8) falls on a Saturday, Sunday
/// or holiday. The system is open that day (C1), but desks that keep weekday hours are not, so a
/// clerk who sends on the last day has no one to call: the warning names them and the last
/// earlier window day on which they are all open, so the clerk sends earlier. Worked out from
/// each desk's own schedule (shipped, or the hours the clinic recorded), never assumed, and from
/// the clock, so it never advises a day already past (C7: no advice the clock contradicts).
public struct DeadlineDayOff: Equatable, Sendable {
    public enum Reason: Equatable, Sendable {
        case saturday
        case sunday
        /// HOL: the holiday's name.
        case holiday(String)
    }

    public var deadline: CivilDate
    public var reason: Reason
    /// The desks closed all that day, by name.
    public var closedDesks: [String]
    /// The latest window day before the deadline, from today on, on which every one of those
    /// desks opens; nil when none is left (then nothing is said about sending earlier).
    public var sendBy: CivilDate?
    public var isToday: Bool

    public init(deadline: CivilDate, reason: Reason, closedDesks: [String], sendBy: CivilDate?, isToday: Bool) {
        self.deadline = deadline
        self.reason = reason
        self.closedDesks = closedDesks
        self.sendBy = sendBy
        self.isToday = isToday
    }

    /// Nil unless this month's deadline, today or later, is a day off on which some desk with
    /// known hours is closed, for a clinic with a claim this month not yet sent.
    public static func at(_ now: LocalDateTime, calendar: SubmissionCalendar, desks: DeskDirectory, submitted: Bool) -> DeadlineDayOff? {
        let today = now.date
        guard !submitted, calendar.duty.hasClaim(on: today),
              let deadline = CivilDate(year: today.year, month: today.month, day: calendar.deadline(year: today.year, month: today.month).day),
              !(deadline < today) else { return nil }
        let day = calendar.day(deadline)
        guard day.dayOff else { return nil }
        let reason: Reason = day.holiday.map(Reason.holiday) ?? (deadline.weekday == 6 ? .saturday : .sunday)
        // T10: only desks whose rules say so; a day with unpublished hours is not called closed.
        let closed = desks.desks.filter { desk in
            guard let hours = desk.hours else { return false }
            return !hours.opens(on: deadline, from: LocalDateTime(date: deadline, hour: 0, minute: 0)) && !hours.hoursUnknown(on: deadline)
        }
        guard !closed.isEmpty else { return nil }
        var sendBy: CivilDate?
        var candidate = deadline.adding(days: -1)
        while !(candidate < today) {
            // C1: a window day; today only while the window and those desks are still to be open.
            let from = candidate == today ? now : LocalDateTime(date: candidate, hour: 0, minute: 0)
            if let window = calendar.day(candidate).submission, candidate != today || now.minuteOfDay < window.close,
               closed.allSatisfy({ $0.hours?.opens(on: candidate, from: from) == true }) {
                sendBy = candidate
                break
            }
            candidate = candidate.adding(days: -1)
        }
        return DeadlineDayOff(deadline: deadline, reason: reason, closedDesks: closed.map(\.name), sendBy: sendBy, isToday: deadline == today)
    }
}

extension DeskSchedule {
    /// Open at some time of `date` from the moment `from` on, by the rules (T10).
    func opens(on date: CivilDate, from: LocalDateTime) -> Bool {
        isOpen(at: from) || nextOpening(after: from)?.date == date
    }
}
