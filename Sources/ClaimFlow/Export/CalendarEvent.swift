/// One day or span the clinic carries to its own calendar (issue 14): all-day events on floating
/// dates (a Japanese clinic's days; no time zone to get wrong on a phone). `uid` is stable, so a
/// re-import updates the event instead of adding a second one.
public struct CalendarEvent: Equatable, Sendable {
    /// e.g. `window-2027-01@seikyu`.
    public var uid: String
    public var first: CivilDate
    /// The last day, inclusive (the file writes the day after, as RFC 5545 wants).
    public var last: CivilDate
    public var summary: String
    public var description: String

    public init(uid: String, first: CivilDate, last: CivilDate? = nil, summary: String, description: String = "") {
        self.uid = uid
        self.first = first
        self.last = last ?? first
        self.summary = summary
        self.description = description
    }
}

/// The events of one year: each month's window and deadline (C1, C2, C8), the ASP correction end
/// (C3), the change freeze for a clinic that claims ([S0]: the calendar's duty decides), recorded
/// extensions (C8), planned changes ([S0]) and the certificate deadlines (issue 14).
public enum CalendarExport {
    public static func events(year: Int, calendar: SubmissionCalendar, changes: [ChangeRecord],
                              certificates: [Certificate]) -> [CalendarEvent] {
        let words = CalendarExportWords.self
        var events: [CalendarEvent] = []
        for month in 1...12 {
            let key = SubmissionCalendar.monthKey(year: year, month: month)
            let days = calendar.month(year: year, month: month)
            let sending = days.filter { $0.submission != nil }
            if let first = sending.first, let last = sending.last {
                events.append(CalendarEvent(uid: "window-\(key)@seikyu", first: first.date, last: last.date,
                                            summary: words.window(month: month),
                                            description: words.windowDetail(calendar.rules.windows)))
            }
            if let deadline = days.first(where: \.deadline), let hours = deadline.submission {
                events.append(CalendarEvent(uid: "deadline-\(key)@seikyu", first: deadline.date,
                                            summary: words.deadline(month: month, close: hours.closeText, extended: deadline.extended),
                                            description: words.deadlineDetail))
            }
            if let correction = days.last(where: { $0.correction != nil }), let hours = correction.correction {
                events.append(CalendarEvent(uid: "correction-end-\(key)@seikyu", first: correction.date,
                                            summary: words.correctionEnd(close: hours.closeText)))
            }
            let frozen = days.filter(\.freeze)
            if let first = frozen.first, let last = frozen.last {
                events.append(CalendarEvent(uid: "freeze-\(key)@seikyu", first: first.date, last: last.date,
                                            summary: words.freeze, description: words.freezeDetail))
            }
            for recorded in calendar.extensions where recorded.month == key {
                guard let day = CivilDate(year: year, month: month, day: recorded.untilDay) else { continue }
                events.append(CalendarEvent(uid: "extension-\(key)-\(recorded.payer?.rawValue ?? "both")@seikyu", first: day,
                                            summary: words.extensionRecorded(payer: recorded.payer, close: recorded.until.closeText)))
            }
        }
        for change in changes where !change.isDone && change.date.year == year {
            events.append(CalendarEvent(uid: "change-\(change.id)@seikyu", first: change.date,
                                        summary: words.plannedChange(change.kind, note: change.note)))
        }
        for certificate in certificates {
            var dates: [(String, CivilDate, String)] = [
                ("renewal", certificate.renewalFrom, words.renewalFrom(certificate)),
                ("expiry", certificate.expiry, words.expiry(certificate)),
            ]
            if !certificate.isInstalled { dates.insert(("download", certificate.downloadBy, words.downloadBy(certificate)), at: 0) }
            for (what, date, summary) in dates where date.year == year {
                events.append(CalendarEvent(uid: "certificate-\(certificate.id)-\(what)@seikyu", first: date, summary: summary,
                                            description: words.certificateDetail))
            }
        }
        return events
    }
}
