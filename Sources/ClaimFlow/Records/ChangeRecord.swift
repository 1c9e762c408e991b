/// A planned or done change to the claim PC's surroundings [S0]: the first thing a support
/// desk asks about, and the usual cause of "it worked yesterday".
public struct ChangeRecord: Codable, Equatable, Sendable {
    public var id: Int
    public var date: CivilDate
    public var kind: ChangeKind
    public var note: String
    public var recordedAt: LocalDateTime
    /// The day the clerk said a planned change was made (domain "Change freeze": a planned
    /// change becomes done only when the clerk says so, never because its date has passed).
    public var doneOn: CivilDate?

    public init(id: Int, date: CivilDate, kind: ChangeKind, note: String, recordedAt: LocalDateTime, doneOn: CivilDate? = nil) {
        self.id = id
        self.date = date
        self.kind = kind
        self.note = note
        self.recordedAt = recordedAt
        self.doneOn = doneOn
    }

    /// Done when the clerk recorded it on or after its date (a record of what happened), or
    /// later confirmed it. A change recorded ahead of its date stays planned, even once the
    /// date has passed: it may have been postponed or cancelled.
    public var isDone: Bool { doneOn != nil || date <= recordedAt.date }

    /// Still to come (not done); `today` only tells an overdue plan from a future one.
    public func isPlanned(today: CivilDate) -> Bool { !isDone }

    /// Planned, its date has passed, and nobody has said it was made.
    public func isUnconfirmed(today: CivilDate) -> Bool { !isDone && date < today }

    /// The timeline a support desk reads: done changes only, up to `days` back from `today`.
    public static func timeline(_ changes: [ChangeRecord], today: CivilDate, days: Int) -> [ChangeRecord] {
        changes.filter { $0.isDone && $0.date <= today && today.dayNumber - $0.date.dayNumber <= days }
    }

    /// Planned changes from `today` on (not yet done).
    public static func upcoming(_ changes: [ChangeRecord], today: CivilDate) -> [ChangeRecord] {
        changes.filter { !$0.isDone && $0.date >= today }
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
        changes.filter { $0.date >= today }.compactMap { change in
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
