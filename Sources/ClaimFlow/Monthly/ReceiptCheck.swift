/// A 受領書 whose printed time cannot be right (C1, C3, C5): the system issues one only while it
/// accepts claims or corrections. Such a receipt is still kept; the clerk is asked to check it.
public enum ReceiptCheck {
    /// Why a printed time is doubtful; `MonthlyMessages.receiptDoubt` words it.
    public enum Doubt: Equatable, Sendable {
        /// C1, C3, C5: a time the system accepts neither claims nor corrections.
        case printedWhileClosed(LocalDateTime)
        /// A time that has not come yet.
        case printedInFuture(LocalDateTime)
    }

    /// Why the printed time is doubtful, or nil when it is a time the system was open.
    public static func doubt(printedAt: LocalDateTime, now: LocalDateTime, calendar: SubmissionCalendar) -> Doubt? {
        if now < printedAt { return .printedInFuture(printedAt) }
        let day = calendar.day(printedAt.date)
        let minute = printedAt.minuteOfDay
        for hours in [day.submission, day.correction].compactMap({ $0 }) where hours.open <= minute && minute < hours.close {
            return nil
        }
        return .printedWhileClosed(printedAt)
    }
}
