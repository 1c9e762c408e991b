/// The hours and limits of online claiming. Data, not code, because they may change:
/// loaded from `Assets/calendar.json` when present; the defaults are domain.md's.
public struct SubmissionRules: Codable, Equatable, Sendable {
    /// C1: days 5–7 08:00–21:00, days 8–10 08:00–24:00 (weekends and holidays included).
    public var windows: [DayHours]
    /// C3: ASP corrections after the deadline (11th–12th 08:00–21:00); within the window they
    /// follow the submission hours.
    public var corrections: [DayHours]
    /// C4: 帳票 and 返戻 downloads from the 5th to month end; hours as the window, else these.
    public var downloadHours: Hours
    /// C5: closed on days 1–4 and from this day of December to its end.
    public var closedThroughDay: Int
    public var yearEndClosureFrom: Int
    /// C6: 導通試験 and 確認試験 from the 5th to month end, these hours.
    public var testHours: Hours
    /// Change freeze [S0]: from this many days before the window opens through this day.
    public var freezeDaysBefore: Int
    public var freezeThroughDay: Int
    /// C7: a window day after at least this many days off in a row is a peak day.
    public var peakAfterDaysOff: Int

    public static let standard = SubmissionRules(
        windows: [DayHours(from: 5, to: 7, hours: Hours(open: 8 * 60, close: 21 * 60)),
                  DayHours(from: 8, to: 10, hours: Hours(open: 8 * 60, close: 24 * 60))],
        corrections: [DayHours(from: 11, to: 12, hours: Hours(open: 8 * 60, close: 21 * 60))],
        downloadHours: Hours(open: 8 * 60, close: 21 * 60),
        closedThroughDay: 4,
        yearEndClosureFrom: 29,
        testHours: Hours(open: 8 * 60, close: 21 * 60),
        freezeDaysBefore: 3,
        freezeThroughDay: 12,
        peakAfterDaysOff: 3
    )

    public var firstWindowDay: Int { windows.map(\.from).min() ?? 5 }
    public var lastWindowDay: Int { windows.map(\.to).max() ?? 10 }
    public var lastCorrectionDay: Int { max(corrections.map(\.to).max() ?? lastWindowDay, lastWindowDay) }
}

/// Opening hours in minutes after midnight; 24:00 is 1440.
public struct Hours: Codable, Equatable, Sendable {
    public var open: Int
    public var close: Int

    public init(open: Int, close: Int) {
        self.open = open
        self.close = close
    }

    public func contains(minute: Int) -> Bool { minute >= open && minute < close }

    public var openText: String { Hours.text(open) }
    public var closeText: String { Hours.text(close) }

    /// `08:00`, `24:00`.
    public static func text(_ minutes: Int) -> String {
        let h = minutes / 60, m = minutes % 60
        return (h < 10 ? "0\(h)" : "\(h)") + ":" + (m < 10 ? "0\(m)" : "\(m)")
    }

    /// `8:00`, `21:00`: one time as clerks read it (no leading zero).
    public static func clock(_ minutes: Int) -> String {
        "\(minutes / 60):" + Hours.text(minutes).suffix(2)
    }

    /// `8:00〜21:00`, as clerks read it.
    public var japanese: String {
        "\(open / 60):\(Hours.text(open).suffix(2))〜\(close / 60):\(Hours.text(close).suffix(2))"
    }

    enum CodingKeys: String, CodingKey { case open, close }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func minutes(_ key: CodingKeys) throws -> Int {
            let text = try c.decode(String.self, forKey: key)
            let parts = text.split(separator: ":")
            guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...24).contains(h), (0...59).contains(m) else {
                throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: Messages.calendar.notAClockTime(text))
            }
            return h * 60 + m
        }
        open = try minutes(.open)
        close = try minutes(.close)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(openText, forKey: .open)
        try c.encode(closeText, forKey: .close)
    }
}

/// Hours that apply from one day of the month to another.
public struct DayHours: Codable, Equatable, Sendable {
    public var from: Int
    public var to: Int
    public var hours: Hours

    public init(from: Int, to: Int, hours: Hours) {
        self.from = from
        self.to = to
        self.hours = hours
    }
}

/// An extension announced by the 支払基金/国保 (C8), recorded by the clerk for one month.
public struct WindowExtension: Codable, Equatable, Sendable {
    /// The claim month, `YYYY-MM`.
    public var month: String
    /// The new last day and closing time, e.g. the 12th 21:00.
    public var untilDay: Int
    public var until: Hours
    public var note: String
    /// The payer whose system was extended; nil for both (C8: 支払基金 and 国保連 are separate
    /// systems, an outage may hit one only).
    public var payer: Payer?

    public init(month: String, untilDay: Int, closeMinute: Int, note: String = "", payer: Payer? = nil) {
        self.month = month
        self.untilDay = untilDay
        self.until = Hours(open: 8 * 60, close: closeMinute)
        self.note = note
        self.payer = payer
    }
}
