import ClaimFlow

/// The month as a grid a clerk reads at a glance: one row per week, each day with all its marks.
/// Marks are single kanji (never ambiguous-width symbols); `>` marks today.
///
/// A cell is `cellWidth` columns: the today marker, the day (2 columns), then marks of 2
/// columns each in `markRoom` (three), and a gap. A day with more marks (the 10th is 送締混止,
/// a holiday deadline 送締混止祝) continues on an extra row under its week, in the same
/// columns, so every mark shows and no wide character is ever split or clipped (7 × 10
/// columns fit the 76 the body has at 80x24; at most one such row a month, so even a six-week
/// month keeps its legend, holidays and changes on one screen without scrolling).
enum CalendarView {
    /// Every mark the grid can draw, in the order a cell shows them, with what it means.
    static let marks: [(mark: Character, meaning: String)] = [
        ("送", "送信できる"), ("訂", "訂正だけ"), ("試", "導通・確認試験"), ("帳", "返戻・帳票の取得"),
        ("閉", "システム停止"), ("締", "締め切り"), ("混", "混む日"), ("止", "変更禁止"), ("祝", "祝日"),
    ]
    static let cellWidth = 10
    /// The marker, two digits, and one column of gap before the next cell.
    static var markRoom: Int { cellWidth - 4 }

    static func screen(_ state: AppState, _ context: ViewContext) -> Screen {
        let today = context.now.date
        let monthIndex = today.year * 12 + (today.month - 1) + state.calendarOffset
        let year = monthIndex / 12, month = monthIndex % 12 + 1
        let calendar = context.today(state).calendar
        let days = calendar.month(year: year, month: month)
        let deadline = calendar.deadline(year: year, month: month)
        let submitted = state.progress.isSubmitted(year: year, month: month)

        var body: [Block] = []
        var summary = "締め切り: \(month)月\(deadline.day)日 \(Hours.text(deadline.close))"
        if calendar.extensionFor(year: year, month: month) != nil { summary += "（延長）" }
        if submitted { summary += "  この月は送信済みです（受領書あり）" }
        body.append(.paragraph(summary, submitted ? .checked : .plain))
        body.append(.paragraph(CivilDate.weekdayNames.map { " " + $0 + String(repeating: " ", count: cellWidth - 3) }.joined()))
        body += weekRows(days, today: today).map { .paragraph($0) }
        body += legend(calendar.rules).map { .paragraph($0, .dim) }
        let holidays = days.compactMap { day in day.holiday.map { "\(day.date.day)日 \($0)" } }
        if !holidays.isEmpty { body.append(.paragraph("祝日: " + holidays.joined(separator: "、"))) }
        let changes = state.progress.changes.filter { $0.date.year == year && $0.date.month == month }
        if !changes.isEmpty {
            body.append(.paragraph("変更の予定・記録: " + changes.map { "\($0.date.day)日 \($0.kind.japanese)" }.joined(separator: "、"),
                                   changes.contains { calendar.day($0.date).freeze } ? .warning : .plain))
        }
        return Screen(place: "カレンダー", heading: "\(year)年\(month)月の送信スケジュール", body: body, hints: Hints.calendar)
    }

    /// Every mark that applies to a day, in the order of `marks`.
    static func marks(for day: CalendarDay) -> [Character] {
        var result: [Character] = []
        if day.closed {
            result.append("閉") // C5
        } else if day.submission != nil {
            result.append("送") // C1, C8
        } else if day.correction != nil {
            result.append("訂") // C3
        } else {
            // After the window and the corrections: what can still be done (on 送・訂 days these
            // are open too; the legend says so rather than crowding every window day).
            if day.test != nil { result.append("試") } // C6: 導通試験・確認試験, 5th to month end
            if day.download != nil { result.append("帳") } // C4: 返戻・帳票, 5th to month end, a duty
        }
        if day.deadline { result.append("締") } // C2, C8
        if day.peak { result.append("混") } // C7
        if day.freeze { result.append("止") } // [S0] change freeze
        if day.holiday != nil { result.append("祝") } // [HOL]
        return result
    }

    /// The marks of one day split into rows that each fit `markRoom` columns.
    static func markRows(_ marks: [Character]) -> [String] {
        var rows: [String] = []
        var row = ""
        for mark in marks {
            if !row.isEmpty, DisplayWidth.of(row) + DisplayWidth.of(mark) > markRoom {
                rows.append(row)
                row = ""
            }
            row.append(mark)
        }
        if !row.isEmpty || rows.isEmpty { rows.append(row) }
        return rows
    }

    /// The week rows of the grid: one per week, plus a row per week for marks that did not fit.
    static func weekRows(_ days: [CalendarDay], today: CivilDate) -> [String] {
        guard let first = days.first else { return [] }
        var lines: [String] = []
        var week: [[String]] = Array(repeating: [""], count: first.date.weekday) // blank cells
        func flush() {
            let height = week.map(\.count).max() ?? 1
            for row in 0..<height {
                var line = ""
                for cell in week {
                    let text = row < cell.count ? cell[row] : ""
                    line += text + String(repeating: " ", count: max(cellWidth - DisplayWidth.of(text), 0))
                }
                while line.last == " " { line.removeLast() }
                lines.append(line)
            }
            week = []
        }
        for day in days {
            let rows = markRows(marks(for: day))
            let head = (day.date == today ? ">" : " ") + (day.date.day < 10 ? " " : "") + "\(day.date.day)"
            week.append([head + rows[0]] + rows.dropFirst().map { "   " + $0 })
            if day.date.weekday == 6 { flush() }
        }
        if !week.isEmpty { flush() }
        return lines
    }

    /// What every mark means, and the hours of 試 and 帳 from the rules (C4, C6).
    static func legend(_ rules: SubmissionRules) -> [String] {
        func entries(_ symbols: String) -> String {
            symbols.compactMap { symbol in marks.first { $0.mark == symbol }.map { "\($0.mark)=\($0.meaning)" } }
                .joined(separator: "  ")
        }
        let test = rules.testHours.japanese, download = rules.downloadHours.japanese
        var hours = test == download ? "試・帳は \(test)" : "試は \(test)、帳は \(download)"
        hours += "、送・訂の日にもできます"
        // C4: on window days downloads follow the submission hours (24:00 on 8–10).
        let longer = rules.windows.filter { $0.hours != rules.downloadHours }
            .map { "\($0.from)〜\($0.to)日 \($0.hours.closeText)" }
        if !longer.isEmpty { hours += "（帳は" + longer.joined(separator: "、") + "まで）" }
        return [entries("送訂試帳"), entries("閉締混止祝") + "  >=今日", hours]
    }
}
