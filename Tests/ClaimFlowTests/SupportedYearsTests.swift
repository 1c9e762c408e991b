import ClaimFlow
import Foundation
import Testing

/// Issue 16: every date the program accepts is in the years it computes with (2000–2099), and
/// date math never crashes on one that is not (a saved 9999-12-31 or 0001-01-01).
@Suite struct SupportedYearsTests {
    @Test(arguments: [("9999-12-31", 9999), ("0001-01-01", 1), ("9999/12/31", 9999), ("1999/12/31", 1999), ("2100年1月1日", 2100)])
    func aTypedDateOutsideTheYearsSaysWhich(typed: String, year: Int) {
        #expect(ClerkDate.read(typed) == .failure(.outsideSupportedYears(year: year)), "\(typed)")
        #expect(TextValidatorName.date.problem(in: typed) == "\(year)年の日付は使えません。2000年〜2099年の日付を入力してください。")
    }

    @Test func theFirstAndLastSupportedDaysAreTaken() {
        #expect(ClerkDate.read("2000/1/1") == .success(CivilDate(year: 2000, month: 1, day: 1)!))
        #expect(ClerkDate.read("2099/12/31") == .success(CivilDate(year: 2099, month: 12, day: 31)!))
    }

    @Test func theTimelineOfEverySupportedMonthIsComplete() {
        for year in CivilDate.supportedYears {
            for month in 1...12 {
                for day in [1, CivilDate.daysIn(year: year, month: month)] {
                    let date = CivilDate(year: year, month: month, day: day)!
                    // Every kind but the "setup tool only" one, which replaces the notice's arrival for a
                    // PC whose オン資 certificate is installed (issue 14; no download, no expiry then).
                    #expect(Set(SetupTimeline.milestones(designation: date).map(\.kind))
                            == Set(Milestone.Kind.allCases).subtracting([.setupToolArrives]), "\(date)")
                    #expect(SetupTimeline.milestones(designation: date, certificateInstalled: true).map(\.kind)
                            == [.applicationsOpen, .paperDeadline, .setupToolArrives, .firstTest, .firstSubmission], "\(date)")
                }
            }
        }
    }

    @Test(arguments: ["9999-12-31", "0001-01-01", "1999-12-31", "2100-01-01"])
    func aDesignationThatCannotBeComputedGivesNoTimelineAndNoCrash(text: String) throws {
        let date = try #require(CivilDate(parsing: text))
        #expect(SetupTimeline.milestones(designation: date).isEmpty)
        #expect(SetupTimeline.lines(designation: date, today: december3.date).isEmpty)
    }

    @Test func aYearBelowOneThousandIsWrittenSoItReadsBack() throws {
        let first = try #require(CivilDate(year: 1, month: 1, day: 1))
        #expect(first.description == "0001-01-01")
        #expect(CivilDate(parsing: first.description) == first)
        let moment = LocalDateTime(date: try #require(CivilDate(year: 999, month: 3, day: 4)), hour: 5, minute: 6)
        #expect(LocalDateTime(parsing: moment.description) == moment)
        #expect(moment.compactStamp == "09990304-0506")
    }

    @Test(arguments: ["2026-12-09T10:00:00junk", "2026-12-09T10:00:0", "2026-12-09T10:00:000", "2026-12-09T10:00junk",
                      "2026-12-09T10:00 junk", "9999-12-31T10:00", "1999-12-31T23:59", "2100-01-01T00:00", "0001-01-01"])
    func aMomentOutsideTheYearsOrWithJunkIsRefused(text: String) {
        #expect(LocalDateTime(accepting: text) == nil, "\(text)")
    }

    @Test func aMomentInTheYearsIsAccepted() {
        #expect(LocalDateTime(accepting: "2026-12-09T10:00") == LocalDateTime(year: 2026, month: 12, day: 9, hour: 10))
        #expect(LocalDateTime(accepting: "2026-12-09T10:00:59") == LocalDateTime(year: 2026, month: 12, day: 9, hour: 10))
        #expect(CivilDate(accepting: "2099-12-31") != nil)
        #expect(CivilDate(accepting: "2100-01-01") == nil)
        #expect(CivilDate(accepting: "0999-01-01") == nil)
    }

    @Test func aReceiptTimeOutsideTheYearsSaysSo() {
        #expect(TextValidatorName.dateTime.check("9999-12-31 10:00") == .dateTimeOutsideSupportedYears)
        #expect(TextValidatorName.dateTime.check("2026-12-07 10:15") == nil)
        #expect(TextValidatorName.dateTime.check("2026-12-07 xx") == .notADateTime)
    }

    @Test func theNearestDateNeverFails() {
        #expect(CivilDate.nearest(year: 2027, month: 2, day: 31) == CivilDate(year: 2027, month: 2, day: 28))
        #expect(CivilDate.nearest(year: 10_000, month: 13, day: 0) == CivilDate(year: 9999, month: 12, day: 1))
        #expect(CivilDate.nearest(year: 0, month: 0, day: 99) == CivilDate(year: 1, month: 1, day: 31))
    }

    /// Holding Right on the calendar stops at December 2099 (the holiday table's last year).
    @Test func theCalendarPagesOnlyThroughTheSupportedYears() throws {
        let catalog = try shippedCatalog()
        var driver = Driver(catalog)
        let calendar = try #require(MainMenu.items(catalog).firstIndex(of: .calendar))
        driver.send(.pick(calendar + 1))
        #expect(driver.state.progress.location == .calendar)
        for _ in 0..<1_300 { driver.send(.moveRight) }
        #expect(driver.state.calendarOffset == (2099 - 2026) * 12 + (12 - 12))
        for _ in 0..<2_600 { driver.send(.moveLeft) }
        #expect(driver.state.calendarOffset == (2000 - 2026) * 12 + (1 - 12))
    }
}
