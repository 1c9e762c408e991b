import ClaimFlow

/// The month as a grid a clerk reads at a glance: one row per week, each day with its marks.
/// Marks are single kanji (never ambiguous-width symbols); `>` marks today.
enum CalendarView {
    static let legend = ["送=送信できる  訂=訂正だけ  閉=システム停止  祝=祝日", "締=締め切り  混=混む日  止=変更禁止  >=今日"]
    static let cellWidth = 10

    static func screen(_ state: AppState, _ context: ViewContext) -> Screen {
        let today = context.now.date
        let monthIndex = today.year * 12 + (today.month - 1) + state.calendarOffset
        let year = monthIndex / 12, month = monthIndex % 12 + 1
        let calendar = context.engine.calendar(for: state.progress)
        let days = calendar.month(year: year, month: month)
        let deadline = calendar.deadline(year: year, month: month)
        let submitted = state.progress.submittedMonths.contains(SubmissionCalendar.monthKey(year: year, month: month))

        var body: [Block] = []
        var summary = "締め切り: \(month)月\(deadline.day)日 \(Hours.text(deadline.close))"
        if calendar.extensionFor(year: year, month: month) != nil { summary += "（延長）" }
        if submitted { summary += "  この月は送信済みです（受領書あり）" }
        body.append(.paragraph(summary, submitted ? .checked : .plain))
        body.append(.paragraph(CivilDate.weekdayNames.map { " " + $0 + String(repeating: " ", count: cellWidth - 3) }.joined()))
        var week = String(repeating: " ", count: cellWidth * days[0].date.weekday)
        for day in days {
            week += cell(day, today: today)
            if day.date.weekday == 6 || day.date.day == days.count {
                while week.last == " " { week.removeLast() }
                body.append(.paragraph(week))
                week = ""
            }
        }
        body += legend.map { .paragraph($0, .dim) }
        let holidays = days.compactMap { day in day.holiday.map { "\(day.date.day)日 \($0)" } }
        if !holidays.isEmpty { body.append(.paragraph("祝日: " + holidays.joined(separator: "、"))) }
        let changes = state.progress.changes.filter { $0.date.year == year && $0.date.month == month }
        if !changes.isEmpty {
            body.append(.paragraph("変更の予定・記録: " + changes.map { "\($0.date.day)日 \($0.kind.japanese)" }.joined(separator: "、"),
                                   changes.contains { calendar.day($0.date).freeze } ? .warning : .plain))
        }
        return Screen(place: "カレンダー", heading: "\(year)年\(month)月の送信スケジュール", body: body, hints: Hints.calendar)
    }

    /// `>10送締止祝`: today marker, day, then the marks, padded to the cell width.
    static func cell(_ day: CalendarDay, today: CivilDate) -> String {
        var text = (day.date == today ? ">" : " ") + (day.date.day < 10 ? " " : "") + "\(day.date.day)"
        if day.closed { text += "閉" } else if day.submission != nil { text += "送" } else if day.correction != nil { text += "訂" }
        if day.deadline { text += "締" } else if day.peak { text += "混" }
        if day.freeze { text += "止" }
        // Four marks would not fit the cell: the holiday list below still names the day.
        if day.holiday != nil, DisplayWidth.of(text) + 2 <= cellWidth { text += "祝" }
        return text + String(repeating: " ", count: max(cellWidth - DisplayWidth.of(text), 0))
    }
}
