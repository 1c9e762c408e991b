/// Where a moment stands in the month's submission window, worded as what to do.
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

    public var phase: Phase
    public var day: CalendarDay
    /// The claim month (`YYYY-MM`) is already submitted (受領書 recorded).
    public var submitted: Bool
    /// One line for the top of the main screen.
    public var headline: String
    /// Lines for the warning area: deadline, peak, freeze.
    public var warnings: [String]
    /// Before opening on a window day: minutes until the system opens (C1).
    public var minutesUntilOpen: Int?
    /// While open: minutes until today's closing time (C1, C2, C8).
    public var minutesUntilClose: Int?

    /// C1, C7: how long before closing the headline counts the minutes down.
    public static let lastHour = 60

    /// `submitted`: the claim month of `now` is confirmed for every payer.
    public static func at(_ now: LocalDateTime, calendar: SubmissionCalendar, submitted: Bool = false) -> WindowStatus {
        let date = now.date
        let day = calendar.day(date)
        let rules = calendar.rules
        let deadline = calendar.deadline(year: date.year, month: date.month)
        let minute = now.minuteOfDay
        let deadlineText = "\(date.month)月\(deadline.day)日 \(Hours.text(deadline.close))"

        let phase: Phase
        var headline: String
        var untilOpen: Int?
        var untilClose: Int?
        if day.closed && date.day <= rules.closedThroughDay {
            // C5: closed on days 1–4; no time-of-day advice while the system is closed (C7).
            phase = .notYetOpen
            let opens = CivilDate(year: date.year, month: date.month, day: rules.firstWindowDay)!
            let inDays = opens.dayNumber - date.dayNumber
            headline = "今月の送信は \(date.month)月\(opens.day)日 8:00 からです（あと\(inDays)日）。準備を進めておきましょう。"
        } else if let hours = day.submission {
            if minute < hours.open {
                // C1: a window day before opening: say when it opens, nothing about quiet hours (C7).
                phase = .opensLaterToday
                untilOpen = hours.open - minute
                let opens = "\(Hours.clock(hours.open)) から送信できます（あと\(WindowStatus.span(hours.open - minute))）。"
                headline = day.deadline
                    ? opens + "締め切りは今日 \(hours.closeText) です。"
                    : opens + "今日は \(hours.closeText) まで、締め切りは \(deadlineText) です。"
            } else if minute < hours.close {
                phase = .open
                untilClose = hours.close - minute
                if hours.close - minute <= lastHour {
                    // C1/C2/C8: the last hour before today's closing time (21:00, 24:00 or an extension's).
                    let left = WindowStatus.span(hours.close - minute)
                    headline = day.deadline
                        ? "締め切りまであと\(left)です（今日 \(hours.closeText) まで）。"
                        : "今日の受付終了まであと\(left)です（\(hours.closeText) まで）。締め切りは \(deadlineText) です。"
                } else {
                    headline = day.deadline
                        ? "今日が締め切りです。\(hours.closeText) までに送信してください。"
                        : "送信できます（今日は \(hours.closeText) まで）。締め切りは \(deadlineText) です。"
                }
            } else if day.deadline {
                phase = date.day < rules.lastCorrectionDay ? .correctionsOnly : .closed
                headline = phase == .correctionsOnly
                    ? "新しい請求は締め切りました。訂正（事務点検ASP）は \(date.month)月\(rules.lastCorrectionDay)日 21:00 までです。"
                    : "今月の受付は終わりました。"
            } else {
                phase = .closedForToday
                headline = "今日の受付は終わりました。明日 8:00 から送信できます。締め切りは \(deadlineText) です。"
            }
        } else if day.correction != nil {
            phase = .correctionsOnly
            headline = "新しい請求は締め切りました。訂正（事務点検ASP）は \(date.month)月\(rules.lastCorrectionDay)日 21:00 までです。"
        } else {
            phase = .closed
            let next = nextOpening(after: date, rules: rules)
            headline = "今月の受付は終わりました。次は \(next.month)月\(next.day)日 8:00 からです。"
            if day.closed && date.month == 12 {
                headline = "年末はシステムが止まっています（12月\(rules.yearEndClosureFrom)日〜31日）。次は 1月\(rules.firstWindowDay)日 8:00 からです。"
            }
        }
        if submitted && phase != .notYetOpen {
            headline = "今月分は送信済みです（受領書を記録しました）。" + (phase == .correctionsOnly ? "訂正は \(rules.lastCorrectionDay)日 21:00 まで。" : "")
        }

        var warnings: [String] = []
        if !submitted, day.deadline, let hours = day.submission {
            // C2: "send now" only while it can be done; before opening, say when (C7: no contradiction).
            if phase == .open {
                warnings.append("今日が締め切りです（\(Hours.text(deadline.close))まで）。まだなら今すぐ送信してください。")
            } else if phase == .opensLaterToday {
                warnings.append("今日が締め切りです（\(Hours.text(deadline.close))まで）。\(Hours.clock(hours.open)) になったら、すぐに送信してください。")
            }
        }
        if day.peak && !submitted && (phase == .open || phase == .opensLaterToday) {
            // C7: only what the sources say: the last day and the day after a run of days off are
            // busy; send early in the window. No quiet hours: no source gives any.
            warnings.append(day.deadline
                ? "今日は混み合う日です（最終日）。"
                : "今日は混み合う日です（連休明け）。\(deadline.day)日を待たず、早めに送信してください。")
        }
        if day.freeze {
            warnings.append("変更禁止の期間です（\(max(rules.freezeThroughDay, deadline.day))日まで）。回線・機器・証明書は変えないでください。")
        }
        return WindowStatus(phase: phase, day: day, submitted: submitted, headline: headline, warnings: warnings,
                            minutesUntilOpen: untilOpen, minutesUntilClose: untilClose)
    }

    /// `30分`, `1時間`, `1時間30分`: a span of minutes as clerks say it.
    public static func span(_ minutes: Int) -> String {
        let h = minutes / 60, m = minutes % 60
        if h == 0 { return "\(m)分" }
        return m == 0 ? "\(h)時間" : "\(h)時間\(m)分"
    }

    static func nextOpening(after date: CivilDate, rules: SubmissionRules) -> CivilDate {
        let year = date.month == 12 ? date.year + 1 : date.year
        let month = date.month == 12 ? 1 : date.month + 1
        return CivilDate(year: year, month: month, day: rules.firstWindowDay)!
    }
}

extension WindowStatus {
    /// Where `now` stands for this clinic: its calendar, and whether its claim month is in.
    public static func at(_ now: LocalDateTime, calendar: SubmissionCalendar, progress: SavedProgress) -> WindowStatus {
        at(now, calendar: calendar, submitted: progress.isSubmitted(year: now.date.year, month: now.date.month))
    }
}
