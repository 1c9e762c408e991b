import ClaimFlow
import Testing

/// [HOL]: the holidays, date for date.
@Suite struct HolidayTests {
    func list(_ year: Int) -> [String] {
        JapaneseHolidays.holidays(in: year).keys.sorted().map(\.description)
    }

    @Test func year2027MatchesTheCabinetOfficeList() {
        #expect(list(2027) == [
            "2027-01-01", "2027-01-11", "2027-02-11", "2027-02-23", "2027-03-21", "2027-03-22", "2027-04-29",
            "2027-05-03", "2027-05-04", "2027-05-05", "2027-07-19", "2027-08-11", "2027-09-20", "2027-09-23",
            "2027-10-11", "2027-11-03", "2027-11-23",
        ])
        #expect(JapaneseHolidays.name(of: CivilDate(year: 2027, month: 3, day: 22)!) == "振替休日")
    }

    @Test func sandwichedDaysAreNationalHolidays() {
        #expect(JapaneseHolidays.name(of: CivilDate(year: 2026, month: 9, day: 22)!) == "国民の休日")
        #expect(JapaneseHolidays.name(of: CivilDate(year: 2015, month: 9, day: 22)!) == "国民の休日")
        #expect(JapaneseHolidays.name(of: CivilDate(year: 2009, month: 9, day: 22)!) == "国民の休日")
    }

    @Test func substitutesSkipOtherHolidaysFrom2007() {
        // 2008-05-04 (Sun) moves past 5/5 to 5/6.
        #expect(JapaneseHolidays.name(of: CivilDate(year: 2008, month: 5, day: 6)!) == "振替休日")
        // Before 2007, only to the Monday: 2006-05-04 was a holiday by the 国民の休日 rule.
        #expect(JapaneseHolidays.name(of: CivilDate(year: 2006, month: 5, day: 4)!) == "国民の休日")
        #expect(JapaneseHolidays.name(of: CivilDate(year: 2005, month: 5, day: 4)!) == "国民の休日")
    }

    @Test func specialYears() {
        let y2019 = list(2019)
        for day in ["2019-04-30", "2019-05-01", "2019-05-02", "2019-10-22", "2019-05-06"] { #expect(y2019.contains(day)) }
        #expect(!y2019.contains("2019-12-23") && !y2019.contains("2019-02-23"))
        #expect(JapaneseHolidays.name(of: CivilDate(year: 2020, month: 7, day: 24)!) == "スポーツの日")
        #expect(JapaneseHolidays.name(of: CivilDate(year: 2021, month: 8, day: 9)!) == "振替休日")
        #expect(JapaneseHolidays.name(of: CivilDate(year: 2018, month: 12, day: 24)!) == "振替休日")
    }

    @Test func equinoxesFollowTheApproximation() {
        #expect(list(2026).contains("2026-03-20") && list(2026).contains("2026-09-23"))
        #expect(list(2024).contains("2024-03-20") && list(2024).contains("2024-09-22"))
        #expect(list(2000).contains("2000-03-20") && list(2000).contains("2000-09-23"))
    }

    @Test func everyYearOfTheCenturyIsPlausible() {
        for year in 2000...2099 {
            let holidays = JapaneseHolidays.holidays(in: year)
            #expect((15...22).contains(holidays.count), "\(year): \(holidays.count)")
            for (date, name) in holidays where name == "振替休日" {
                var previous = date.adding(days: -1)
                while holidays[previous] != nil, previous.weekday != 0 { previous = previous.adding(days: -1) }
                #expect(previous.weekday == 0 && holidays[previous] != nil, "\(date) follows a Sunday holiday")
            }
        }
    }
}

/// C1–C8 for every month of the century.
@Suite struct SubmissionCalendarTests {
    let calendar = SubmissionCalendar()

    @Test func windowHoursClosedDaysAndYearEndForEveryMonth() {
        for year in 2000...2099 {
            for month in 1...12 {
                let days = calendar.month(year: year, month: month)
                for day in days[0..<4] { #expect(day.closed && day.submission == nil) }
                for day in days[4..<7] { #expect(day.submission == Hours(open: 480, close: 1260)) }
                for day in days[7..<10] { #expect(day.submission == Hours(open: 480, close: 1440)) }
                #expect(days[9].deadline && days[9].peak)
                for day in days[10..<12] { #expect(day.submission == nil && day.correction == Hours(open: 480, close: 1260)) }
                if month == 12 { for day in days[28...] { #expect(day.closed) } }
            }
        }
    }

    @Test func aWindowDayAfterThreeDaysOffIsPeak() {
        // 2027-05-06 (Thu) follows 5/1 Sat … 5/5 こどもの日.
        #expect(calendar.day(CivilDate(year: 2027, month: 5, day: 6)!).peak)
        #expect(!calendar.day(CivilDate(year: 2027, month: 5, day: 7)!).peak)
    }

    @Test func aRecordedExtensionMovesTheDeadline() {
        let extended = SubmissionCalendar(extensions: [WindowExtension(month: "2026-12", untilDay: 12, closeMinute: 1260)])
        let days = extended.month(year: 2026, month: 12)
        #expect(!days[9].deadline)
        #expect(days[10].submission == Hours(open: 480, close: 1440) && days[10].extended)
        #expect(days[11].submission == Hours(open: 480, close: 1260) && days[11].deadline)
    }
}

@Suite struct WindowStatusTests {
    func status(_ text: String, submitted: Set<String> = []) -> WindowStatus {
        let now = LocalDateTime(parsing: text)!
        return WindowStatus.at(now, calendar: SubmissionCalendar(),
                               submitted: submitted.contains(SubmissionCalendar.monthKey(year: now.date.year, month: now.date.month)))
    }

    @Test func phasesThroughTheMonth() {
        #expect(status("2026-12-03T09:00").phase == .notYetOpen)
        #expect(status("2026-12-03T09:00").headline.contains("12月5日 8:00 から"))
        #expect(status("2026-12-09T10:00").phase == .open)
        #expect(status("2026-12-09T07:30").phase == .opensLaterToday)
        #expect(status("2026-12-07T22:00").phase == .closedForToday)
        let deadline = status("2026-12-10T15:00")
        #expect(deadline.phase == .open && deadline.day.deadline && deadline.day.peak)
        #expect(deadline.warnings.contains { $0.contains("今日が締め切り") })
        #expect(deadline.warnings.contains { $0.contains("混み合う日") })
        #expect(status("2026-12-11T09:00").phase == .correctionsOnly)
        #expect(status("2026-12-13T09:00").phase == .closed)
        #expect(status("2026-12-30T09:00").headline.contains("年末"))
    }

    @Test func aSubmittedMonthSaysSo() {
        let done = status("2026-12-09T10:00", submitted: ["2026-12"])
        #expect(done.submitted && done.headline.contains("送信済み"))
        #expect(!done.warnings.contains { $0.contains("締め切り") })
    }
}

@Suite struct FreezeTests {
    @Test func aRouterChangeOnTheEighthIsWarnedWithASafeDate() {
        let calendar = SubmissionCalendar()
        let warning = FreezeCheck.warning(for: CivilDate(year: 2026, month: 12, day: 8)!, calendar: calendar)
        #expect(warning?.contains("2026年12月13日") == true)
        #expect(FreezeCheck.warning(for: CivilDate(year: 2026, month: 12, day: 15)!, calendar: calendar) == nil)
        #expect(FreezeCheck.warning(for: CivilDate(year: 2026, month: 12, day: 1)!, calendar: calendar) == nil)
    }
}
