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
    static var words: any ScreenMessages { Messages.screen }

    /// Every mark the grid can draw, in the order a cell shows them, with what it means.
    static var marks: [(mark: Character, meaning: String)] {
        DayMark.allCases.map { words.mark($0) }.map { (mark: $0.glyph, meaning: $0.meaning) }
    }
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
        var summary = words.calendarDeadline(month: month, day: deadline.day, close: deadline.close)
        if calendar.extensionFor(year: year, month: month) != nil { summary += words.text(.calendarExtended) }
        if submitted { summary += "  " + words.text(.calendarSubmitted) }
        body.append(.paragraph(summary, submitted ? .checked : .plain))
        body.append(.paragraph(CivilDate.weekdayNames.map { " " + $0 + String(repeating: " ", count: cellWidth - 3) }.joined()))
        body += weekRows(days, today: today).map { .paragraph($0) }
        body += legend(calendar.rules).map { .paragraph($0, .dim) }
        let holidays = days.compactMap { day in day.holiday.map { (day: day.date.day, name: $0) } }
        if !holidays.isEmpty { body.append(.paragraph(words.holidays(holidays))) }
        // Planned and done changes; a cancelled one is only in the changes list [S0].
        let changes = state.progress.changes.filter { !$0.isCancelled && $0.date.year == year && $0.date.month == month }
        if !changes.isEmpty {
            body.append(.paragraph(words.changes(changes.map { (day: $0.date.day, kind: $0.kind) }),
                                   changes.contains { $0.isPlanned && calendar.day($0.date).freeze } ? .warning : .plain))
        }
        return Screen(place: words.text(.calendarPlace), heading: words.calendarHeading(year: year, month: month), body: body,
                      hints: Hints.calendar)
    }

    /// Every mark that applies to a day, in the order of `DayMark`.
    static func dayMarks(for day: CalendarDay) -> [DayMark] {
        var result: [DayMark] = []
        if day.closed {
            result.append(.closed) // C5
        } else if day.submission != nil {
            result.append(.send) // C1, C8
        } else if day.correction != nil {
            result.append(.correct) // C3
        } else {
            // After the window and the corrections: what can still be done (on send and correction
            // days these are open too; the legend says so rather than crowding every window day).
            if day.test != nil { result.append(.test) } // C6: 導通試験・確認試験, 5th to month end
            if day.download != nil { result.append(.download) } // C4: 返戻・帳票, 5th to month end, a duty
        }
        if day.deadline { result.append(.deadline) } // C2, C8
        if day.peak { result.append(.peak) } // C7
        if day.freeze { result.append(.freeze) } // [S0] change freeze
        if day.holiday != nil { result.append(.holiday) } // [HOL]
        return result
    }

    /// The marks of a day as the grid draws them.
    static func marks(for day: CalendarDay) -> [Character] { dayMarks(for: day).map { words.mark($0).glyph } }

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

    /// What every mark means, and the hours of tests and downloads from the rules (C4, C6):
    /// what can be done on a day, then what the day is like.
    static func legend(_ rules: SubmissionRules) -> [String] {
        func entries(_ group: [DayMark]) -> String {
            group.map { words.mark($0) }.map { "\($0.glyph)=\($0.meaning)" }.joined(separator: "  ")
        }
        // C4: on window days downloads follow the submission hours (24:00 on 8–10).
        let longer = rules.windows.filter { $0.hours != rules.downloadHours }
        let hours = words.legendHours(test: rules.testHours, download: rules.downloadHours, longerDownloads: longer)
        return [entries([.send, .correct, .test, .download]),
                entries([.closed, .deadline, .peak, .freeze, .holiday]) + "  >=" + words.text(.todayMark), hours]
    }
}
