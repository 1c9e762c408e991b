/// A change to the claim PC's surroundings [S0]: the first thing a support desk asks about, and
/// the usual cause of "it worked yesterday". Planned, done or cancelled (domain "Change freeze":
/// a planned change becomes done only when the clerk says so, never because its date passed).
public struct ChangeRecord: Equatable, Sendable {
    public var id: Int
    /// The day of the change: the day planned (planned, cancelled) or the day it was made (done).
    public var date: CivilDate
    public var kind: ChangeKind
    public var note: String
    public var recordedAt: LocalDateTime
    public var state: ChangeState
    /// What the clerk did to the record after recording it, oldest first: the dates and notes it
    /// had before (a postponed change keeps its original date here).
    public var history: [ChangeRevision]

    public init(id: Int, date: CivilDate, kind: ChangeKind, note: String, recordedAt: LocalDateTime,
                state: ChangeState = .planned, history: [ChangeRevision] = []) {
        self.id = id
        self.date = date
        self.kind = kind
        self.note = note
        self.recordedAt = recordedAt
        self.state = state
        self.history = history
    }

    /// A new record: a change dated before the day it is recorded was recorded as already done;
    /// one dated that day or later is planned until the clerk says it was made ([S0] freeze).
    public static func recorded(id: Int, date: CivilDate, kind: ChangeKind, note: String, at now: LocalDateTime) -> ChangeRecord {
        ChangeRecord(id: id, date: date, kind: kind, note: note, recordedAt: now, state: date < now.date ? .done : .planned)
    }

    public var isDone: Bool { state == .done }
    public var isPlanned: Bool { state == .planned }
    public var isCancelled: Bool { state == .cancelled }

    /// Planned, its date has passed, and nobody has said it was made, postponed or cancelled.
    public func isUnconfirmed(today: CivilDate) -> Bool { isPlanned && date < today }

    /// The day a done change was made.
    public var doneOn: CivilDate? { isDone ? date : nil }

    /// The day the clerk cancelled it.
    public var cancelledOn: CivilDate? {
        guard isCancelled else { return nil }
        return history.last { $0.action == .cancelled }?.at.date
    }

    /// The date it had when it was recorded (before any postponement or correction).
    public var originalDate: CivilDate { history.lazy.compactMap(\.fromDate).first ?? date }

    /// The timeline a support desk reads: done changes only, up to `days` back from `today`
    /// (a planned, postponed or cancelled change is not in it [S0]).
    public static func timeline(_ changes: [ChangeRecord], today: CivilDate, days: Int) -> [ChangeRecord] {
        changes.filter { $0.isDone && $0.date <= today && today.dayNumber - $0.date.dayNumber <= days }
    }

    /// Planned changes from `today` on (not done, not cancelled).
    public static func upcoming(_ changes: [ChangeRecord], today: CivilDate) -> [ChangeRecord] {
        changes.filter { $0.isPlanned && $0.date >= today }
    }

    /// Changes still planned, overdue ones included (cancelled and done ones are not).
    public static func planned(_ changes: [ChangeRecord]) -> [ChangeRecord] {
        changes.filter(\.isPlanned)
    }

    /// Planned changes whose date has passed: the clerk is asked to say what became of them.
    public static func overdue(_ changes: [ChangeRecord], today: CivilDate) -> [ChangeRecord] {
        changes.filter { $0.isUnconfirmed(today: today) }
    }
}

/// Where a change stands. Only the clerk moves it from planned (`ChangeCommand`).
public enum ChangeState: String, Codable, Sendable, CaseIterable {
    case planned, done, cancelled
}

/// One thing the clerk did to a recorded change: the date or note before and after.
public struct ChangeRevision: Codable, Equatable, Sendable {
    public enum Action: String, Codable, Sendable, CaseIterable {
        /// Moved to a later day; still planned.
        case postponed
        /// The date or the note corrected.
        case edited
        /// Marked done (with the day it was made, when that was not the planned day).
        case done
        case cancelled
    }

    public var action: Action
    public var at: LocalDateTime
    public var fromDate: CivilDate?
    public var toDate: CivilDate?
    public var fromNote: String?
    public var toNote: String?

    public init(action: Action, at: LocalDateTime, fromDate: CivilDate? = nil, toDate: CivilDate? = nil,
                fromNote: String? = nil, toNote: String? = nil) {
        self.action = action
        self.at = at
        self.fromDate = fromDate
        self.toDate = toDate
        self.fromNote = fromNote
        self.toNote = toNote
    }
}

public enum ChangeKind: String, Codable, Sendable, CaseIterable {
    case lineContract = "line-contract"
    case router
    case hubLAN = "hub-lan"
    case certificate
    case terminal
    case other

    /// What the clerk calls this kind of change, worded by the changes catalog.
    public var japanese: String { Messages.changes.kind(self) }
}

/// The freeze rule applied to a change [S0]: changes just before the deadline are warned about,
/// with the first safe date after the freeze.
public enum FreezeCheck {
    /// A date inside the change freeze [S0], and the first day after it; `ChangeMessages` words it.
    public struct Conflict: Equatable, Sendable {
        public var date: CivilDate
        public var firstSafeDay: CivilDate
    }

    /// A planned change whose date falls in the freeze [S0].
    public struct PlannedConflict: Equatable, Sendable {
        public var kind: ChangeKind
        public var conflict: Conflict
    }

    /// The freeze `date` falls in, or nil when changes are fine that day.
    public static func conflict(for date: CivilDate, calendar: SubmissionCalendar) -> Conflict? {
        guard calendar.day(date).freeze else { return nil }
        return Conflict(date: date, firstSafeDay: nextSafeDate(after: date, calendar: calendar))
    }

    /// Each change still to come that falls in a freeze window (the main screen).
    public static func plannedConflicts(_ changes: [ChangeRecord], today: CivilDate, calendar: SubmissionCalendar) -> [PlannedConflict] {
        ChangeRecord.upcoming(changes, today: today).compactMap { change in
            conflict(for: change.date, calendar: calendar).map { PlannedConflict(kind: change.kind, conflict: $0) }
        }
    }

    /// `conflict(for:)` worded by the changes catalog (for CompletionAction, Facts and `seikyu changes`).
    public static func warning(for date: CivilDate, calendar: SubmissionCalendar) -> String? {
        conflict(for: date, calendar: calendar).map(Messages.changes.dateInFreeze)
    }

    /// `plannedConflicts` worded by the changes catalog, one line each.
    public static func plannedChangeWarnings(_ changes: [ChangeRecord], today: CivilDate, calendar: SubmissionCalendar) -> [String] {
        plannedConflicts(changes, today: today, calendar: calendar).map(Messages.changes.plannedChangeInFreeze)
    }

    /// The first day after the freeze that contains `date` (the freeze is one run of days a month).
    public static func nextSafeDate(after date: CivilDate, calendar: SubmissionCalendar) -> CivilDate {
        let days = calendar.month(year: date.year, month: date.month)
        guard let last = days[(date.day - 1)...].prefix(while: \.freeze).last else { return date }
        return last.date.adding(days: 1)
    }
}
