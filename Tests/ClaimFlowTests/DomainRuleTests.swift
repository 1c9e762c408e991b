import ClaimFlow
import ClaimStore
import Testing

/// Each calendar rule of domain.md pinned to its value, with the shipped Assets/calendar.json:
/// changing an hour, a day or a closure in the asset or the code fails here, naming the rule.
@Suite struct DomainRuleTests {
    let calendar: SubmissionCalendar

    init() throws {
        calendar = SubmissionCalendar(rules: try AssetFolder.loadRules(from: assetsDirectory))
    }

    func day(_ text: String) -> CalendarDay { calendar.day(CivilDate(parsing: text)!) }

    @Test func c1WindowHours() {
        for d in 5...7 { #expect(day("2026-12-0\(d)").submission == Hours(open: 480, close: 1260), "C1: \(d)日 8:00–21:00") }
        for d in ["08", "09", "10"] { #expect(day("2026-12-\(d)").submission == Hours(open: 480, close: 1440), "C1: \(d)日 8:00–24:00") }
        // Weekends and holidays included: 2026-12-05 is a Saturday, 2027-05-05 a holiday.
        #expect(day("2026-12-05").dayOff && day("2026-12-05").submission != nil)
        #expect(day("2027-05-05").holiday != nil && day("2027-05-05").submission != nil)
    }

    @Test func c2TheDeadlineIsTheTenthAt24WithNoShift() {
        // 2027-01-10 is a Sunday; the online deadline does not move.
        #expect(calendar.deadline(year: 2027, month: 1) == (day: 10, close: 1440))
        #expect(day("2027-01-10").deadline && day("2027-01-11").submission == nil)
    }

    @Test func c3CorrectionsOnlyOnTheEleventhAndTwelfth() {
        for d in ["11", "12"] {
            #expect(day("2026-12-\(d)").submission == nil, "C3: no new claims after the 10th")
            #expect(day("2026-12-\(d)").correction == Hours(open: 480, close: 1260), "C3: corrections 8:00–21:00")
        }
        #expect(day("2026-12-13").correction == nil)
    }

    @Test func c4DownloadsFromTheFifthToMonthEnd() {
        #expect(day("2026-12-04").download == nil)
        #expect(day("2026-12-05").download == Hours(open: 480, close: 1260))
        #expect(day("2026-12-09").download == Hours(open: 480, close: 1440))
        #expect(day("2026-11-30").download == Hours(open: 480, close: 1260))
    }

    @Test func c5ClosedOnTheFirstFourDaysAndFromTheTwentyNinthOfDecember() {
        for d in 1...4 { #expect(day("2026-11-0\(d)").closed, "C5: \(d)日") }
        #expect(!day("2026-11-05").closed)
        for d in 29...31 { #expect(day("2026-12-\(d)").closed, "C5: 12/\(d)") }
        #expect(!day("2026-12-28").closed && !day("2026-11-30").closed)
    }

    @Test func c6TestsFromTheFifthToMonthEnd() {
        #expect(day("2026-11-04").test == nil)
        for d in ["05", "15", "30"] { #expect(day("2026-11-\(d)").test == Hours(open: 480, close: 1260), "C6: \(d)日") }
    }

    @Test func c4c6AfterTheTwelfthTestsAndDownloadsAreWhatIsLeft() {
        // 2026-12-20 (Sun): no claims (C1), no corrections (C3), but 導通・確認試験 (C6) and
        // 返戻・帳票 downloads (C4) 8:00–21:00.
        let twentieth = day("2026-12-20")
        #expect(twentieth.submission == nil && twentieth.correction == nil && !twentieth.closed)
        #expect(twentieth.test == Hours(open: 480, close: 1260), "C6")
        #expect(twentieth.download == Hours(open: 480, close: 1260), "C4")
        #expect(day("2026-12-28").test != nil && day("2026-12-28").download != nil)
        #expect(day("2026-12-29").test == nil && day("2026-12-29").download == nil, "C5: closed from 12/29")
    }

    @Test func c7TheTenthAndTheDayAfterALongClosureArePeakDays() {
        #expect(day("2026-12-10").peak)
        #expect(!day("2026-12-09").peak)
        // 2027-05-06 (Thu) follows 5/3–5/5 (holidays) with 5/1–5/2 the weekend before.
        #expect(day("2027-05-06").peak)
        #expect(!day("2027-05-07").peak)
    }

    @Test func c7TheFirstWindowDayAfterTheYearEndClosureIsAPeakDay() {
        // C5: closed 12/29–1/4. 2027-01-05 (Tue) follows 1/4, a closed Monday that is no holiday.
        #expect(day("2027-01-05").peak)
        #expect(day("2026-01-05").peak) // Mon
        #expect(!day("2027-01-06").peak && !day("2026-01-06").peak)
        // 2030-01-05 is a Saturday: the first window day still is; so is Monday the 7th, the
        // first working day after the weekend and the closure.
        #expect(day("2030-01-05").peak && !day("2030-01-06").peak && day("2030-01-07").peak)
    }

    @Test func c7TheRoutineClosureOnDaysOneToFourDoesNotMakeAPeak() {
        // 2026-10-05 (Mon) follows 10/3–10/4, a weekend, and 10/1–10/2 closed weekdays.
        #expect(!day("2026-10-05").peak)
        #expect(!day("2026-11-05").peak && !day("2026-12-05").peak)
        #expect(calendar.isLongClosure(CivilDate(parsing: "2026-12-29")!) && calendar.isLongClosure(CivilDate(parsing: "2027-01-04")!))
        #expect(!calendar.isLongClosure(CivilDate(parsing: "2026-11-04")!) && !calendar.isLongClosure(CivilDate(parsing: "2026-12-28")!))
    }

    @Test func c8AnExtensionMovesTheDeadlineToTheTwelfthAt21() {
        let extended = SubmissionCalendar(rules: calendar.rules,
                                          extensions: [WindowExtension(month: "2026-12", untilDay: 12, closeMinute: 1260)])
        #expect(extended.deadline(year: 2026, month: 12) == (day: 12, close: 1260))
        #expect(extended.day(CivilDate(year: 2026, month: 12, day: 11)!).submission == Hours(open: 480, close: 1440))
        #expect(extended.day(CivilDate(year: 2026, month: 12, day: 12)!).submission == Hours(open: 480, close: 1260))
    }
}
