import ArgumentParser
import ClaimFlow
import ClaimStore
import FoundationEssentials

/// `seikyu calendar [YYYY-MM | YYYY] [--json]` — the submission calendar (C1–C8, holidays).
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar", abstract: "送信できる日と時間、祝日、混む日、変更禁止の期間を表示します")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "月（2026-12）か年（2027）。省略すると今月")
    var period: String?

    @Flag(help: "JSON で出力する")
    var json = false

    @Flag(help: "iCalendar（.ics、RFC 5545）で出力する。スマートフォンやパソコンのカレンダーに取り込めます（年を指定）")
    var ics = false

    @Option(help: "--ics の書き出し先のファイル（省略すると画面に出力）")
    var out: String?

    func validate() throws {
        if ics && json { throw ValidationError("--ics と --json は一緒に指定できません") }
        if out != nil && !ics { throw ValidationError("--out は --ics と一緒に指定してください") }
        if ics, period?.count != 4 { throw ValidationError("--ics には年（例 2027）を指定してください") }
    }

    struct DayJSON: Encodable {
        var date: String
        var weekday: String
        var holiday: String?
        var submission: Hours?
        var correction: Hours?
        var download: Hours?
        var test: Hours?
        var closed: Bool
        var peak: Bool
        var freeze: Bool
        var deadline: Bool
        var extended: Bool

        enum CodingKeys: String, CodingKey {
            case date, weekday, holiday, submission, correction, download, test, closed, peak, freeze, deadline, extended
        }

        /// Null stays null (not left out): scripts read every key on every day.
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(date, forKey: .date)
            try c.encode(weekday, forKey: .weekday)
            try c.encode(holiday, forKey: .holiday)
            try c.encode(submission, forKey: .submission)
            try c.encode(correction, forKey: .correction)
            try c.encode(download, forKey: .download)
            try c.encode(test, forKey: .test)
            try c.encode(closed, forKey: .closed)
            try c.encode(peak, forKey: .peak)
            try c.encode(freeze, forKey: .freeze)
            try c.encode(deadline, forKey: .deadline)
            try c.encode(extended, forKey: .extended)
        }
    }

    struct MonthJSON: Encodable {
        var month: String
        var days: [DayJSON]
    }

    func months() throws -> [(Int, Int)] {
        let today = (try options.settings.fixedNow() ?? JapanClock.now()).date
        guard let period else { return [(today.year, today.month)] }
        // Digits only (Int() would also take "+1"); the years the calendar computes (issue 16).
        let pieces = period.split(separator: "-", omittingEmptySubsequences: false)
        let parts = pieces.map { $0.allSatisfy { $0.isASCII && $0.isNumber } ? Int($0) : nil }
        let years = CivilDate.supportedYears
        if parts.count == 1, let year = parts[0], years.contains(year) {
            return (1...12).map { (year, $0) }
        }
        if parts.count == 2, let year = parts[0], let month = parts[1], years.contains(year), (1...12).contains(month),
           period.count == 7 {
            return [(year, month)]
        }
        throw ValidationError("期間は 2026-12（月）か 2027（年）の形で、\(SupportedYearsWording.span)を指定してください: \"\(period)\"")
    }

    func run() throws {
        let rules = try reportingFailure { try options.settings.rules() }
        // The clinic's own calendar, as the calendar screen draws it: its recorded extensions,
        // and no change freeze in months it has no claim to send (domain "Change freeze").
        let calendar: SubmissionCalendar
        var saved = SavedProgress()
        let now = try options.settings.fixedNow() ?? JapanClock.now()
        switch SQLiteProgressStore.peek(directory: options.settings.dataDirectory(), now: now) {
        case .success(let progress):
            saved = progress
            calendar = SubmissionCalendar(rules: rules, extensions: progress.extensions, duty: ClaimDuty(progress, catalog: try reportingFailure { try options.settings.catalog() }))
        case .failure:
            calendar = SubmissionCalendar(rules: rules) // the calendar itself does not need saved data
        }
        let selected = try months()
        if ics, let year = selected.first?.0 {
            let events = CalendarExport.events(year: year, calendar: calendar, changes: saved.changes, certificates: saved.certificates)
            let text = ICalendarText.render(events, stamp: now)
            guard let out else {
                StandardStream.output.write(text)
                return
            }
            do {
                try AtomicFile.write(Data(text.utf8), to: out)
            } catch {
                throw ExitWith(message: error.japanese, status: ExitStatus.failure)
            }
            print("\(year)年の予定 \(events.count) 件を書き出しました: \(out)")
            return
        }
        let result = selected.map { year, month in
            MonthJSON(month: SubmissionCalendar.monthKey(year: year, month: month), days: calendar.month(year: year, month: month).map {
                DayJSON(date: $0.date.description, weekday: CivilDate.weekdayNames[$0.date.weekday], holiday: $0.holiday,
                        submission: $0.submission, correction: $0.correction, download: $0.download, test: $0.test,
                        closed: $0.closed, peak: $0.peak, freeze: $0.freeze, deadline: $0.deadline, extended: $0.extended)
            })
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = selected.count == 1 ? try encoder.encode(result[0]) : try encoder.encode(result)
            print(String(decoding: data, as: UTF8.self))
            return
        }
        for month in result {
            print("\(month.month)  送信の締め切り: \(month.days.first { $0.deadline }.map { "\($0.date) \($0.submission?.closeText ?? "")" } ?? "")")
            for day in month.days {
                var notes: [String] = []
                if let hours = day.submission { notes.append("送信 \(hours.japanese)") } else if let hours = day.correction { notes.append("訂正のみ \(hours.japanese)") }
                if day.closed { notes.append("システム停止") }
                // C4 and C6: what can still be done once claims and corrections are over (the
                // calendar grid's 試 and 帳; on window days they are open too).
                if day.submission == nil && day.correction == nil {
                    if let hours = day.test { notes.append("導通・確認試験 \(hours.japanese)") }
                    if let hours = day.download { notes.append("返戻・帳票 \(hours.japanese)") }
                }
                if day.deadline { notes.append("締め切り") }
                if day.peak { notes.append("混む日") }
                if day.freeze { notes.append("変更禁止") }
                if let holiday = day.holiday { notes.append(holiday) }
                print("  \(day.date)(\(day.weekday))  \(notes.joined(separator: "  "))")
            }
        }
    }
}
