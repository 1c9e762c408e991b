/// The years the program computes with (issue 16): the holiday table, the submission calendar
/// and the setup timeline are only right for 2000–2099, so a date a person or a script gives
/// (a typed date, `--now`, a change's date, a calendar month, a tape's `Env`) must fall inside.
/// Stored values are still read over the whole of `CivilDate`'s range, but are only computed
/// with when they fall inside (a saved 9999-12-31 gives a message, never a crash).
extension CivilDate {
    public static let supportedYears: ClosedRange<Int> = 2000...2099

    /// True when the calendar and the timeline can be computed from this date.
    public var isSupported: Bool { Self.supportedYears.contains(year) }

    /// The exact form `2026-12-08`, in the supported years; nil otherwise.
    public init?(accepting text: String) {
        guard let date = CivilDate(parsing: text), date.isSupported else { return nil }
        self = date
    }
}

extension LocalDateTime {
    /// A moment given on the command line or in a tape (`2026-12-09T10:00`), in the supported years.
    public init?(accepting text: String) {
        guard let moment = LocalDateTime(parsing: text), moment.date.isSupported else { return nil }
        self = moment
    }
}

public enum SupportedYearsWording {
    /// 「2000年〜2099年」: how every range message names the years.
    public static var span: String { "\(CivilDate.supportedYears.lowerBound)年〜\(CivilDate.supportedYears.upperBound)年" }
}

extension CivilDate {
    /// The nearest real date to year/month/day (day clamped to the month, month to 1–12, year to
    /// 1–9999): date math that must give a date (the 5th of next month, the 1st of this month)
    /// without a force-unwrap that input could reach (issue 16).
    public static func nearest(year: Int, month: Int, day: Int) -> CivilDate {
        let year = min(max(year, 1), 9999), month = min(max(month, 1), 12)
        let day = min(max(day, 1), daysIn(year: year, month: month))
        return CivilDate(year: year, month: month, day: day) ?? CivilDate(dayNumber: 0)
    }
}
