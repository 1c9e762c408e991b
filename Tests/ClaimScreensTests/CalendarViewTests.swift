import ClaimFlow
import ClaimStore
@testable import ClaimScreens
import Testing

/// The calendar grid as the clerk sees it at 80x24 (issue 12, item 8): every mark of a day
/// shows, 試 and 帳 after the 12th, peaks after the year-end closure, and a legend that explains
/// every mark drawn. The grid is read back from the rendered screen, cell by cell, by display
/// columns, so a clipped or misplaced mark fails here.
@Suite struct CalendarViewTests {
    let catalog: FlowCatalog
    let rules: SubmissionRules
    let clinic: SavedProgress

    init() throws {
        catalog = try AssetFolder.loadFlows(from: assetsDirectory)
        rules = try AssetFolder.loadRules(from: assetsDirectory)
        clinic = try AssetFolder.loadDemo(from: assetsDirectory)
    }

    /// The calendar screen of a month, rendered at 80x24 with the clock at 10:00 on `today`.
    func screen(_ month: String, today day: Int = 1, progress: SavedProgress? = nil) -> (lines: [String], days: [Int: [Character]]) {
        let parts = month.split(separator: "-").compactMap { Int($0) }
        var state = AppState(progress: progress ?? clinic)
        state.progress.location = .calendar
        let now = LocalDateTime(year: parts[0], month: parts[1], day: day, hour: 10, minute: 0)!
        let context = ViewContext(catalog: catalog, now: now, rules: rules)
        let lines = Layout.render(Views.screen(for: state, context), width: 80, height: 24).lines
        return (lines, readGrid(lines))
    }

    /// [S0], issue 15: a cancelled change is shown only in the changes list, never on the calendar.
    @Test func aCancelledChangeIsNotOnTheCalendar() throws {
        var progress = clinic
        let router = try #require(progress.changes.first { $0.kind == .router })
        #expect(screen("2026-12", progress: progress).lines.contains { $0.contains("変更の予定・記録: 8日 ルータ") })
        _ = try progress.apply(.cancel, toChange: router.id, at: LocalDateTime(year: 2026, month: 12, day: 1)!).get()
        #expect(!screen("2026-12", progress: progress).lines.contains { $0.contains("変更の予定・記録") })
    }

    /// Reads the week rows back: cells are `CalendarView.cellWidth` display columns from the
    /// body margin; a row whose cell holds a day number starts that day, a row without numbers
    /// continues the marks of the days above it in the same columns.
    func readGrid(_ lines: [String]) -> [Int: [Character]] {
        guard let header = lines.firstIndex(where: { $0.contains(" 日        月") }) else { return [:] }
        var marks: [Int: [Character]] = [:]
        var dayInColumn: [Int: Int] = [:]
        for line in lines[(header + 1)...] {
            if line.contains("=") || line.allSatisfy({ $0 == " " }) { break } // the legend, or the end
            var cells: [Int: String] = [:]
            var column = 0
            for character in line {
                if column >= 2 { cells[(column - 2) / CalendarView.cellWidth, default: ""].append(character) }
                column += DisplayWidth.of(character)
            }
            if cells.values.contains(where: { $0.contains(where: \.isNumber) }) {
                dayInColumn = cells.compactMapValues { Int(String($0.filter(\.isNumber))) }
            }
            for (index, cell) in cells {
                guard let day = dayInColumn[index] else { continue }
                marks[day, default: []] += cell.filter { DisplayWidth.of($0) == 2 }
            }
        }
        return marks
    }

    @Test func theTenthShowsTheDeadlineAndThePeakAndTheFreeze() {
        let december = screen("2026-12", today: 9)
        #expect(december.days[10] == ["送", "締", "混", "止"])
        #expect(december.lines.contains { $0.contains("10送締混") })
    }

    @Test func freezeDaysInsideTheWindowShowSendAndFreeze() {
        let december = screen("2026-12", today: 9)
        for day in 5...9 { #expect(december.days[day] == ["送", "止"], "12/\(day)") }
        for day in 11...12 { #expect(december.days[day] == ["訂", "止"], "12/\(day)") }
        for day in 2...4 { #expect(december.days[day] == ["閉", "止"], "12/\(day)") }
    }

    @Test func afterTheTwelfthTestsAndDownloadsShow() {
        let december = screen("2026-12", today: 9)
        #expect(december.days[20] == ["試", "帳"])
        for day in 13...28 { #expect(december.days[day] == ["試", "帳"], "12/\(day)") }
        for day in 29...31 { #expect(december.days[day] == ["閉"], "12/\(day)") }
    }

    @Test func januaryFifthAfterTheYearEndClosureIsAPeakDay() {
        let january = screen("2027-01", today: 5)
        #expect(january.days[5] == ["送", "混", "止"])
        #expect(january.days[1] == ["閉", "祝"] && january.days[11] == ["訂", "止", "祝"])
    }

    /// A holiday on the deadline is the most a day can carry: five marks over two rows.
    @Test func aHolidayDeadlineShowsAllFiveMarks() {
        // 2028-01-10 is 成人の日 (the second Monday).
        #expect(screen("2028-01").days[10] == ["送", "締", "混", "止", "祝"])
    }

    /// Every month of several years: what the grid shows is exactly what the calendar says,
    /// the body never needs scrolling, and every mark drawn is in the legend on the screen.
    @Test func everyMarkOfEveryDayShowsAndTheLegendExplainsIt() {
        let calendar = SubmissionCalendar(rules: rules, extensions: clinic.extensions, duty: ClaimDuty(clinic, catalog: catalog))
        for year in 2026...2030 {
            for month in 1...12 {
                let key = SubmissionCalendar.monthKey(year: year, month: month)
                let shown = screen(key)
                for day in calendar.month(year: year, month: month) {
                    #expect(shown.days[day.date.day] == CalendarView.marks(for: day), "\(day.date)")
                }
                #expect(!shown.lines.joined().contains("続きがあります"), "\(key): the body scrolls")
                let legend = shown.lines.filter { $0.contains("=") }.joined()
                for mark in Set(shown.days.values.joined()) {
                    #expect(legend.contains("\(mark)="), "\(key): \(mark) is not in the legend")
                }
            }
        }
    }

    @Test func theLegendNamesEveryMarkTheGridCanDrawAndFits() {
        let legend = CalendarView.legend(rules)
        for (mark, _) in CalendarView.marks { #expect(legend.joined().contains("\(mark)="), "\(mark)") }
        #expect(legend.joined().contains(">=今日"))
        // C4: downloads until 24:00 on 8–10, C6: tests 8:00–21:00.
        #expect(legend.last == "試・帳は 8:00〜21:00、送・訂の日にもできます（帳は8〜10日 24:00まで）")
        for line in legend { #expect(DisplayWidth.of(line) <= 76, "\(line)") }
    }

    /// Never more marks on a row than the cell has room for, so no wide character is cut.
    @Test func markRowsFitTheCell() {
        let all = CalendarView.marks.map(\.mark)
        for count in 0...all.count {
            let rows = CalendarView.markRows(Array(all.prefix(count)))
            #expect(String(rows.joined()) == String(all.prefix(count)))
            for row in rows { #expect(DisplayWidth.of(row) <= CalendarView.markRoom) }
        }
    }
}
